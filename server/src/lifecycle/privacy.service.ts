import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The organisations whose records this Heard holds, with how to reach their data protection
 * officer and how long they keep words: the privacy notice names them as the controllers. Public
 * (names, a published contact and retention periods).
 */
export async function privacyContacts(em: EntityManager): Promise<Array<{ id: string; name: string; contact: string | null; retainWordsMonths: number | null; retainConcernWordsMonths: number }>> {
  return em.getConnection().execute(`select id, name, privacy_contact as contact, retain_words_months as "retainWordsMonths", retain_concern_words_months as "retainConcernWordsMonths"
       from organisation order by name`);
}
