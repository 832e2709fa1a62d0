import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppState } from '../shared/context.js';
import type { AgeBand, Capture, Channel, InputKind } from '../shared/enums.js';
import { badInput } from '../shared/errors.js';
import { storableText } from '../shared/input-guard.js';
import { sendWithRetry } from '../shared/mail.js';
import { withTenant } from '../shared/tenancy.js';
import { staffEmails } from '../identity/staff-emails.js';
import { raiseConcerns, screenTexts, type Flag } from './screening/screen-inputs.js';

/**
 * The one writer of words. Every feature that stores what a person said (survey answers, event
 * contributions, proposal comments, vote reasons) goes through here, in four steps:
 *   1. normaliseVoice — NUL removed, lone surrogates → U+FFFD, NFC, trimmed, length by field;
 *   2. screenVoices   — the organisation's screening rules decide which need a safeguarding lead;
 *   3. writeVoice     — the voice_input row and, when flagged, its concern (withheld), in the
 *                       caller's transaction (rewriteVoice for a worker's correction); or, on the hot survey path, voiceInsertCte and
 *                       concernInsertCte composed into the caller's single statement;
 *   4. notifyLeads    — after commit, the leads are emailed that something is waiting (no words).
 * No feature writes voice_input or safeguarding_concern itself.
 */

/** The longest text each kind of voice may hold (a field may set a shorter limit, e.g. a question's maxLength). */
export const VOICE_MAX_LENGTH = 5000;

/**
 * A person's words made storable and comparable: NUL removed and lone surrogates replaced (PostgreSQL
 * cannot store either), composed to NFC (so "é" typed two ways is one text for screening, search and
 * retries), trimmed. Errors: BAD_USER_INPUT on `field` when empty (unless optional) or over `maxLength`.
 */
export function normaliseVoice(text: string | null | undefined, field: string, options: { maxLength?: number; optional: true; empty?: string }): string | null;
export function normaliseVoice(text: string | null | undefined, field: string, options?: { maxLength?: number; optional?: false; empty?: string }): string;
export function normaliseVoice(
  text: string | null | undefined,
  field: string,
  { maxLength = VOICE_MAX_LENGTH, optional = false, empty = 'Write something, or leave it out.' }: { maxLength?: number; optional?: boolean; empty?: string } = {},
): string | null {
  const clean = storableText(text ?? '').normalize('NFC').trim();
  if (!clean) {
    if (optional) return null;
    throw badInput(field, empty);
  }
  // Length as a person counts it: code points, not UTF-16 units (an emoji is one character).
  let length = 0;
  for (const _ of clean) if (++length > maxLength) throw badInput(field, `Keep it to ${maxLength} characters.`);
  return clean;
}

/** A voice about to be stored: its new id, its words, and the concern to raise with it (or null). */
export interface ScreenedVoice {
  id: string;
  text: string;
  flag: Flag | null;
}

/** Screens already-normalised texts with the organisation's rules (never throws: a failure flags). */
export async function screenVoices(em: EntityManager, app: AppState, organisationId: string, texts: string[]): Promise<ScreenedVoice[]> {
  if (!texts.length) return [];
  const flags = await screenTexts(em, app, organisationId, texts);
  return texts.map((text, i) => ({ id: randomUUID(), text, flag: flags[i] }));
}

/** Where a voice came from and who gave it; the columns of voice_input besides its words. */
export interface VoiceRecord {
  organisationId: string;
  kind: InputKind;
  ageBand: AgeBand | null;
  channel: Channel;
  capture: Capture;
  sourceTitle: string;
  serviceId: string | null;
  eventId?: string | null;
  proposalId?: string | null;
  enteredById?: string | null;
  authorId?: string | null;
  clientSubmissionId?: string | null;
  payloadHash?: string | null;
  speakerLabel?: string | null;
  consentToQuote?: boolean;
}

/**
 * Stores one screened voice and, when flagged, withholds it and raises its concern — all in the
 * caller's transaction (`tx`). With a clientSubmissionId, a second copy is not stored: returns false
 * (the caller answers with the first). Returns true when stored.
 */
export async function writeVoice(tx: EntityManager, voice: ScreenedVoice, record: VoiceRecord): Promise<boolean> {
  const rows: Array<{ id: string }> = await tx.getConnection().execute(
    `insert into voice_input (id, organisation_id, kind, text, age_band, channel, capture, created_at, source_title, service_id,
       event_id, proposal_id, entered_by_id, author_id, client_submission_id, payload_hash, speaker_label, consent_to_quote, withheld)
     values (?, ?, ?, ?, ?, ?, ?, date_trunc('milliseconds', now()), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ${record.clientSubmissionId ? 'on conflict (organisation_id, client_submission_id) where client_submission_id is not null do nothing' : ''}
     returning id`,
    [
      voice.id, record.organisationId, record.kind, voice.text, record.ageBand, record.channel, record.capture, record.sourceTitle, record.serviceId,
      record.eventId ?? null, record.proposalId ?? null, record.enteredById ?? null, record.authorId ?? null, record.clientSubmissionId ?? null,
      record.payloadHash ?? null, record.speakerLabel ?? null, record.consentToQuote ?? false, voice.flag !== null,
    ],
    'all',
    tx.getTransactionContext(),
  );
  if (!rows.length) return false;
  await raiseConcerns(tx, record.organisationId, [{ id: voice.id, flag: voice.flag }]);
  return true;
}

