import { createHash, randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { newAccessCode, normaliseAccessCode } from '../identity/secrets.js';
import { normaliseVoice, notifyLeads, screenVoices, writeVoice } from '../voices/voice-writer.js';
import { Service } from '../services/service.entity.js';
import { performAction, recordAudit } from '../shared/audit.js';
import { sameOrganisation } from '../shared/auth.js';
import type { Actor, AppState } from '../shared/context.js';
import { AgeBand, Capture, Channel, InputKind } from '../shared/enums.js';
import { badInput, conflict, notFound } from '../shared/errors.js';
import { AGE_BANDS, protectCells } from '../shared/suppression.js';
import { organisationSettings } from '../identity/settings.service.js';
import { ownService } from '../services/service.service.js';
import { VoiceInput } from '../voices/voice-input.entity.js';
import { toVoiceView, VOICE_COLUMNS, WORDS_RELEASED_SQL, type VoiceRow } from '../voices/voice-input.service.js';
import type { VoiceInputView } from '../voices/voice-input.type.js';
import { ConsultationEvent, EventStatus } from './event.entity.js';
import type { AttendanceInput, ContributionInput, CreateEventInput } from './event.inputs.js';
import type { EventFeedback, VoiceQuality } from './event.types.js';
import { enterOrganisationOf } from '../shared/tenancy.js';
import { isUuid } from '../shared/input-guard.js';

export const MAX_CONTRIBUTION_LENGTH = 5000;
export const MAX_SPEAKER_LABEL_LENGTH = 100;
export const MAX_ATTENDANCE = 10_000;
const MAX_REPORT_LENGTH = 20_000;
const MAX_WHAT_WE_HEARD_LENGTH = 5000;
const MAX_QUOTES = 100;
const CLIENT_ID = /^[A-Za-z0-9_-]{8,100}$/;
/** How voices are recorded at an event (READ_TO_THEM is for surveys read aloud). */
export const EVENT_CAPTURES = [Capture.OWN_WORDS, Capture.SCRIBED, Capture.SUMMARISED] as const;

/** Loads an event of the actor's organisation, or NOT_FOUND (also for ids that are not ids). */
export async function findEvent(em: EntityManager, actor: Actor, id: string, lock = false): Promise<ConsultationEvent> {
  if (!isUuid(id)) throw notFound('Event');
  const event = await em.findOne(ConsultationEvent, { id }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  return sameOrganisation(actor, event, 'Event');
}

/** The organisation's events, soonest first, optionally for one service. */
export function listEvents(em: EntityManager, actor: Actor, serviceId: string | null): Promise<ConsultationEvent[]> {
  if (serviceId && !isUuid(serviceId)) return Promise.resolve([]);
  return em.find(
    ConsultationEvent,
    { organisation: actor.organisationId, ...(serviceId ? { service: serviceId } : {}) },
    { orderBy: { startsAt: 'asc', id: 'asc' } },
  );
}

/** Nothing more is recorded at a closed event. */
function requireOpen(event: ConsultationEvent): void {
  if (event.status === EventStatus.CLOSED) {
    throw conflict('This event has been closed, so nothing more can be recorded at it.', { field: 'eventId' });
  }
  if (event.status === EventStatus.CANCELLED) {
    throw conflict('This event was cancelled, so nothing can be recorded at it.', { field: 'eventId' });
  }
}

/**
 * Plans an event (PLANNED) with a new feedback code for its public "what we heard" page. The
 * service must be the organisation's; the end, if given, after the start. Audited.
 */
export async function createEvent(em: EntityManager, actor: Actor, input: CreateEventInput): Promise<ConsultationEvent> {
  const title = input.title.trim();
  if (!title) throw badInput('title', 'Enter a title of up to 200 characters.');
  const service = await ownService(em, actor, input.serviceId);
  if (input.endsAt && input.endsAt.getTime() <= input.startsAt.getTime()) throw badInput('endsAt', 'The end must be after the start.');
  const questions = (input.questions ?? []).map((q) => q.trim());
  const blank = questions.findIndex((q) => !q);
  if (blank >= 0) throw badInput(`questions.${blank}`, 'Each question must be 1 to 500 characters.');
  return performAction(em, actor, 'createEvent', async (tx) => {
    const event = new ConsultationEvent(tx.getReference(Organisation, actor.organisationId), tx.getReference(Account, actor.accountId), {
      title,
      kind: input.kind,
      startsAt: input.startsAt,
      // Same alphabet as join codes: easy to type from a slip of paper, unambiguous in a QR code.
      feedbackCode: newAccessCode().replace('-', '').slice(0, 8),
    });
    event.service = service;
    event.endsAt = input.endsAt ?? null;
    event.venue = input.venue?.trim() || null;
    event.questions = questions;
    tx.persist(event);
    return event;
  });
}

/**
 * Records head counts per age band (no names). The bands given replace their earlier counts,
 * others stay, and a count of 0 removes a band. The first attendance moves PLANNED → HELD.
 * Errors: BAD_USER_INPUT (`attendance.<i>.count` outside 0–10 000, a band given twice, an empty
 * list), NOT_FOUND (another organisation's event), CONFLICT (a closed event). Audited.
 */
export async function recordAttendance(em: EntityManager, actor: Actor, eventId: string, attendance: AttendanceInput[]): Promise<ConsultationEvent> {
  if (attendance.length === 0) throw badInput('attendance', 'Give a count for at least one age band.');
  const seen = new Set<AgeBand>();
  attendance.forEach((a, i) => {
    if (!Number.isInteger(a.count) || a.count < 0 || a.count > MAX_ATTENDANCE) {
      throw badInput(`attendance.${i}.count`, `Enter a number from 0 to ${MAX_ATTENDANCE.toLocaleString('en-GB')}.`);
    }
    if (seen.has(a.ageBand)) throw badInput(`attendance.${i}.ageBand`, 'Give each age band once.');
    seen.add(a.ageBand);
  });
  return performAction(
    em,
    actor,
    'recordAttendance',
    async (tx) => {
      // Locked, so a close cannot slip in between the check and the change.
      const event = await findEvent(tx, actor, eventId, true);
      requireOpen(event);
      const counts = new Map(event.attendance.map((a) => [a.ageBand, a.count]));
      for (const a of attendance) counts.set(a.ageBand, a.count);
      event.attendance = AGE_BANDS.filter((band) => (counts.get(band as AgeBand) ?? 0) > 0).map((band) => ({
        ageBand: band as AgeBand,
        count: counts.get(band as AgeBand)!,
      }));
      if (event.status === EventStatus.PLANNED) event.status = EventStatus.HELD;
      return event;
    },
    { attendance: attendance.map((a) => ({ ageBand: a.ageBand, count: a.count })) },
  );
}

interface CheckedContribution {
  text: string;
  capture: Capture;
  ageBand: AgeBand;
  speakerLabel: string | null;
  consentToQuote: boolean;
}

/** Every rule, each named by its field; nothing is stored unless all pass. */
function checkContribution(input: ContributionInput): CheckedContribution {
  if (!CLIENT_ID.test(input.clientSubmissionId)) {
    throw badInput('clientSubmissionId', 'clientSubmissionId must be 8 to 100 letters, digits, dashes or underscores.');
  }
  if (!isUuid(input.eventId)) throw notFound('Event');
  const text = normaliseVoice(input.text, 'text', { maxLength: MAX_CONTRIBUTION_LENGTH, empty: 'Write down what was said.' });
  if (!(EVENT_CAPTURES as readonly Capture[]).includes(input.capture)) {
    throw badInput('capture', 'At an event, say whether it is in their own words, scribed as said, or summarised.');
  }
  const speakerLabel = normaliseVoice(input.speakerLabel, 'speakerLabel', { maxLength: MAX_SPEAKER_LABEL_LENGTH, optional: true });
  return { text, capture: input.capture, ageBand: input.ageBand ?? AgeBand.NOT_SAID, speakerLabel, consentToQuote: input.consentToQuote };
}

/** Canonical form of a contribution, so a retry can be told from a different payload under the same id. */
function contributionHash(eventId: string, c: CheckedContribution): string {
  return createHash('sha256')
    .update(JSON.stringify({ eventId, text: c.text, capture: c.capture, ageBand: c.ageBand, speakerLabel: c.speakerLabel, consentToQuote: c.consentToQuote }))
    .digest('base64url');
}

type StoredRow = VoiceRow & { payload_hash: string | null };

/** The voice input stored under this client submission id in the actor's organisation, if any. */
async function storedSubmission(em: EntityManager, actor: Actor, clientSubmissionId: string): Promise<StoredRow | undefined> {
  const rows: StoredRow[] = await em
    .getConnection()
    .execute(
      `select ${VOICE_COLUMNS}, v.payload_hash from voice_input v where v.organisation_id = ? and v.client_submission_id = ?`,
      [actor.organisationId, clientSubmissionId],
      'all',
      em.getTransactionContext(),
    );
  return rows[0];
}

/** A retry gets what was stored; a different payload under the same id is CONFLICT. */
function sameSubmission(row: StoredRow, hash: string): VoiceInputView {
  if (row.payload_hash !== hash) {
    throw conflict('Something different was already recorded with this submission id.', { field: 'clientSubmissionId' });
  }
  // The recorder sent these very words: showing them back releases nothing.
  return toVoiceView(row, false, true);
}

/**
 * Records what was said at an event as a voice input (EVENT_CONTRIBUTION, channel EVENT, entered
 * by the actor, source title the event's, service the event's), screened for safeguarding in the
 * same transaction: a flagged text is stored withheld with its concern. The first contribution
 * moves PLANNED → HELD. Exactly once per (organisation, clientSubmissionId), including two
 * copies arriving at once: a retry returns the same VoiceInput; a different payload under the
 * same id is CONFLICT. Errors: BAD_USER_INPUT naming the field (text empty or over 5000,
 * speakerLabel over 100, capture READ_TO_THEM, a malformed clientSubmissionId), NOT_FOUND
 * (another organisation's event), CONFLICT (a closed event). Audited once, when first stored.
 */
export async function recordContribution(em: EntityManager, app: AppState, actor: Actor, input: ContributionInput): Promise<VoiceInputView> {
  const checked = checkContribution(input);
  const hash = contributionHash(input.eventId, checked);
  // A replay from the device's queue: answer without taking the event's lock.
  const earlier = await storedSubmission(em, actor, input.clientSubmissionId);
  if (earlier) return sameSubmission(earlier, hash);

  const [voice] = await screenVoices(em, app, actor.organisationId, [checked.text]);
  const outcome = await em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const trx = tx.getTransactionContext();
    // The event row lock orders contributions with closing the event and with a twin of this
    // submission arriving at the same moment: the twin waits here, then finds this one stored.
    const events: Array<{ id: string; organisation_id: string; status: EventStatus; title: string; service_id: string | null }> = await conn.execute(
      'select id, organisation_id, status, title, service_id from consultation_event where id = ? for update',
      [input.eventId],
      'all',
      trx,
    );
    const event = events[0];
    if (!event || event.organisation_id !== actor.organisationId) throw notFound('Event');
    const twin = await storedSubmission(tx, actor, input.clientSubmissionId);
    if (twin) return { view: sameSubmission(twin, hash), created: false };
    if (event.status === EventStatus.CLOSED || event.status === EventStatus.CANCELLED) {
      throw conflict(
        event.status === EventStatus.CLOSED ? 'This event has been closed, so nothing more can be recorded at it.' : 'This event was cancelled, so nothing can be recorded at it.',
        { field: 'eventId' },
      );
    }
    const id = voice.id;
    const stored = await writeVoice(tx, voice, {
      organisationId: actor.organisationId,
      kind: InputKind.EVENT_CONTRIBUTION,
      ageBand: checked.ageBand,
      channel: Channel.EVENT,
      capture: checked.capture,
      sourceTitle: event.title,
      serviceId: event.service_id,
      eventId: event.id,
      enteredById: actor.accountId,
      clientSubmissionId: input.clientSubmissionId,
      payloadHash: hash,
      speakerLabel: checked.speakerLabel,
      consentToQuote: checked.consentToQuote,
    });
    if (!stored) {
      // The same id was stored meanwhile for another event (a different payload, so CONFLICT).
      const other = await storedSubmission(tx, actor, input.clientSubmissionId);
      if (!other) throw conflict('This submission id is being used for something else; try again.', { field: 'clientSubmissionId' });
      return { view: sameSubmission(other, hash), created: false };
    }
    if (event.status === EventStatus.PLANNED) {
      await conn.execute(`update consultation_event set status = 'HELD' where id = ?`, [event.id], 'run', trx);
    }
    recordAudit(tx, actor, 'recordContribution', tx.getReference(VoiceInput, id), { eventId: event.id });
    await tx.flush();
    const row = await storedSubmission(tx, actor, input.clientSubmissionId);
    return { view: toVoiceView(row!, false, true), created: true };
  });
  if (outcome.created && voice.flag) notifyLeads(em, app, actor.organisationId, 1);
  return outcome.view;
}

