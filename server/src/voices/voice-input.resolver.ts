import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { PUBLIC, requireActor, STAFF } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { QuestionResult } from '../surveys/survey-results.js';
import { SCREENING_LANGUAGES } from './screening/layers.js';
import { listInputs } from './voice-input.service.js';
import { InputFilter, VoiceInputConnection } from './voice-input.type.js';

@Resolver()
export class VoiceInputResolver {
  @Authorized(...STAFF)
  @Query(() => VoiceInputConnection)
  inputs(
    @Arg('filter', () => InputFilter, { nullable: true }) filter: InputFilter | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { em, actor }: Context,
  ) {
    return listInputs(em, requireActor(actor), filter ?? {}, first, after);
  }

  // Public: a survey page may tell a family that words in their language are read for their safety.
  @Authorized(PUBLIC)
  @Query(() => [String], { description: 'The languages whose free text is screened for disclosures.' })
  screeningLanguages(): string[] {
    return [...SCREENING_LANGUAGES];
  }
}

@Resolver(() => QuestionResult)
export class QuestionResultResolver {
  /** The question's text answers as voice inputs (for tagging to themes), in the same age-band view. */
  @FieldResolver(() => VoiceInputConnection)
  texts(
    @Root() result: QuestionResult,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { em, actor }: Context,
  ) {
    return listInputs(em, requireActor(actor), { questionId: result.question.id, ageBand: result.ageBand }, first, after);
  }
}
