import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from '../identity/organisation.entity.js';
import { performAction } from '../shared/audit.js';
import type { Actor } from '../shared/context.js';
import { badInput, conflict } from '../shared/errors.js';
import { Service } from './service.entity.js';

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