/**
 * HELD → CLOSED with the internal report and the plain-words "what we heard" for the people who
 * came, which the public page (/e/<feedbackCode>) then shows. Errors: BAD_USER_INPUT (report or
 * whatWeHeard empty or too long), NOT_FOUND, CONFLICT (already closed, or nothing recorded yet).
 * Audited.
 */
export async function closeEvent(em: EntityManager, actor: Actor, eventId: string, report: string, whatWeHeard: string): Promise<ConsultationEvent> {
  const internal = report.trim();
  const feedback = whatWeHeard.trim();
  if (!internal) throw badInput('report', 'Write the report before closing the event.');
  if (internal.length > MAX_REPORT_LENGTH) throw badInput('report', `Keep the report to ${MAX_REPORT_LENGTH} characters.`);
  if (!feedback) throw badInput('whatWeHeard', 'Write what you heard, for the people who came.');
  if (feedback.length > MAX_WHAT_WE_HEARD_LENGTH) throw badInput('whatWeHeard', `Keep “what we heard” to ${MAX_WHAT_WE_HEARD_LENGTH} characters.`);
  return performAction(em, actor, 'closeEvent', async (tx) => {
    const event = await findEvent(tx, actor, eventId, true);
    if (event.status === EventStatus.CLOSED) throw conflict('This event is already closed.', { field: 'eventId' });
    if (event.status === EventStatus.CANCELLED) throw conflict('This event was cancelled.', { field: 'eventId' });
    if (event.status === EventStatus.PLANNED) {
      throw conflict('Record who came or what was said before closing the event.', { field: 'eventId' });
    }
    event.status = EventStatus.CLOSED;
    event.report = internal;
    event.whatWeHeard = feedback;
    event.closedAt = new Date();
    return event;
  });
}

