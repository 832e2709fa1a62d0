import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Proposal } from '../proposals/proposal.entity.js';
import { ProposalView } from '../proposals/proposal.types.js';
import { Service } from '../services/service.entity.js';
import { CONSULTATION_STAFF, PUBLIC, requireActor, STAFF } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { loader } from '../shared/loaders.js';
import { notFound } from '../shared/errors.js';
import { VoiceInputConnection } from '../voices/voice-input.type.js';
import { ChangeStatus } from './decision.entity.js';
import { amendDecision, decisionEvidence, decisionHistories, getDecision, listDecisions, recordDecision, recordServiceChange, updateServiceChange } from './decision.service.js';
import {
  AmendDecisionInput,
  ChangeUpdateView,
  DecisionVersionView,
  DecisionView,
  RecordDecisionInput,
  RecordServiceChangeInput,
  ServiceChangeView,
  toDecisionView,
  toServiceChangeView,
} from './decision.types.js';
import { ThemeView } from './theme.types.js';
import { countFor } from '../shared/disclosure.js';
import {
  changesOfDecisionLoader,
  decisionLoader,
  evidenceCountLoader,
  proposalsOfDecisionLoader,
  serviceLoader,
  themesOfDecisionLoader,
  updatesOfChangeLoader,
  surveyTitlesOfDecisionLoader,
} from './trace.loaders.js';

/** Who records decisions and service changes. */
export const DECIDERS = [Role.ADMIN, Role.COMMISSIONER];

@Resolver(() => DecisionView)
export class DecisionResolver {
  @Authorized(...CONSULTATION_STAFF)
  @Query(() => DecisionView, { nullable: true })
  decision(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context): Promise<DecisionView | null> {
    return getDecision(em, requireActor(actor), id);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Query(() => [DecisionView])
  decisions(@Arg('serviceId', () => ID, { nullable: true }) serviceId: string | null, @Ctx() { em, actor }: Context): Promise<DecisionView[]> {
    return listDecisions(em, requireActor(actor), serviceId ?? null);
  }

  @Authorized(...DECIDERS)
  @Mutation(() => DecisionView)
  async recordDecision(@Arg('input', () => RecordDecisionInput) input: RecordDecisionInput, @Ctx() { em, actor, app }: Context): Promise<DecisionView> {
    return toDecisionView(await recordDecision(em, requireActor(actor), app, input));
  }

  @Authorized(...DECIDERS)
  @Mutation(() => DecisionView, { description: 'Amends a decision; the version it replaces is kept in history with the reason.' })
  async amendDecision(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => AmendDecisionInput) input: AmendDecisionInput,
    @Arg('reason', () => String) reason: string,
    @Ctx() { em, actor }: Context,
  ): Promise<DecisionView> {
    return toDecisionView(await amendDecision(em, requireActor(actor), id, input, reason));
  }

  @Authorized(...STAFF)
  @FieldResolver(() => [DecisionVersionView], { description: 'Earlier versions, newest first; empty until the decision is amended.' })
  history(@Root() decision: DecisionView, @Ctx() ctx: Context): Promise<DecisionVersionView[]> {
    return loader<string, DecisionVersionView[]>(ctx, 'decision.history', async (ids) =>
      (await decisionHistories(ctx.em, ids)).map((versions) =>
        versions.map((v) => ({ at: v.at, by: v.by, reason: v.reason, title: v.title, summary: v.summary, rationale: v.rationale, outcome: v.outcome, youSaidWeDid: v.youSaidWeDid })),
      ),
    ).load(decision.id);
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => Service, { nullable: true })
  async service(@Root() decision: DecisionView, @Ctx() ctx: Context): Promise<Service | null> {
    return decision.serviceId ? serviceLoader(ctx).load(decision.serviceId) : null;
  }

  /** Theme labels are on the public page and the receipt; what is inside a theme is not. */
  @Authorized(PUBLIC)
  @FieldResolver(() => [ThemeView])
  themes(@Root() decision: DecisionView, @Ctx() ctx: Context): Promise<ThemeView[]> {
    return themesOfDecisionLoader(ctx).load(decision.id);
  }

