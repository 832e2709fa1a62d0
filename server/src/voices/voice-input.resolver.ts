import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { requireActor, STAFF } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
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
