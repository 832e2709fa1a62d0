import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { actorLabel, performAction, recordAudit } from '../shared/audit.js';
import { sameOrganisation } from '../shared/auth.js';
import type { Actor, AppState } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { badInput, conflict, notFound } from '../shared/errors.js';
import { layersOf } from '../voices/screening/layers.js';
import { toVoiceView, VOICE_COLUMNS, type VoiceRow } from '../voices/voice-input.service.js';
import { VoiceInput } from '../voices/voice-input.entity.js';
import { ConcernNote, ConcernSeverity, ConcernStatus, SafeguardingConcern } from '../voices/concern.entity.js';
import type { SafeguardingConcernView } from './concern.types.js';
import { notifyLeads } from '../voices/voice-writer.js';
import { dueByFor } from '../voices/screening/screen-inputs.js';
import { isUuid } from '../shared/input-guard.js';

const STATUS_ORDER: Record<ConcernStatus, number> = { OPEN: 0, ACKNOWLEDGED: 1, REFERRED: 2, CLOSED: 3 };

function limited(field: string, text: string | null | undefined, max: number, required = false): string | null {
  const value = text?.trim() ?? '';
  if (required && !value) throw badInput(field, 'Write a note.');
  if (value.length > max) throw badInput(field, `Keep it to ${max} characters.`);
  return value || null;
}

/**
 * The organisation's safeguarding queue: open concerns first, then by deadline. A safeguarding lead
 * sees the withheld words, and each such view is audited; an ADMIN (oversight) sees the queue's
 * states and deadlines, not the words nor the lead's notes, referral or matched rules.
 */
export async function listConcerns(em: EntityManager, actor: Actor, status: ConcernStatus | null, showWords = true): Promise<SafeguardingConcernView[]> {
  // Every open concern, always: one that has not been read yet is never cut to make room. The rest
  // (being handled, or closed) fill up to QUEUE_REST after them, soonest deadline first.
  const organisation = actor.organisationId;
  const [open, rest] = await Promise.all([
    !status || status === ConcernStatus.OPEN ? em.find(SafeguardingConcern, { organisation, status: ConcernStatus.OPEN }, { orderBy: { dueBy: 'asc', id: 'asc' } }) : [],
    status !== ConcernStatus.OPEN
      ? em.getConnection().execute<Array<{ id: string }>>(
          `select id from safeguarding_concern where organisation_id = ? and status <> 'OPEN' ${status ? 'and status = ?' : ''}
            order by array_position(array['ACKNOWLEDGED','REFERRED','CLOSED']::concern_status[], status), due_by, id limit ${QUEUE_REST}`,
          status ? [organisation, status] : [organisation],
        )
      : [],
  ]);
  const others = rest.length ? await em.find(SafeguardingConcern, { id: { $in: rest.map((r) => r.id) } }) : [];
  others.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.dueBy.getTime() - b.dueBy.getTime() || a.id.localeCompare(b.id));
  return views(em, actor, [...open, ...others], showWords);
}

/** How many concerns past the open ones the queue lists. */
const QUEUE_REST = 500;

/**
 * One concern of the organisation's queue, for its own page: NOT_FOUND when it is another
 * organisation's. A lead's view of withheld words is audited, as in the list.
 */
export async function getConcern(em: EntityManager, actor: Actor, id: string, showWords = true): Promise<SafeguardingConcernView> {
  // A mistyped address is not found, rather than a database error about the id's format.
  if (!isUuid(id)) throw notFound('Concern');
  return (await views(em, actor, [await findConcern(em, actor, id)], showWords))[0];
}

/**
 * Builds the views of some concerns with their inputs and notes in two queries. A lead sees the
 * words when the caller asks for them (`showWords`), and each such view is audited.
 */
