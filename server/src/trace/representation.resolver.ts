import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Service } from '../services/service.entity.js';
import { CONSULTATION_STAFF, requireActor } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { DECIDERS } from './decision.resolver.js';
import { representation, setCohort } from './representation.service.js';
import { AgeBandCountInput, Representation } from './trace.types.js';

@Resolver()
export class RepresentationResolver {
  @Authorized(...DECIDERS)
  @Mutation(() => Service)
  setCohort(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('counts', () => [AgeBandCountInput]) counts: AgeBandCountInput[],
    @Ctx() { em, actor }: Context,
  ): Promise<Service> {
    return setCohort(em, requireActor(actor), serviceId, counts);
  }

  @Authorized(...CONSULTATION_STAFF)
  @Query(() => [Representation])
  representation(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('from', () => Date, { nullable: true }) from: Date | null,
    @Arg('to', () => Date, { nullable: true }) to: Date | null,
    @Ctx() { em, actor }: Context,
  ): Promise<Representation[]> {
    return representation(em, requireActor(actor), serviceId, from ?? null, to ?? null);
  }
}