/** What one voice-quality table counts: contributions by capture and consent, attendance by band. */
interface QualityCounts {
  byCapture: Map<Capture, number>;
  consent: number;
  attendance: Map<string, number>;
}

const share = (count: number | null, total: number): number | null => (count === null || total === 0 ? null : count / total);

/**
 * Voice quality of a service's events and of the service across them, released together: the
 * service's cells are the sums of its events' cells, so all of them are one table for disclosure
 * control. Totals (contributions, attendance) are shown; a count by capture, consent or age band
 * under the organisation's threshold is withheld, with any further count that would let it be
 * worked out — within an event, across events, or from the service's figure (protectCells). An
 * event with no service is a table of its own. Returns the service's view and each event's.
 */
async function protectedQuality(
  em: EntityManager,
  organisationId: string,
  scope: { serviceId: string } | { eventId: string },
): Promise<{ service: VoiceQuality; events: Map<string, VoiceQuality> }> {
  const { suppressionThreshold: threshold } = await organisationSettings(em, organisationId);
  const conn = em.getConnection();
  const events = await conn.execute<Array<{ id: string; attendance: Array<{ ageBand: string; count: number }> }>>(
    `select id, attendance from consultation_event where organisation_id = ? and ${'serviceId' in scope ? 'service_id' : 'id'} = ? order by id`,
    [organisationId, 'serviceId' in scope ? scope.serviceId : scope.eventId],
  );
  const counted = new Map<string, QualityCounts>(
    events.map((e) => [e.id, { byCapture: new Map(), consent: 0, attendance: new Map(e.attendance.map((a) => [a.ageBand, a.count])) }]),
  );
  if (events.length) {
    const rows = await conn.execute<Array<{ event_id: string; capture: Capture; consent_to_quote: boolean; n: number }>>(
      `select event_id, capture, consent_to_quote, count(*)::int as n from voice_input
        where organisation_id = ? and event_id in (?) and not withheld group by event_id, capture, consent_to_quote`,
      [organisationId, events.map((e) => e.id)],
    );
    for (const row of rows) {
      const c = counted.get(row.event_id)!;
      c.byCapture.set(row.capture, (c.byCapture.get(row.capture) ?? 0) + row.n);
      if (row.consent_to_quote) c.consent += row.n;
    }
  }
  const captures = [...new Set([...EVENT_CAPTURES, ...[...counted.values()].flatMap((c) => [...c.byCapture.keys()])])];
  // Each table's cells, named `<table>:<cell>`; the service's table is `s`.
  const parts = ['contributions', 'attendance', 'consent:yes', 'consent:no', ...captures.map((c) => `capture:${c}`), ...AGE_BANDS.map((b) => `band:${b}`)];
  const cellsOf = (c: QualityCounts): Map<string, number> => {
    const contributions = [...c.byCapture.values()].reduce((x, n) => x + n, 0);
    return new Map<string, number>([
      ['contributions', contributions],
      ['attendance', [...c.attendance.values()].reduce((x, n) => x + n, 0)],
      ['consent:yes', c.consent],
      ['consent:no', contributions - c.consent],
      ...captures.map((capture) => [`capture:${capture}`, c.byCapture.get(capture) ?? 0] as [string, number]),
      ...AGE_BANDS.map((band) => [`band:${band}`, c.attendance.get(band) ?? 0] as [string, number]),
    ]);
  };
  const tables = new Map<string, Map<string, number>>(events.map((e) => [`e${e.id}`, cellsOf(counted.get(e.id)!)]));
  const service = new Map(parts.map((cell) => [cell, [...tables.values()].reduce((x, t) => x + t.get(cell)!, 0)]));
  tables.set('s', service);

  const values = new Map<string, number>();
  const sums: Array<{ total: string; parts: string[] }> = [];
  const published = new Set<string>();
  for (const [table, cells] of tables) {
    for (const [cell, n] of cells) values.set(`${table}:${cell}`, n);
    const at = (cell: string) => `${table}:${cell}`;
    sums.push(
      { total: at('contributions'), parts: captures.map((c) => at(`capture:${c}`)) },
      { total: at('contributions'), parts: [at('consent:yes'), at('consent:no')] },
      { total: at('attendance'), parts: AGE_BANDS.map((b) => at(`band:${b}`)) },
    );
    published.add(at('contributions')).add(at('attendance'));
  }
  // The service's every cell is the sum of its events' cells.
  if (events.length) for (const cell of parts) sums.push({ total: `s:${cell}`, parts: events.map((e) => `e${e.id}:${cell}`) });
  const withheld = protectCells({ values, sums }, threshold, published);

  const viewOf = (table: string, eventCount: number): VoiceQuality => {
    const shown = (cell: string) => (withheld.has(`${table}:${cell}`) ? null : values.get(`${table}:${cell}`)!);
    const contributions = values.get(`${table}:contributions`)!;
    const consent = shown('consent:yes');
    return {
      events: eventCount,
      contributions,
      byCapture: EVENT_CAPTURES.map((capture) => {
        const count = shown(`capture:${capture}`);
        return { capture, count, share: share(count, contributions), suppressed: count === null };
      }),
      consentToQuote: consent,
      consentToQuoteShare: share(consent, contributions),
      consentToQuoteSuppressed: consent === null,
      attendance: AGE_BANDS.map((band) => {
        const count = shown(`band:${band}`);
        return { ageBand: band as AgeBand, count, suppressed: count === null };
      }),
      totalAttendance: values.get(`${table}:attendance`)!,
      suppressionThreshold: threshold,
    };
  };
  return { service: viewOf('s', events.length), events: new Map(events.map((e) => [e.id, viewOf(`e${e.id}`, 1)])) };
}

