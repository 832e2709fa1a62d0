import type { EntityManager } from '@mikro-orm/postgresql';
import { setTenant } from '../shared/tenancy.js';

/**
 * The organisations whose records this Heard holds, with how to reach their data protection
 * officer and how long they keep words: the privacy notice names them as the controllers. Public
 * (names, a published contact and retention periods).
 */
type PrivacyContact = { id: string; name: string; contact: string | null; retainWordsMonths: number | null; retainConcernWordsMonths: number };

export async function privacyContacts(em: EntityManager): Promise<PrivacyContact[]> {
  // Row-level security shows a transaction one organisation: enter each in turn (this public page
  // reads only what the notice publishes of each).
  const ids: Array<{ id: string }> = await em.getConnection().execute('select heard_organisation_ids() as id');
  const rows: PrivacyContact[] = [];
  for (const { id } of ids) {
    await setTenant(em, id);
    const [row] = await em.getConnection().execute<PrivacyContact[]>(
      `select id, name, privacy_contact as contact, retain_words_months as "retainWordsMonths", retain_concern_words_months as "retainConcernWordsMonths"
         from organisation where id = ?`,
      [id],
    );
    if (row) rows.push(row);
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}
