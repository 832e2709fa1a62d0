import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { CONSULTATION_STAFF, requireActor } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { listInputs } from '../voices/voice-input.service.js';
import { VoiceInputConnection } from '../voices/voice-input.type.js';
import { QuestionResult } from './survey-results.js';

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
    // In a band view whose count of answers to this question is withheld, listing them would show it.
    return listInputs(em, requireActor(actor), { questionId: result.question.id, ageBand: result.ageBand }, first, after, 'empty');
  }
}