/**
 * Each event's voice quality (the quality field's DataLoader), released together with its service's
 * and the service's other events' ({@link protectedQuality}).
 */
export async function eventsQuality(em: EntityManager, actor: Actor, eventIds: readonly string[]): Promise<VoiceQuality[]> {
  const rows = await em.getConnection().execute<Array<{ id: string; service_id: string | null }>>(
    'select id, service_id from consultation_event where organisation_id = ? and id in (?)',
    [actor.organisationId, eventIds],
  );
  const byEvent = new Map<string, VoiceQuality>();
  const services = new Map<string, Promise<Map<string, VoiceQuality>>>();
  for (const row of rows) {
    const scope = row.service_id ? { serviceId: row.service_id } : { eventId: row.id };
    const key = row.service_id ?? row.id;
    if (!services.has(key)) services.set(key, protectedQuality(em, actor.organisationId, scope).then((q) => q.events));
  }
  for (const row of rows) byEvent.set(row.id, (await services.get(row.service_id ?? row.id)!).get(row.id)!);
  return eventIds.map((id) => {
    const quality = byEvent.get(id);
    if (!quality) throw notFound('Event');
    return quality;
  });
}

/**
 * Voice quality across a service's events, for staff to compare services: the totals (events,
 * contributions, attendance) are shown; counts by capture, consent and attendance by age band
 * under the organisation's threshold are suppressed, with any further count that would let one
 * be worked out from the totals or from the events' own figures ({@link protectedQuality}).
 * NOT_FOUND for another organisation's service.
 */
