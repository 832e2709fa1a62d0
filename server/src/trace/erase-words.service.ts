import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from '../identity/organisation.entity.js';
import { AuditEntry } from '../shared/audit-entry.entity.js';
import type { AppState } from '../shared/context.js';
import { badInput } from '../shared/errors.js';
import { eraseInputs } from '../voices/erasure.js';
import { responseForCode } from './follow.service.js';

/**
 * Public: the person holding a receipt code erases the words they wrote in that response (their
 * text answers), with no sign-in. Coded answers, the response and every count stay; words a
 * safeguarding concern holds stay with the concern (voices/erasure.ts). Look-ups count against the
 * caller's IP like the receipt page (RATE_LIMITED past the limit); an unknown code is
 * BAD_USER_INPUT on `code`. Audited in the same transaction — how many texts, never which words.
 * Erasing again changes nothing and writes no second audit row.
 */
export async function eraseMyWords(em: EntityManager, app: AppState, ip: string, code: string): Promise<boolean> {
  const response = await responseForCode(em, app, ip, code);
  if (!response) throw badInput('code', 'We could not find that receipt code.');
  await em.transactional(async (tx) => {
    const inputs = await tx.getConnection().execute<Array<{ id: string }>>(
      'select id from voice_input where response_id = ? and organisation_id = ? and erased_at is null',
      [response.id, response.organisation_id],
    );
    if (!inputs.length) return;
    const result = await eraseInputs(tx, response.organisation_id, inputs.map((i) => i.id), 'PERSON', new Date());
    if (!result.erased.length) return;
    // No account acts here: the entry names the receipt holder, and the response is its target.
    const entry = new AuditEntry(tx.getReference(Organisation, response.organisation_id), 'person with the receipt code', 'eraseMyWords', 'SurveyResponse', response.id);
    entry.details = { erased: result.erased.length, keptForSafeguarding: result.keptForSafeguarding };
    tx.persist(entry);
    await tx.flush();
  });
  return true;
}
