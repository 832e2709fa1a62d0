import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { actorLabel, performAction, recordAudit } from '../shared/audit.js';
import { sameOrganisation } from '../shared/auth.js';
import type { Actor, AppState } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { badInput, conflict, notFound } from '../shared/errors.js';
import { toVoiceView, VOICE_COLUMNS, type VoiceRow } from '../voices/voice-input.service.js';
import { VoiceInput } from '../voices/voice-input.entity.js';
import { ConcernNote, ConcernSeverity, ConcernStatus, SafeguardingConcern } from '../voices/concern.entity.js';
import type { SafeguardingConcernView } from './concern.types.js';
import { notifyLeads } from '../voices/voice-writer.js';
import { dueByFor } from '../voices/screening/screen-inputs.js';

const STATUS_ORDER: Record<ConcernStatus, number> = { OPEN: 0, ACKNOWLEDGED: 1, REFERRED: 2, CLOSED: 3 };

function limited(field: string, text: string | null | undefined, max: number, required = false): string | null {
  const value = text?.trim() ?? '';
  if (required && !value) throw badInput(field, 'Write a note.');
  if (value.length > max) throw badInput(field, `Keep it to ${max} characters.`);
  return value || null;
}

/**
 * The organisation's safeguarding queue: open concerns first, then by deadline. A safeguarding lead
 * sees the withheld words, and each such view is audited; an ADMIN (oversight) sees everything but
 * the words.
 */
export async function listConcerns(em: EntityManager, actor: Actor, status: ConcernStatus | null, showWords = true): Promise<SafeguardingConcernView[]> {
  const concerns = await em.find(
    SafeguardingConcern,
    { organisation: actor.organisationId, ...(status ? { status } : {}) },
    { orderBy: { dueBy: 'asc' }, limit: 500 },
  );
  concerns.sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.dueBy.getTime() - b.dueBy.getTime());
  return views(em, actor, concerns, showWords);
}

/**
 * One concern of the organisation's queue, for its own page: NOT_FOUND when it is another
 * organisation's. A lead's view of withheld words is audited, as in the list.
 */
export async function getConcern(em: EntityManager, actor: Actor, id: string, showWords = true): Promise<SafeguardingConcernView> {
  // A mistyped address is not found, rather than a database error about the id's format.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) throw notFound('Concern');
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
  const reveal = actor.role === Role.SAFEGUARDING_LEAD && showWords;
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
    matchedRules: c.matchedRules,
    referralReference: c.referralReference,
    notes: notes.filter((n) => n.concern.id === c.id).map((n) => ({ at: n.at, author: n.author, text: n.text })),
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
 * once and the leads told. If the input already has an unclosed concern, the note is added to it.
 */
export async function flagInput(em: EntityManager, actor: Actor, app: AppState, inputId: string, note: string): Promise<SafeguardingConcernView> {
  const text = limited('note', note, 4000, true)!;
  let raised = false;
  const concern = await performAction(em, actor, 'flagInput', async (tx) => {
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
  if (raised) notifyLeads(em, app, actor.organisationId, 1);
  return (await views(em, actor, [concern]))[0];
}

/** How many concerns are past their deadline without acknowledgement (for the leads' home page). */
export async function overdueCount(em: EntityManager, actor: Actor): Promise<number> {
  return em.count(SafeguardingConcern, { organisation: actor.organisationId, status: ConcernStatus.OPEN, dueBy: { $lt: new Date() } });
}
