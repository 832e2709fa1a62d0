import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../shared/audit.js';
import type { Actor, AppState } from '../shared/context.js';
import { InputKind } from '../shared/enums.js';
import { badInput, conflict, notFound } from '../shared/errors.js';
import { normaliseVoice, notifyLeads, rewriteVoice, screenVoices, VOICE_MAX_LENGTH } from '../voices/voice-writer.js';
import { VoiceInput } from '../voices/voice-input.entity.js';
import { readsUnreadWords, toVoiceView, VOICE_COLUMNS, type VoiceRow } from '../voices/voice-input.service.js';
import type { VoiceInputView } from '../voices/voice-input.type.js';
import { isUuid } from '../shared/input-guard.js';

const MAX_REASON = 1000;

/**
 * Corrects what a worker typed for a contribution at an event (a typo, a misheard word). The new
 * text is screened like any other: if it may be a disclosure it is withheld with a concern for a
 * safeguarding lead. The earlier text goes to the audit trail only (never shown through the API),
 * with the reason. Children's own typed words (survey answers, comments) are never rewritten by
 * staff, and words under safeguarding review wait for the lead. Errors: BAD_USER_INPUT (`text`
 * empty or over 5000, `reason` empty or over 1000), NOT_FOUND (another organisation's input),
 * CONFLICT (not an event contribution, or withheld). Audited.
 */
export async function correctContribution(em: EntityManager, app: AppState, actor: Actor, inputId: string, text: string, reason: string): Promise<VoiceInputView> {
  const corrected = normaliseVoice(text, 'text', { maxLength: VOICE_MAX_LENGTH, empty: 'Write down what was said.' });
  const why = reason.trim();
  if (!why) throw badInput('reason', 'Say why the words are being corrected.');
  if (why.length > MAX_REASON) throw badInput('reason', `Keep the reason to ${MAX_REASON} characters.`);
  if (!isUuid(inputId)) throw notFound('Input');
  const [voice] = await screenVoices(em, app, actor.organisationId, [corrected]);
  const outcome = await em.transactional(async (tx): Promise<{ view: VoiceInputView; flagged: boolean }> => {
    const conn = tx.getConnection();
    const trx = tx.getTransactionContext();
    const rows: Array<VoiceRow & { organisation_id: string }> = await conn.execute(
      `select ${VOICE_COLUMNS}, v.organisation_id from voice_input v where v.id = ? for update`,
      [inputId],
      'all',
      trx,
    );
    const row = rows[0];
    if (!row || row.organisation_id !== actor.organisationId) throw notFound('Input');
    if (row.kind !== InputKind.EVENT_CONTRIBUTION) {
      throw conflict('Only what a worker recorded at an event can be corrected; people’s own words are never rewritten.', { field: 'inputId' });
    }
    if (row.withheld) throw conflict('These words are under safeguarding review, so they cannot be changed now.', { field: 'inputId' });
    if (row.text === corrected) return { view: toVoiceView(row, false, readsUnreadWords(actor)), flagged: false };
    await rewriteVoice(tx, actor.organisationId, inputId, voice);
    recordAudit(tx, actor, 'correctContribution', tx.getReference(VoiceInput, inputId), {
      reason: why,
      before: { text: row.text },
      after: { text: corrected },
    });
    await tx.flush();
    const [updated]: VoiceRow[] = await conn.execute(`select ${VOICE_COLUMNS} from voice_input v where v.id = ?`, [inputId], 'all', trx);
    return { view: toVoiceView(updated, false, readsUnreadWords(actor)), flagged: voice.flag !== null };
  });
  if (outcome.flagged) notifyLeads(em, app, actor.organisationId, 1);
  return outcome.view;
}