async function views(em: EntityManager, actor: Actor, concerns: SafeguardingConcern[], showWords = true): Promise<SafeguardingConcernView[]> {
  if (!concerns.length) return [];
  const conn = em.getConnection();
  const inputIds = concerns.map((c) => c.input.id);
  const [inputs, notes] = await Promise.all([
    conn.execute<VoiceRow[]>(`select ${VOICE_COLUMNS} from voice_input v where v.id in (?)`, [inputIds]),
    em.find(ConcernNote, { concern: { $in: concerns.map((c) => c.id) } }, { orderBy: { at: 'asc' } }),
  ]);
  const byId = new Map(inputs.map((r) => [r.id, r]));
  // The lead's working record (notes, the referral, what screening matched) is the leads' alone:
  // an admin overseeing the queue, or staff who flagged an input, see that a concern exists and
  // its deadline, not what the lead wrote.
  const lead = actor.role === Role.SAFEGUARDING_LEAD;
  const reveal = lead && showWords;
  if (reveal) {
    // Every view of withheld words is audited, one row per concern shown.
    for (const concern of concerns) if (byId.get(concern.input.id)?.withheld) recordAudit(em, actor, 'viewWithheldText', concern);
    await em.flush();
  }
  const now = Date.now();
  return concerns.map((c) => ({
    id: c.id,
    status: c.status,
    severity: c.severity,
    raisedAt: c.raisedAt,
    dueBy: c.dueBy,
    overdue: c.status === ConcernStatus.OPEN && c.dueBy.getTime() < now,
    input: toVoiceView(byId.get(c.input.id)!, reveal),
    raisedBy: c.raisedBy,
    matchedRules: lead ? c.matchedRules : [],
    screeningLayers: lead && c.raisedBy === 'SCREENING' ? layersOf(c.matchedRules) : [],
    escalatedAt: c.escalatedAt,
    referralReference: lead ? c.referralReference : null,
    notes: lead ? notes.filter((n) => n.concern.id === c.id).map((n) => ({ at: n.at, author: n.author, text: n.text })) : [],
  }));
}

async function findConcern(em: EntityManager, actor: Actor, id: string): Promise<SafeguardingConcern> {
  return sameOrganisation(actor, await em.findOne(SafeguardingConcern, { id }), 'Concern');
}

function addNote(em: EntityManager, actor: Actor, concern: SafeguardingConcern, text: string): void {
  const note = new ConcernNote(concern, actorLabel(actor), text);
  note.authorAccount = em.getReference(Account, actor.accountId);
  em.persist(note);
}

/** Applies a status change with its note, refusing moves the queue does not allow (CONFLICT). Audited. */
async function transition(
  em: EntityManager,
  actor: Actor,
  id: string,
  action: string,
  from: ConcernStatus[],
  apply: (concern: SafeguardingConcern, tx: EntityManager) => Promise<string> | string,
): Promise<SafeguardingConcernView> {
  const concern = await performAction(em, actor, action, async (tx) => {
    const c = await findConcern(tx, actor, id);
    if (!from.includes(c.status)) throw conflict(`This concern is ${c.status.toLowerCase()}, so it cannot be changed that way.`, { field: 'id' });
    addNote(tx, actor, c, await apply(c, tx));
    return c;
  });
  return (await views(em, actor, [concern]))[0];
}

/** OPEN → ACKNOWLEDGED: a lead has read it and is acting. */
export function acknowledgeConcern(em: EntityManager, actor: Actor, id: string, note: string | null): Promise<SafeguardingConcernView> {
  const text = limited('note', note, 4000);
  return transition(em, actor, id, 'acknowledgeConcern', [ConcernStatus.OPEN], (c) => {
    c.status = ConcernStatus.ACKNOWLEDGED;
    c.acknowledgedAt = new Date();
    return text ? `Acknowledged: ${text}` : 'Acknowledged.';
  });
}

