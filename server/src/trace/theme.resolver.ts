import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Proposal } from '../proposals/proposal.entity.js';
import { ProposalView } from '../proposals/proposal.types.js';
import { Service } from '../services/service.entity.js';
import { CONSULTATION_STAFF, PUBLIC, requireActor, STAFF } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { loader } from '../shared/loaders.js';
import { AgeBandCount } from '../shared/age-band-count.type.js';
import { listInputs } from '../voices/voice-input.service.js';
import { VoiceInputConnection, VoiceInputView } from '../voices/voice-input.type.js';
import { countFor } from '../shared/disclosure.js';
import { DecisionView } from './decision.types.js';
import { createTheme, getTheme, listThemes, tagInputs, themeBreakdowns, untagInput, type Breakdown } from './theme.service.js';
import { mergeThemes, renameTheme } from './theme-corrections.js';
import { CreateThemeInput, InputKindCount, TagInputsArgs, ThemeView, toThemeView } from './theme.types.js';
import { decisionsOfThemeLoader, inputCountLoader, proposalsOfThemeLoader, serviceLoader, themesOfInputLoader } from './trace.loaders.js';

/** The service a theme belongs to, from a view or an entity. */
const serviceIdOf = (theme: ThemeView & { service?: { id: string } | null }) => theme.serviceId ?? theme.service?.id ?? null;

@Resolver(() => ThemeView)
export class ThemeResolver {
  @Authorized(...CONSULTATION_STAFF)
  @Query(() => [ThemeView])
  themes(@Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null, @Ctx() { em, actor }: Context): Promise<ThemeView[]> {
    return listThemes(em, requireActor(actor), serviceId ?? null);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Query(() => ThemeView, { nullable: true })
  theme(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<ThemeView | null> {
    return getTheme(em, requireActor(actor), id);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ThemeView)
  async createTheme(@Arg('input', () => CreateThemeInput) input: CreateThemeInput, @Ctx() { em, actor }: Context): Promise<ThemeView> {
    return toThemeView(await createTheme(em, requireActor(actor), input));
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ThemeView)
  async tagInputs(@Args(() => TagInputsArgs) args: TagInputsArgs, @Ctx() { em, actor }: Context): Promise<ThemeView> {
    return toThemeView(await tagInputs(em, requireActor(actor), args.themeId, args.inputIds));
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ThemeView)
  async untagInput(@Arg('themeId', () => ID) themeId: string, @Arg('inputId', () => ID) inputId: string, @Ctx() { em, actor }: Context): Promise<ThemeView> {
    return toThemeView(await untagInput(em, requireActor(actor), themeId, inputId));
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ThemeView)
  async renameTheme(
    @Arg('id', () => ID) id: string,
    @Arg('label', () => String) label: string,
    @Arg('description', () => String, { nullable: true }) description: string | null | undefined,
    @Ctx() { em, actor }: Context,
  ): Promise<ThemeView> {
    return toThemeView(await renameTheme(em, requireActor(actor), id, label, description));
  }

  @Authorized(...CONSULTATION_STAFF)
  @Mutation(() => ThemeView, { description: 'Moves every tagged voice, proposal and decision link of fromIds into intoId and removes fromIds.' })
  async mergeThemes(
    @Arg('intoId', () => ID) intoId: string,
    @Arg('fromIds', () => [ID]) fromIds: string[],
    @Ctx() { em, actor }: Context,
  ): Promise<ThemeView> {
    return toThemeView(await mergeThemes(em, requireActor(actor), intoId, fromIds));
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => Service, { nullable: true })
  async service(@Root() theme: ThemeView, @Ctx() ctx: Context): Promise<Service | null> {
    const id = serviceIdOf(theme);
    return id ? serviceLoader(ctx).load(id) : null;
  }

  /** A count of children's words: for the staff who tag them (the public page shows no counts). */
  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => Int, { description: 'Voices tagged to the theme. Exact for staff; rounded to the nearest 5 on public pages.' })
  async inputCount(@Root() theme: ThemeView, @Ctx() ctx: Context): Promise<number> {
    return countFor(ctx.actor, await inputCountLoader(ctx).load(theme.id));
  }

  /** The words themselves: consultation staff only, withheld ones null. */
  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => VoiceInputConnection)
  inputs(
    @Root() theme: ThemeView,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { em, actor }: Context,
  ) {
    return listInputs(em, requireActor(actor), { themeId: theme.id }, first, after);
  }

  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => [ProposalView])
  proposals(@Root() theme: ThemeView, @Ctx() ctx: Context): Promise<Proposal[]> {
    return proposalsOfThemeLoader(ctx).load(theme.id);
  }

  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => [DecisionView])
  decisions(@Root() theme: ThemeView, @Ctx() ctx: Context): Promise<DecisionView[]> {
    return decisionsOfThemeLoader(ctx).load(theme.id);
  }

  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => [InputKindCount], { description: 'Inputs by source; counts under the suppression threshold are withheld.' })
  async countsBySource(@Root() theme: ThemeView, @Ctx() ctx: Context): Promise<InputKindCount[]> {
    return (await breakdownLoader(ctx).load(theme.id)).byKind;
  }

  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => [AgeBandCount], { description: 'Inputs by age band; counts under the suppression threshold are withheld.' })
  async countsByAgeBand(@Root() theme: ThemeView, @Ctx() ctx: Context): Promise<AgeBandCount[]> {
    return (await breakdownLoader(ctx).load(theme.id)).byAgeBand;
  }
}

function breakdownLoader(ctx: Context) {
  return loader<string, Breakdown>(ctx, 'trace.themeBreakdown', (ids) => themeBreakdowns(ctx.em, requireActor(ctx.actor).organisationId, ids));
}

/** `VoiceInput.themes`: the themes an input is tagged to, batched per request. */
@Resolver(() => VoiceInputView)
export class VoiceInputThemesResolver {
  @Authorized(...STAFF)
  @FieldResolver(() => [ThemeView])
  themes(@Root() input: VoiceInputView, @Ctx() ctx: Context): Promise<ThemeView[]> {
    return themesOfInputLoader(ctx).load(input.id);
  }
}
