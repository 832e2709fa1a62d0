import { Args, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor, SIGNED_IN } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { Service } from './service.entity.js';
import { CreateServiceArgs } from './service.inputs.js';
import { createService, listServices } from './service.service.js';

@Resolver(() => Service)
export class ServiceResolver {
  @Authorized(...SIGNED_IN)
  @Query(() => [Service])
  services(@Ctx() { em, actor }: Context): Promise<Service[]> {
    return listServices(em, requireActor(actor));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Service)
  createService(@Args(() => CreateServiceArgs) args: CreateServiceArgs, @Ctx() { em, actor }: Context): Promise<Service> {
    return createService(em, requireActor(actor), args);
  }
}