/** OPEN or ACKNOWLEDGED → REFERRED, with the referral reference (e.g. from the MASH or police). */
export function referConcern(em: EntityManager, actor: Actor, id: string, reference: string, note: string | null): Promise<SafeguardingConcernView> {
  const ref = limited('reference', reference, 200, true)!;
  const text = limited('note', note, 4000);
  return transition(em, actor, id, 'referConcern', [ConcernStatus.OPEN, ConcernStatus.ACKNOWLEDGED], (c) => {
    c.status = ConcernStatus.REFERRED;
    c.referralReference = ref;
    c.referredAt = new Date();
    c.acknowledgedAt ??= c.referredAt;
    return `Referred (${ref})${text ? `: ${text}` : '.'}`;
  });
}

/**
 * Any open state → CLOSED with an outcome note. The words stay withheld unless the lead releases
 * them (a screening false positive), which puts them back into results and themes.
 */
export function closeConcern(em: EntityManager, actor: Actor, id: string, note: string, release: boolean): Promise<SafeguardingConcernView> {
  const text = limited('note', note, 4000, true)!;
  return transition(em, actor, id, 'closeConcern', [ConcernStatus.OPEN, ConcernStatus.ACKNOWLEDGED, ConcernStatus.REFERRED], async (c, tx) => {
    c.status = ConcernStatus.CLOSED;
    c.closedAt = new Date();
    c.acknowledgedAt ??= c.closedAt;
    if (release) {
      const input = await tx.findOneOrFail(VoiceInput, c.input.id);
      input.withheld = false;
      recordAudit(tx, actor, 'releaseWithheldText', input);
    }
    return `Closed${release ? ' and the words released' : ''}: ${text}`;
  });
}

/**
 * A member of staff who reads a worrying text raises a concern by hand: the words are withheld at
 * once and the leads told. If the input already has an unclosed concern, the note is added to it
 * (the database keeps one unclosed concern per input, even when two flags race). A lead gets the
 * concern back whole; anyone else only its id, status, severity, when it was raised and its
 * deadline (no notes, referral or matched rules), and the words withheld.
 */
export async function flagInput(em: EntityManager, actor: Actor, app: AppState, inputId: string, note: string): Promise<SafeguardingConcernView> {
  const text = limited('note', note, 4000, true)!;
  let raised = false;
  const flag = () => performAction(em, actor, 'flagInput', async (tx) => {
    const input = await tx.findOne(VoiceInput, { id: inputId });
    if (!input || input.organisation.id !== actor.organisationId) throw notFound('Voice input');
    const open = await tx.findOne(SafeguardingConcern, { input, status: { $ne: ConcernStatus.CLOSED } });
    if (open) {
      addNote(tx, actor, open, `Flagged again: ${text}`);
      return open;
    }
    const organisation = await tx.findOneOrFail(Organisation, actor.organisationId);
    const c = new SafeguardingConcern(
      organisation,
      input,
      ConcernSeverity.HIGH,
      dueByFor(ConcernSeverity.HIGH, new Date(), {
        high_concern_due_minutes: organisation.highConcernDueMinutes,
        medium_concern_due_working_days: organisation.mediumConcernDueWorkingDays,
      }),
      actor.displayName ?? actorLabel(actor),
    );
    c.raisedByAccount = tx.getReference(Account, actor.accountId);
    c.matchedRules = ['FLAGGED_BY_STAFF'];
    input.withheld = true;
    tx.persist(c);
    addNote(tx, actor, c, `Flagged: ${text}`);
    raised = true;
    return c;
  });
  // Two flags at once both find no open concern; the partial unique index
  // (safeguarding_concern_one_open_per_input) lets one open it, and the other, run again, adds its
  // note to that one.
  const concern = await flag().catch((error) => {
    if (!(error instanceof UniqueConstraintViolationException)) throw error;
    raised = false;
    return flag();
  });
  if (raised) notifyLeads(em, app, actor.organisationId, 1);
  return (await views(em, actor, [concern]))[0];
}

/** How many concerns are past their deadline without acknowledgement (for the leads' home page). */
export async function overdueCount(em: EntityManager, actor: Actor): Promise<number> {
  return em.count(SafeguardingConcern, { organisation: actor.organisationId, status: ConcernStatus.OPEN, dueBy: { $lt: new Date() } });
}
