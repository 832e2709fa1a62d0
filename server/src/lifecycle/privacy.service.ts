import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The organisations whose records this Heard holds, with how to reach their data protection
 * officer: the privacy notice names them as the controllers. Public (names and a published contact).
 */
export async function privacyContacts(em: EntityManager): Promise<Array<{ id: string; name: string; contact: string | null }>> {
  return em.getConnection().execute('select id, name, privacy_contact as contact from organisation order by name');
}