export async function serviceVoiceQuality(em: EntityManager, actor: Actor, serviceId: string): Promise<VoiceQuality> {
  if (!isUuid(serviceId)) throw notFound('Service');
  const service = await em.findOne(Service, { id: serviceId, organisation: actor.organisationId });
  if (!service) throw notFound('Service');
  return (await protectedQuality(em, actor.organisationId, { serviceId })).service;
}

/**
 * The public "what we heard" page of a closed event, by its feedback code: the title, date and
 * feedback, and only what people agreed could be quoted and is not under safeguarding review —
 * never a speaker label or a name. Null for an unknown code or an event not yet closed.
 */
export async function eventFeedback(em: EntityManager, code: string): Promise<EventFeedback | null> {
  const feedbackCode = normaliseAccessCode(code);
  if (!/^[0-9A-Z]{4,16}$/.test(feedbackCode)) return null;
  await enterOrganisationOf(em, 'event_feedback_code', feedbackCode);
  const conn = em.getConnection();
  const events: Array<{ id: string; title: string; kind: EventFeedback['kind']; starts_at: Date; venue: string | null; what_we_heard: string; service_name: string | null }> =
    await conn.execute(
      `select e.id, e.title, e.kind, e.starts_at, e.venue, e.what_we_heard, s.name as service_name
         from consultation_event e left join service s on s.id = e.service_id
        where e.feedback_code = ? and e.status = 'CLOSED'`,
      [feedbackCode],
    );
  const event = events[0];
  if (!event) return null;
  const quotes: Array<{ text: string; capture: Capture; age_band: AgeBand | null }> = await conn.execute(
    // A public page: only words a practitioner has read when the organisation reviews free text.
    `select v.text, v.capture, v.age_band from voice_input v
      where v.event_id = ? and v.consent_to_quote and ${WORDS_RELEASED_SQL} and v.erased_at is null
      order by v.created_at, v.id limit ?`,
    [event.id, MAX_QUOTES],
  );
  return {
    title: event.title,
    kind: event.kind,
    startsAt: new Date(event.starts_at),
    venue: event.venue,
    serviceName: event.service_name,
    whatWeHeard: event.what_we_heard,
    quotes: quotes.map((q) => ({ text: q.text, capture: q.capture, ageBand: q.age_band })),
  };
}
