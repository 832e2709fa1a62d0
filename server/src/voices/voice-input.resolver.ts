import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { CONSULTATION_STAFF, requireActor, STAFF } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { QuestionResult } from '../surveys/survey-results.js';
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
}

@Resolver(() => QuestionResult)
export class QuestionResultResolver {
  /** The question's text answers as voice inputs (for tagging to themes), in the same age-band view. */
  @Authorized(...CONSULTATION_STAFF)
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
