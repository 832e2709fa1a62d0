import type { EntityManager } from '@mikro-orm/postgresql';

/** Who erased words: the person with their receipt code, an admin for them, or the retention rule. */
export type ErasedBy = 'PERSON' | 'ADMIN' | 'RETENTION';

/**
 * What erasing leaves of a voice input: the row, its kind, age band, channel, capture, time, where
 * it was said and every link to themes and decisions — so counts, coded answers, themes' counts
 * and the chain of decisions still add up — but no words: the text is emptied (which also takes it
 * out of the text-search index, an expression index on this column), the speaker label is gone, and
 * the payload hash is dropped because a hash of a few words can be reversed by guessing them.
 */
const ERASE_SET = `text = '', speaker_label = null, payload_hash = null, erased_at = ?, erased_by = ?`;

/**
 * Audit rows that keep words about an input: a corrected contribution's row keeps the text before
 * and after the correction (events/contribution-correction.ts). Erasing the words takes them out of
 * those rows too, leaving who corrected it, when and why, and a mark that the words were erased.
 */
const WORDS_IN_AUDIT = `update audit_entry e set details = (coalesce(e.details, '{}'::jsonb) - 'before' - 'after') || '{"wordsErased": true}'::jsonb
  where e.action = 'correctContribution' and e.target_type = 'VoiceInput'`;

/**
 * Words a safeguarding concern holds stay with the concern until its own period has passed
 * (Organisation.retainConcernWordsMonths after it was closed; never while it is open): a lead may
 * still need them for a referral, and erasing them on request could destroy evidence of harm.
 */
export const HELD_BY_CONCERN = `exists (select 1 from safeguarding_concern c where c.input_id = v.id)`;

export interface Erased {
  /** Inputs whose words were erased now. */
  erased: string[];
  /** Inputs left as they were because a safeguarding concern holds them. */
  keptForSafeguarding: number;
}

/**
 * Erases the words of the given inputs (of one organisation), except those a safeguarding concern
 * holds, and marks the survey responses they belong to so that their payload hash (which covers
 * the words) goes too; audit rows that kept the words lose them (WORDS_IN_AUDIT). Already-erased
 * inputs are left alone, so a retry erases nothing twice. Runs in the caller's transaction; writes
 * no audit row (the caller does, without the words).
 */
export async function eraseInputs(em: EntityManager, organisationId: string, inputIds: string[], by: ErasedBy, now: Date): Promise<Erased> {
  if (!inputIds.length) return { erased: [], keptForSafeguarding: 0 };
  const conn = em.getConnection();
  const rows = await conn.execute<Array<{ id: string; held: boolean; erased: boolean }>>(
    `select v.id, ${HELD_BY_CONCERN} as held, v.erased_at is not null as erased from voice_input v where v.organisation_id = ? and v.id in (?)`,
    [organisationId, inputIds],
  );
  const toErase = rows.filter((r) => !r.held && !r.erased).map((r) => r.id);
  await eraseRows(em, toErase, by, now);
  return { erased: toErase, keptForSafeguarding: rows.filter((r) => r.held && !r.erased).length };
}

/** The update itself, for ids already chosen (retention chooses its own). */
export async function eraseRows(em: EntityManager, ids: string[], by: ErasedBy, now: Date): Promise<void> {
  if (!ids.length) return;
  const conn = em.getConnection();
  const gone = await conn.execute<Array<{ id: string }>>(`update voice_input set ${ERASE_SET} where id in (?) and erased_at is null returning id`, [now, by, ids]);
  if (gone.length) await conn.execute(`${WORDS_IN_AUDIT} and e.target_id in (?)`, [gone.map((g) => g.id)]);
  // The response's payload hash covers its text answers too; a retry of that submission after this
  // is a CONFLICT rather than a way to confirm what was written.
  await conn.execute(
    `update survey_response set payload_hash = 'erased' where id in (select response_id from voice_input where id in (?) and response_id is not null)`,
    [ids],
  );
}

/**
 * Erases, in one statement, the words of every not-yet-erased input `v` matching `where` (which
 * may use `o`, the input's organisation); words a concern holds are the caller's to include or
 * leave out. Returns how many texts were erased per organisation. Used by the retention rule.
 */
export async function eraseMatching(em: EntityManager, where: string, params: unknown[], by: ErasedBy, now: Date): Promise<Map<string, number>> {
  const rows = await em.getConnection().execute<Array<{ organisation_id: string; n: number }>>(
    `with gone as (
       update voice_input v set ${ERASE_SET}
         from organisation o
        where o.id = v.organisation_id and v.erased_at is null and (${where})
        returning v.id, v.response_id, v.organisation_id
     ), hashes as (
       update survey_response r set payload_hash = 'erased' where r.id in (select response_id from gone where response_id is not null) returning r.id
     ), audits as (
       ${WORDS_IN_AUDIT} and e.target_id in (select id::text from gone) returning e.id
     )
     select organisation_id, count(*)::int as n from gone group by organisation_id`,
    [now, by, ...params],
  );
  return new Map(rows.map((r) => [r.organisation_id, r.n]));
}
