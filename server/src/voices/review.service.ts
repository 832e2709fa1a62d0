import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../shared/audit.js';
import type { Actor } from '../shared/context.js';
import { badInput } from '../shared/errors.js';
import { connectionFrom, decodeCursor, pageSize } from '../shared/pagination.js';
import { VoiceInput } from './voice-input.entity.js';
import { toVoiceView, VOICE_COLUMNS, type VoiceRow } from './voice-input.service.js';
import { isUuid } from '../shared/input-guard.js';

const MAX_BATCH = 200;

/**
 * Marks voice inputs as read by the actor (a practitioner or safeguarding lead), which releases
 * their words to everyone else who may see them. Each input newly read gets an audit row in the
 * same transaction; inputs already read keep who read them first and when, so a retry changes
 * nothing. Returns the inputs in the order asked, with their words. BAD_USER_INPUT (`inputIds`, or
 * `inputIds.i` naming the first id that is not one of the organisation's inputs) changes nothing.
 */
export async function reviewInputs(em: EntityManager, actor: Actor, inputIds: string[]) {
  if (inputIds.length === 0) throw badInput('inputIds', 'Choose at least one text.');
  if (inputIds.length > MAX_BATCH) throw badInput('inputIds', `Mark at most ${MAX_BATCH} texts at a time.`);
  inputIds.forEach((id, i) => {
    if (!isUuid(id)) throw badInput(`inputIds.${i}`, 'This text was not found.');
  });
  const ids = [...new Set(inputIds)];
  return em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    const found: Array<{ id: string }> = await conn.execute('select id from voice_input where organisation_id = ? and id in (?)', [actor.organisationId, ids], 'all', ctx);
    const known = new Set(found.map((r) => r.id));
    const missing = inputIds.findIndex((id) => !known.has(id));
    if (missing !== -1) throw badInput(`inputIds.${missing}`, 'This text was not found.');
    const newlyRead: Array<{ id: string }> = await conn.execute(
      `update voice_input set reviewed_at = now(), reviewed_by_id = ?
        where organisation_id = ? and id in (?) and reviewed_at is null returning id`,
      [actor.accountId, actor.organisationId, ids],
      'all',
      ctx,
    );
    for (const { id } of newlyRead) recordAudit(tx, actor, 'reviewInput', tx.getReference(VoiceInput, id));
    await tx.flush();
    const rows: VoiceRow[] = await conn.execute(`select ${VOICE_COLUMNS} from voice_input v where v.id in (?)`, [ids], 'all', ctx);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return inputIds.map((id) => toVoiceView(byId.get(id)!, false, true));
  });
}

/**
 * The words waiting to be read, oldest first (keyset paged), each with when it is due
 * (two working days after it arrived), and how many wait in all. Empty
 * when the organisation does not review free text. Words withheld for safeguarding are not here:
 * a safeguarding lead already has them.
 */
export async function reviewQueue(em: EntityManager, actor: Actor, first: number | null, after: string | null) {
  const size = pageSize(first);
  const cursor = decodeCursor(after);
  const conn = em.getConnection();
  const where = `v.organisation_id = ? and v.reviewed_at is null and not v.withheld
    and (select o.review_free_text from organisation o where o.id = v.organisation_id)`;
  const [rows, total] = await Promise.all([
    conn.execute<VoiceRow[]>(
      `select ${VOICE_COLUMNS} from voice_input v where ${where} ${cursor ? 'and (v.created_at, v.id) > (?, ?)' : ''}
        order by v.created_at, v.id limit ?`,
      [actor.organisationId, ...(cursor ? [cursor.at, cursor.id] : []), size + 1],
    ),
    conn.execute<Array<{ n: number }>>(`select count(*)::int as n from voice_input v where ${where}`, [actor.organisationId]),
  ]);
  return { ...connectionFrom(rows, size, (r) => ({ at: new Date(r.created_at), id: r.id }), (r) => toVoiceView(r, false, true)), totalCount: total[0].n };
}
