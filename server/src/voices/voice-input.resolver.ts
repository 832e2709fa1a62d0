import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PUBLIC, requireActor, STAFF } from '../shared/auth.js';
import { Role } from '../shared/enums.js';
import { reviewInputs, reviewQueue } from './review.service.js';
import type { Context } from '../shared/context.js';
import { SCREENING_LANGUAGES } from './screening/layers.js';
import { listInputs } from './voice-input.service.js';
import { InputFilter, VoiceInputConnection, VoiceInputView } from './voice-input.type.js';

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

  @Authorized(Role.PRACTITIONER, Role.SAFEGUARDING_LEAD)
  @Query(() => VoiceInputConnection, { description: 'Words waiting for a practitioner to read them, oldest first (OrganisationSettings.reviewFreeText).' })
  reviewQueue(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() { em, actor }: Context,
  ) {
    return reviewQueue(em, requireActor(actor), first, after);
  }

  @Authorized(Role.PRACTITIONER, Role.SAFEGUARDING_LEAD)
  @Mutation(() => [VoiceInputView], { description: 'Practitioners mark free text as read; with reviewFreeText on, nobody else sees words before this.' })
  reviewInputs(@Arg('inputIds', () => [ID]) inputIds: string[], @Ctx() { em, actor }: Context) {
    return reviewInputs(em, requireActor(actor), inputIds);
  }

  // Public: a survey page may tell a family that words in their language are read for their safety.
  @Authorized(PUBLIC)
  @Query(() => [String], { description: 'The languages whose free text is screened for disclosures.' })
  screeningLanguages(): string[] {
    return [...SCREENING_LANGUAGES];
  }
}
