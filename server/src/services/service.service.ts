import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from '../identity/organisation.entity.js';
import { sameOrganisation } from '../shared/auth.js';
import { changedFields, performAction } from '../shared/audit.js';
import type { Actor } from '../shared/context.js';
import { badInput, conflict, notFound } from '../shared/errors.js';
import { Service } from './service.entity.js';
import { isUuid } from '../shared/input-guard.js';

/** The service of a form, if given: it must belong to the actor's organisation. */
export async function ownService(em: EntityManager, actor: Actor, serviceId: string | null | undefined, field = 'serviceId'): Promise<Service | null> {
  if (!serviceId) return null;
  const service = await em.findOne(Service, { id: serviceId, organisation: actor.organisationId });
  if (!service) throw badInput(field, 'Choose one of your organisation’s services.');
  return service;
}

/** The organisation's services, by name. */
export function listServices(em: EntityManager, actor: Actor): Promise<Service[]> {
  return em.find(Service, { organisation: actor.organisationId }, { orderBy: { name: 'asc' } });
}

/** Adds a service to the actor's organisation; names are unique within it (CONFLICT). Audited. */
export async function createService(em: EntityManager, actor: Actor, input: { name: string; description?: string | null }): Promise<Service> {
  const name = input.name.trim();
  if (await em.count(Service, { organisation: actor.organisationId, name })) {
    throw conflict('There is already a service with that name.', { field: 'name' });
  }
  return performAction(em, actor, 'createService', async (tx) => {
    const service = new Service(tx.getReference(Organisation, actor.organisationId), name, input.description?.trim() || null);
    tx.persist(service);
    return service;
  });
}


/**
 * Renames a service and/or replaces its description (an empty one removes it); fields not given
 * stay. Names stay unique within the organisation (CONFLICT on `name`). Everything recorded about
 * the service stays with it. Errors: BAD_USER_INPUT (`name` empty or over 200, `description` over
 * 2000), NOT_FOUND. Audited with the changed fields before and after.
 */
export async function updateService(em: EntityManager, actor: Actor, id: string, input: { name?: string | null; description?: string | null }): Promise<Service> {
  const name = input.name?.trim();
  if (input.name !== undefined && !name) throw badInput('name', 'Enter the service’s name.');
  if (name && name.length > 200) throw badInput('name', 'Keep the name to 200 characters.');
  if (input.description && input.description.trim().length > 2000) throw badInput('description', 'Keep the description to 2000 characters.');
  if (!isUuid(id)) throw notFound('Service');
  const details: Record<string, unknown> = {};
  return performAction(
    em,
    actor,
    'updateService',
    async (tx) => {
      const service = sameOrganisation(actor, await tx.findOne(Service, { id }), 'Service');
      if (name && (await tx.count(Service, { organisation: actor.organisationId, name, id: { $ne: service.id } }))) {
        throw conflict('There is already a service with that name.', { field: 'name' });
      }
      const before = { name: service.name, description: service.description };
      if (name) service.name = name;
      if (input.description !== undefined) service.description = input.description?.trim() || null;
      Object.assign(details, changedFields(before, { name: service.name, description: service.description }));
      return service;
    },
    details,
  );
}
