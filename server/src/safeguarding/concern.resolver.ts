import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { selects } from '../shared/selection.js';
import { requireActor, STAFF } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { ConcernStatus } from '../voices/concern.entity.js';
import { acknowledgeConcern, closeConcern, flagInput, getConcern, listConcerns, overdueCount, referConcern } from './concern.service.js';
import { SafeguardingConcernView } from './concern.types.js';

const QUEUE = [Role.SAFEGUARDING_LEAD, Role.ADMIN];

@Resolver()
export class ConcernResolver {
  @Authorized(...QUEUE)
  @Query(() => [SafeguardingConcernView])
  safeguardingConcerns(
    @Arg('status', () => ConcernStatus, { nullable: true }) status: ConcernStatus | null,
    @Ctx() { em, actor }: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listConcerns(em, requireActor(actor), status ?? null, selects(info, ['input', 'text']));
  }

  @Authorized(...QUEUE)
  @Query(() => SafeguardingConcernView, { description: 'One concern in the queue, with its history; NOT_FOUND outside the organisation.' })
  safeguardingConcern(@Arg('id', () => ID) id: string, @Ctx() { em, actor }: Context, @Info() info: GraphQLResolveInfo) {
    return getConcern(em, requireActor(actor), id, selects(info, ['input', 'text']));
  }

  @Authorized(...QUEUE)
  @Query(() => Int, { description: 'Open concerns past their deadline.' })
  overdueConcernCount(@Ctx() { em, actor }: Context) {
    return overdueCount(em, requireActor(actor));
  }

  @Authorized(...STAFF)
  @Mutation(() => SafeguardingConcernView)
  flagInput(@Arg('inputId', () => ID) inputId: string, @Arg('note', () => String) note: string, @Ctx() { em, actor, app }: Context) {
    return flagInput(em, requireActor(actor), app, inputId, note);
  }

  @Authorized(Role.SAFEGUARDING_LEAD)
  @Mutation(() => SafeguardingConcernView)
  acknowledgeConcern(@Arg('id', () => ID) id: string, @Arg('note', () => String, { nullable: true }) note: string | null, @Ctx() { em, actor }: Context) {
    return acknowledgeConcern(em, requireActor(actor), id, note);
  }

  @Authorized(Role.SAFEGUARDING_LEAD)
  @Mutation(() => SafeguardingConcernView)
  referConcern(
    @Arg('id', () => ID) id: string,
    @Arg('reference', () => String) reference: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() { em, actor }: Context,
  ) {
    return referConcern(em, requireActor(actor), id, reference, note);
  }

  @Authorized(Role.SAFEGUARDING_LEAD)
  @Mutation(() => SafeguardingConcernView)
  closeConcern(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String) note: string,
    @Arg('releaseText', () => Boolean, { nullable: true, description: 'A screening false positive: put the words back into results and themes.' }) releaseText: boolean | null,
    @Ctx() { em, actor }: Context,
  ) {
    return closeConcern(em, requireActor(actor), id, note, releaseText ?? false);
  }
}