/**
 * Replaces the words of a stored voice (a worker's correction of what they typed) with screened
 * ones, in the caller's transaction: withheld with its concern when the new words are flagged.
 */
export async function rewriteVoice(tx: EntityManager, organisationId: string, inputId: string, voice: ScreenedVoice): Promise<void> {
  await tx.getConnection().execute('update voice_input set text = ? where id = ?', [voice.text, inputId], 'run', tx.getTransactionContext());
  await raiseConcerns(tx, organisationId, [{ id: inputId, flag: voice.flag }]);
}

/** The rows of voiceInsertCte / concernInsertCte: one JSON array each, bound as a parameter. */
export function voiceRows(voices: ScreenedVoice[], extra: (voice: ScreenedVoice, i: number) => Record<string, unknown>) {
  return JSON.stringify(voices.map((v, i) => ({ id: v.id, text: v.text, withheld: v.flag !== null, ...extra(v, i) })));
}

export function concernRows(voices: ScreenedVoice[]) {
  return JSON.stringify(
    voices.flatMap((v) => (v.flag ? [{ id: v.id, concern_id: v.flag.concernId, severity: v.flag.severity, due_by: v.flag.dueBy, rules: v.flag.matchedRules }] : [])),
  );
}

/**
 * A CTE that stores voices inside a caller's single statement (the survey submission): `columns`
 * maps further voice_input columns to SQL over `from` and the JSON row `x`; `perRow` declares the
 * extra JSON fields. Its parameters, in order: age band, channel, capture, then those of `columns`
 * (none here but what the caller writes literally), then the voiceRows JSON.
 */
export function voiceInsertCte(name: string, o: { from: string; organisationId: string; createdAt: string; kind: InputKind; columns: Record<string, string>; perRow: string }): string {
  const names = Object.keys(o.columns);
  return `${name} as (
  insert into voice_input (id, organisation_id, kind, text, age_band, channel, capture, created_at, withheld, ${names.join(', ')})
  select x.id, ${o.organisationId}, '${o.kind}', x.text, ?::age_band, ?::channel, ?::capture, ${o.createdAt}, x.withheld, ${names.map((n) => o.columns[n]).join(', ')}
  from ${o.from}, jsonb_to_recordset(?::jsonb) as x(id uuid, text text, withheld boolean, ${o.perRow})
  returning id
)`;
}

/**
 * A CTE raising the concerns of voices stored by `voices` (a voiceInsertCte) in the same statement,
 * so a flagged text is never stored without its concern. One parameter: the concernRows JSON.
 */
export function concernInsertCte(name: string, o: { voices: string; from: string; organisationId: string; raisedAt: string }): string {
  return `${name} as (
  insert into safeguarding_concern (id, organisation_id, input_id, status, severity, raised_at, due_by, raised_by, matched_rules)
  select x.concern_id, ${o.organisationId}, x.id, 'OPEN', x.severity::concern_severity, ${o.raisedAt}, x.due_by, 'SCREENING', x.rules
  from ${o.from}, jsonb_to_recordset(?::jsonb) as x(id uuid, concern_id uuid, severity text, due_by timestamptz, rules text[])
  where x.id in (select id from ${o.voices})
)`;
}

/**
 * Tells the organisation's safeguarding leads by email that new concerns are waiting (the in-app
 * queue always has them). Called after the concern is committed and never awaited by the request;
 * the email carries no words of the child's and no names — only that there is something to read.
 * Each lead's email is retried on failure; a lead whose email still fails is logged (by address
 * only) and the others still get theirs.
 */
export function notifyLeads(em: EntityManager, app: AppState, organisationId: string, count: number): void {
  if (count <= 0) return;
  void (async () => {
    // Not awaited by the request, so it may outlive the request's transaction: a transaction of its own.
    const leads = await withTenant(em, organisationId, (tx) => staffEmails(tx, organisationId, ['SAFEGUARDING_LEAD']));
    for (const to of leads) {
      await sendWithRetry(app.mail, {
        to,
        subject: 'Heard: a safeguarding concern needs you',
        text: `${count === 1 ? 'Something a child or family wrote' : `${count} things children or families wrote`} may need a safeguarding response. Sign in to Heard and open Safeguarding to read and acknowledge it.`,
      }).catch((error) => app.log.error({ err: { name: error?.name, code: error?.code }, to }, 'could not email a safeguarding lead'));
    }
  })().catch((error) => app.log.error({ err: { name: error?.name, code: error?.code } }, 'could not notify safeguarding leads'));
}
