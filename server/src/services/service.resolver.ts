import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor, SIGNED_IN } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { Service } from './service.entity.js';
import { CreateServiceArgs } from './service.inputs.js';
import { createService, listServices, updateService } from './service.service.js';

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

  @Authorized(Role.ADMIN)
  @Mutation(() => Service, { description: 'Renames a service or changes its description; fields not given stay.' })
  updateService(
    @Arg('id', () => ID) id: string,
    @Arg('name', () => String, { nullable: true }) name: string | null | undefined,
    @Arg('description', () => String, { nullable: true }) description: string | null | undefined,
    @Ctx() { em, actor }: Context,
  ): Promise<Service> {
    return updateService(em, requireActor(actor), id, { name, description });
  }
}