  /** Which surveys it listened to, by title: on the public page and the receipt, in the reader's language where translated. */
  @Authorized(PUBLIC)
  @FieldResolver(() => [String], {
    description: "Titles of the surveys whose answers the decision rests on, in `language` where translated (else the survey's own).",
  })
  surveyTitles(@Root() decision: DecisionView, @Arg('language', () => String, { nullable: true }) language: string | null, @Ctx() ctx: Context): Promise<string[]> {
    return surveyTitlesOfDecisionLoader(ctx, language).load(decision.id);
  }

  /**
   * The decision's organisation's staff only: the public page, another organisation and forum
   * members see decisions, not every proposal they cite.
   */
  @Authorized(...STAFF)
  @FieldResolver(() => [ProposalView])
  proposals(@Root() decision: DecisionView, @Ctx() ctx: Context): Promise<Proposal[]> {
    return proposalsOfDecisionLoader(ctx).load(decision.id);
  }

  /** A count of children's words: staff only (the public page shows no counts). */
  @Authorized(...STAFF)
  @FieldResolver(() => Int, {
    description: 'Distinct voice inputs the decision rests on: cited, via its themes, or via its proposals. Exact for staff; rounded to the nearest 5 on public pages.',
  })
  async evidenceCount(@Root() decision: DecisionView, @Ctx() ctx: Context): Promise<number> {
    return countFor(ctx.actor, await evidenceCountLoader(ctx).load(decision.id));
  }

  /** The words themselves: consultation staff only, withheld ones null. */
  @Authorized(...CONSULTATION_STAFF)
  @FieldResolver(() => VoiceInputConnection)
  evidence(
    @Root() decision: DecisionView,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { em, actor }: Context,
  ) {
    return decisionEvidence(em, requireActor(actor), decision.id, first, after);
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => [ServiceChangeView])
  changes(@Root() decision: DecisionView, @Ctx() ctx: Context): Promise<ServiceChangeView[]> {
    return changesOfDecisionLoader(ctx).load(decision.id);
  }
}

@Resolver(() => ServiceChangeView)
export class ServiceChangeResolver {
  @Authorized(...DECIDERS)
  @Mutation(() => ServiceChangeView)
  async recordServiceChange(@Arg('input', () => RecordServiceChangeInput) input: RecordServiceChangeInput, @Ctx() { em, actor, app }: Context): Promise<ServiceChangeView> {
    return toServiceChangeView(await recordServiceChange(em, requireActor(actor), app, input));
  }

  @Authorized(...DECIDERS)
  @Mutation(() => ServiceChangeView)
  async updateServiceChange(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ChangeStatus) status: ChangeStatus,
    @Arg('note', () => String) note: string,
    @Ctx() { em, actor, app }: Context,
  ): Promise<ServiceChangeView> {
    return toServiceChangeView(await updateServiceChange(em, requireActor(actor), app, id, status, note));
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => Service)
  async service(@Root() change: ServiceChangeView, @Ctx() ctx: Context): Promise<Service> {
    const service = await serviceLoader(ctx).load(change.serviceId);
    if (!service) throw notFound('Service');
    return service;
  }

  @Authorized(PUBLIC)
  @FieldResolver(() => DecisionView)
  async decision(@Root() change: ServiceChangeView, @Ctx() ctx: Context): Promise<DecisionView> {
    const decision = await decisionLoader(ctx).load(change.decisionId);
    if (!decision) throw notFound('Decision');
    return decision;
  }

  /** Dated notes by staff: the change's organisation's staff only (the public page shows the status). */
  @Authorized(...STAFF)
  @FieldResolver(() => [ChangeUpdateView])
  updates(@Root() change: ServiceChangeView, @Ctx() ctx: Context): Promise<ChangeUpdateView[]> {
    return updatesOfChangeLoader(ctx).load(change.id);
  }
}
