import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireActor } from '../shared/auth.js';
import type { Context } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { organisationSettings, updateOrganisationSettings } from './settings.service.js';
import { OrganisationSettings, OrganisationSettingsInput } from './settings.types.js';

@Resolver()
export class SettingsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => OrganisationSettings)
  organisationSettings(@Ctx() { em, actor }: Context): Promise<OrganisationSettings> {
    return organisationSettings(em, requireActor(actor).organisationId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OrganisationSettings)
  updateOrganisationSettings(
    @Arg('input', () => OrganisationSettingsInput) input: OrganisationSettingsInput,
    @Ctx() { em, actor }: Context,
  ): Promise<OrganisationSettings> {
    return updateOrganisationSettings(em, requireActor(actor), input);
  }
}
