import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { Proposal, ProposalStatus } from '../proposals/proposal.entity.js';
import { decideProposal } from '../proposals/proposal.service.js';
import type { Service } from '../services/service.entity.js';
import { actorLabel, changedFields, performAction, recordAudit } from '../shared/audit.js';
import { sameOrganisation } from '../shared/auth.js';
import type { Actor, AppState } from '../shared/context.js';
import { Role } from '../shared/enums.js';
import { badInput, conflict } from '../shared/errors.js';
import { connectionFrom, decodeCursor, pageSize } from '../shared/pagination.js';
import { ownService } from '../services/service.service.js';
import { toVoiceView, VOICE_COLUMNS, type VoiceRow } from '../voices/voice-input.service.js';
import { VoiceInput } from '../voices/voice-input.entity.js';
import {
  ChangeStatus,
  ChangeUpdate,
  Decision,
  DecisionInput,
  DecisionProposal,
  DecisionTheme,
  DecisionVersion,
  Notification,
  Outcome,
  ServiceChange,
} from './decision.entity.js';
import { DECISION_COLUMNS, decisionFromRow, type DecisionRow, type AmendDecisionInput, type DecisionView, type RecordDecisionInput, type RecordServiceChangeInput } from './decision.types.js';
import { evidenceSql } from './evidence.sql.js';
import { notifyFollowers } from './follow.service.js';
import { Theme } from './theme.entity.js';
import { checkCitableInputs, distinctIds } from './theme.service.js';
import { isUuid } from '../shared/input-guard.js';
import { enterOrganisationOf } from '../shared/tenancy.js';

/** A NOT_ADOPTED decision must tell children why not, in more than a word or two. */
export const MIN_WHY_NOT_LENGTH = 20;

/** Outcomes that decide the proposals a decision cites (DEFERRED leaves them as they are). */
const PROPOSAL_STATUS_FOR: Partial<Record<Outcome, ProposalStatus>> = {
  [Outcome.ADOPTED]: ProposalStatus.ACCEPTED,
  [Outcome.ADOPTED_WITH_CHANGES]: ProposalStatus.ACCEPTED_WITH_CHANGES,
  [Outcome.NOT_ADOPTED]: ProposalStatus.NOT_ACCEPTED,
};

/** A decision of the actor's organisation, or NOT_FOUND. */
export async function findDecision(em: EntityManager, actor: Actor, id: string): Promise<Decision> {
  const decision = isUuid(id) ? await em.findOne(Decision, { id }) : null;
  return sameOrganisation(actor, decision, 'Decision');
}

/** One decision of the actor's organisation as shown by the API, or null. */
export async function getDecision(em: EntityManager, actor: Actor, id: string): Promise<DecisionView | null> {
  if (!isUuid(id)) return null;
  const [row] = await em
    .getConnection()
    .execute<DecisionRow[]>(`select ${DECISION_COLUMNS} from decision d where d.id = ? and d.organisation_id = ?`, [id, actor.organisationId]);
  return row ? decisionFromRow(row) : null;
}

/** Decisions about a service: recorded for it, or leading to a change to it. */
const ABOUT_SERVICE = '(d.service_id = ? or exists (select 1 from service_change c where c.decision_id = d.id and c.service_id = ?))';

/** The organisation's decisions, newest first; with a service, those about it. */
export async function listDecisions(em: EntityManager, actor: Actor, serviceId: string | null): Promise<DecisionView[]> {
  const rows = await em
    .getConnection()
    .execute<DecisionRow[]>(
      `select ${DECISION_COLUMNS} from decision d where d.organisation_id = ? ${serviceId ? `and ${ABOUT_SERVICE}` : ''}
        order by d.decided_at desc, d.id desc`,
      serviceId ? [actor.organisationId, serviceId, serviceId] : [actor.organisationId],
    );
  return rows.map(decisionFromRow);
}

/**
 * Public: the published decisions about one service ("you said, we did"), newest first, for
 * whichever organisation the service belongs to. An unknown service has none.
 */
export async function youSaidWeDid(em: EntityManager, serviceId: string): Promise<DecisionView[]> {
  if (!isUuid(serviceId)) return [];
  await enterOrganisationOf(em, 'service', serviceId);
  const rows = await em.getConnection().execute<DecisionRow[]>(
    `select ${DECISION_COLUMNS} from decision d join service s on s.id = ?
      where d.organisation_id = s.organisation_id and d.published and ${ABOUT_SERVICE}
      order by d.decided_at desc, d.id desc`,
    [serviceId, serviceId, serviceId],
  );
  return rows.map(decisionFromRow);
}

/** The latest decision citing each proposal (for `Proposal.decision`), by proposal id. */
export async function latestDecisionsForProposals(em: EntityManager, proposalIds: readonly string[]): Promise<Map<string, DecisionView>> {
  if (proposalIds.length === 0) return new Map();
  const rows = await em.getConnection().execute<Array<DecisionRow & { proposal_id: string }>>(
    `select distinct on (dp.proposal_id) dp.proposal_id, ${DECISION_COLUMNS}
       from decision_proposal dp join decision d on d.id = dp.decision_id
      where dp.proposal_id in (?) order by dp.proposal_id, d.decided_at desc, d.created_at desc`,
    [proposalIds],
  );
  return new Map(rows.map((r) => [r.proposal_id, decisionFromRow(r)]));
}

function required(value: string, field: string, message: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badInput(field, message);
  return trimmed;
}

/** The one service all the cited themes and proposals share, if there is exactly one. */
function sharedService(themes: Theme[], proposals: Proposal[]): Service | null {
  const services = new Map<string, Service>();
  for (const s of [...themes.map((t) => t.service), ...proposals.map((p) => p.service)]) if (s) services.set(s.id, s);
  return services.size === 1 ? [...services.values()][0] : null;
}

/** In-app notices for every active member of each proposal's forum. */
async function notifyForums(tx: EntityManager, proposals: Proposal[], title: (p: Proposal) => string, body: string): Promise<void> {
  const forumIds = [...new Set(proposals.map((p) => p.forum?.id).filter((id): id is string => Boolean(id)))];
  if (forumIds.length === 0) return;
  const members = await tx.find(Account, { forum: { $in: forumIds }, role: Role.FORUM_MEMBER, deactivatedAt: null });
  for (const p of proposals) {
    for (const m of members.filter((a) => a.forum?.id === p.forum?.id)) {
      const notice = new Notification(m, title(p), body);
      notice.link = `/forum/proposals/${p.id}`;
      tx.persist(notice);
    }
  }
}

/**
 * Records a decision with its rationale, outcome and "you said, we did" text, and links it to the
 * themes, proposals and individual inputs it rests on (each link a row with who made it and when).
 * A NOT_ADOPTED decision needs a rationale that says why not (at least 20 characters). Every cited
 * record must belong to the actor's organisation (BAD_USER_INPUT naming `themeIds.i` etc.);
 * withheld inputs cannot be cited. Each cited proposal moves to ACCEPTED, ACCEPTED_WITH_CHANGES or
 * NOT_ACCEPTED, which needs its vote closed (or, for a proposal that goes to no forum, a draft),
 * else CONFLICT naming `proposalIds.i`; DEFERRED leaves it as it is. Its forum's members get an in-app notice, and people who
 * asked to follow a cited response by email are told. The decision, links, status moves and
 * notices are one transaction, audited (recordDecision, and decideProposal per proposal).
 */
export async function recordDecision(em: EntityManager, actor: Actor, app: AppState | null, input: RecordDecisionInput): Promise<Decision> {
  const fields = {
    title: required(input.title, 'title', 'Enter a title.'),
    summary: required(input.summary, 'summary', 'Say what was decided.'),
    rationale: required(input.rationale, 'rationale', 'Say why.'),
    outcome: input.outcome,
    decidedAt: input.decidedAt,
    decidedBy: required(input.decidedBy, 'decidedBy', 'Say who decided.'),
    youSaidWeDid: required(input.youSaidWeDid, 'youSaidWeDid', 'Write “you said, we did” in plain words.'),
  };
  if (fields.outcome === Outcome.NOT_ADOPTED && fields.rationale.length < MIN_WHY_NOT_LENGTH) {
    throw badInput('rationale', `Say why it was not adopted, in at least ${MIN_WHY_NOT_LENGTH} characters: children are told why not.`);
  }
  if (Number.isNaN(fields.decidedAt.getTime()) || fields.decidedAt.getTime() > Date.now() + 24 * 3600_000) {
    throw badInput('decidedAt', 'The decision date cannot be in the future.');
  }
  const themeIds = distinctIds(input.themeIds, 'themeIds');
  const proposalIds = distinctIds(input.proposalIds, 'proposalIds');
  const inputIds = distinctIds(input.inputIds, 'inputIds');
  const followers: string[] = [];

  const decision = await performAction(
    em,
    actor,
    'recordDecision',
    async (tx) => {
      const by = tx.getReference(Account, actor.accountId);
      const themes = themeIds.length ? await tx.find(Theme, { id: { $in: themeIds }, organisation: actor.organisationId }) : [];
      themeIds.forEach((id, i) => {
        if (!themes.some((t) => t.id === id)) throw badInput(`themeIds.${i}`, 'That theme was not found.');
      });
      // Locked, so two decisions recorded at once cannot both move the same proposal.
      const proposals = proposalIds.length
        ? await tx.find(Proposal, { id: { $in: proposalIds }, organisation: actor.organisationId }, { lockMode: LockMode.PESSIMISTIC_WRITE })
        : [];
      const ordered = proposalIds.map((id, i) => {
        const p = proposals.find((x) => x.id === id);
        if (!p) throw badInput(`proposalIds.${i}`, 'That proposal was not found.');
        return p;
      });
      await checkCitableInputs(tx, actor, inputIds, 'inputIds');
      const service = input.serviceId ? await ownService(tx, actor, input.serviceId) : sharedService(themes, proposals);

      const d = new Decision(tx.getReference(Organisation, actor.organisationId), by, fields);
      d.service = service;
      d.published = input.published ?? true;
      tx.persist(d);
      for (const t of themes) tx.persist(new DecisionTheme(d, t, by));
      for (const id of inputIds) tx.persist(new DecisionInput(d, tx.getReference(VoiceInput, id), by));
      ordered.forEach((p, i) => {
        tx.persist(new DecisionProposal(d, p, by));
        try {
          // The proposal lifecycle's own rule: decided once its vote has closed (or, with no
          // forum, from draft); DEFERRED leaves it as it is.
          decideProposal(p, fields.outcome);
        } catch (e: any) {
          if (e?.extensions?.code === 'CONFLICT') throw conflict(`“${p.title}”: ${e.message}`, { field: `proposalIds.${i}` });
          throw e;
        }
        if (PROPOSAL_STATUS_FOR[fields.outcome]) recordAudit(tx, actor, 'decideProposal', p, { decisionId: d.id, status: p.status });
      });
      await notifyForums(tx, proposals, (p) => `A decision on “${p.title}”`, fields.youSaidWeDid);
      if (d.published) followers.push(d.id);
      return d;
    },
    { themeIds, proposalIds, inputIds, outcome: fields.outcome, published: input.published ?? true },
  );
  // Email goes out after the commit: a failed send must not undo the decision.
  if (app && followers.length) await notifyFollowers(em, app, decision.id, 'decision');
  return decision;
}

/** Moves the decision's accepted proposals to IMPLEMENTED and tells their forums. Audited per proposal. */
async function implementProposals(tx: EntityManager, actor: Actor, change: ServiceChange): Promise<void> {
  const links = await tx.find(DecisionProposal, { decision: change.decision.id }, { populate: ['proposal'] });
  const moved: Proposal[] = [];
  for (const { proposal } of links) {
    if (proposal.status === ProposalStatus.ACCEPTED || proposal.status === ProposalStatus.ACCEPTED_WITH_CHANGES) {
      proposal.status = ProposalStatus.IMPLEMENTED;
      recordAudit(tx, actor, 'implementProposal', proposal, { changeId: change.id, decisionId: change.decision.id });
      moved.push(proposal);
    }
  }
  await notifyForums(tx, moved, (p) => `It’s done: “${p.title}”`, change.title);
}

/**
 * Records a service change that follows a decision, for one of the organisation's services, with
 * its first dated update. It may start PLANNED, IN_PROGRESS or DONE (not DROPPED: dropping needs a
 * reason, given with updateServiceChange). Starting DONE moves the decision's accepted proposals to
 * IMPLEMENTED. Another organisation's decision is NOT_FOUND. Audited.
 */
export async function recordServiceChange(em: EntityManager, actor: Actor, app: AppState | null, input: RecordServiceChangeInput): Promise<ServiceChange> {
  const title = required(input.title, 'title', 'Enter a title.');
  const description = required(input.description, 'description', 'Describe the change.');
  if (input.status === ChangeStatus.DROPPED) {
    throw badInput('status', 'A new change cannot start as dropped: record it, then drop it with a reason.');
  }
  const change = await performAction(em, actor, 'recordServiceChange', async (tx) => {
    const decision = await findDecision(tx, actor, input.decisionId);
    const service = (await ownService(tx, actor, input.serviceId))!;
    const by = tx.getReference(Account, actor.accountId);
    const c = new ServiceChange(tx.getReference(Organisation, actor.organisationId), decision, service, by, { title, description, status: input.status });
    tx.persist(c);
    tx.persist(new ChangeUpdate(c, input.status, '', by));
    if (input.status === ChangeStatus.DONE) await implementProposals(tx, actor, c);
    return c;
  });
  if (app && change.status === ChangeStatus.DONE) await notifyFollowers(em, app, change.decision.id, 'done', change.title);
  return change;
}

/** Where a change may go from each status: notes on the way, never back to planned, nothing after the end. */
const NEXT: Record<ChangeStatus, ChangeStatus[]> = {
  [ChangeStatus.PLANNED]: [ChangeStatus.PLANNED, ChangeStatus.IN_PROGRESS, ChangeStatus.DONE, ChangeStatus.DROPPED],
  [ChangeStatus.IN_PROGRESS]: [ChangeStatus.IN_PROGRESS, ChangeStatus.DONE, ChangeStatus.DROPPED],
  [ChangeStatus.DONE]: [],
  [ChangeStatus.DROPPED]: [],
};

/**
 * Adds a dated update with a note to a service change and moves its status: PLANNED →
 * IN_PROGRESS → DONE, or DROPPED (the note is the reason); a note without a move keeps the status.
 * DONE and DROPPED are final (CONFLICT). DONE moves the decision's accepted proposals to
 * IMPLEMENTED. Another organisation's change is NOT_FOUND. Audited.
 */
export async function updateServiceChange(em: EntityManager, actor: Actor, app: AppState | null, id: string, status: ChangeStatus, note: string): Promise<ServiceChange> {
  const text = note.trim();
  if (!text) throw badInput('note', status === ChangeStatus.DROPPED ? 'Say why the change was dropped.' : 'Add a note about this update.');
  if (text.length > 4000) throw badInput('note', 'The note must be at most 4000 characters.');
  const change = await performAction(
    em,
    actor,
    'updateServiceChange',
    async (tx) => {
      const c = isUuid(id) ? await tx.findOne(ServiceChange, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      sameOrganisation(actor, c, 'Service change');
      if (!NEXT[c!.status].includes(status)) {
        throw conflict(
          NEXT[c!.status].length ? `A change that is ${c!.status} cannot go back to ${status}.` : `This change is ${c!.status}, so it cannot be updated any more.`,
          { field: 'status' },
        );
      }
      const becameDone = status === ChangeStatus.DONE;
      c!.status = status;
      tx.persist(new ChangeUpdate(c!, status, text, tx.getReference(Account, actor.accountId)));
      if (becameDone) await implementProposals(tx, actor, c!);
      return c!;
    },
    { status, note: text },
  );
  if (app && status === ChangeStatus.DONE) await notifyFollowers(em, app, change.decision.id, 'done', change.title);
  return change;
}

/**
 * The voice inputs a decision rests on (evidenceSql: cited, via its themes, via its proposals'
 * themes, said on its proposals), newest first and paged; withheld words are null.
 */
export async function decisionEvidence(em: EntityManager, actor: Actor, decisionId: string, first: number | null, after: string | null) {
  const size = pageSize(first);
  const cursor = decodeCursor(after);
  const conn = em.getConnection();
  const scope = `v.organisation_id = ? and v.id in (select input_id from (${evidenceSql('= ?')}) e)`;
  const params = [actor.organisationId, decisionId, decisionId, decisionId, decisionId];
  const [rows, [total]] = await Promise.all([
    conn.execute<VoiceRow[]>(
      `select ${VOICE_COLUMNS} from voice_input v where ${scope} ${cursor ? 'and (v.created_at, v.id) < (?, ?)' : ''}
        order by v.created_at desc, v.id desc limit ?`,
      [...params, ...(cursor ? [cursor.at, cursor.id] : []), size + 1],
    ),
    conn.execute<Array<{ n: number }>>(`select count(*)::int as n from voice_input v where ${scope}`, params),
  ]);
  return { ...connectionFrom(rows, size, (r) => ({ at: new Date(r.created_at), id: r.id }), (r) => toVoiceView(r)), totalCount: total.n };
}

/**
 * Amends a decision (a correction, or a board revisiting it): only the fields given change, and
 * the decision as it stood before is kept as a version with who amended it, when and why
 * (`history`). Receipts and "you said, we did" show the current version with "updated on". The
 * same rules as recording apply to the result (NOT_ADOPTED needs a rationale of 20 characters).
 * The outcome of a decision that decided proposals cannot change here (CONFLICT on
 * `input.outcome`): their forums were told, so a new decision is recorded instead. Errors:
 * BAD_USER_INPUT (`reason` empty, nothing changed, a field emptied), NOT_FOUND. Audited with the
 * changed fields before and after and the reason.
 */
export async function amendDecision(em: EntityManager, actor: Actor, id: string, input: AmendDecisionInput, reason: string): Promise<Decision> {
  const why = reason.trim();
  if (!why) throw badInput('reason', 'Say why the decision is being amended.');
  if (why.length > 2000) throw badInput('reason', 'Keep the reason to 2000 characters.');
  const texts = ['title', 'summary', 'rationale', 'youSaidWeDid'] as const;
  for (const field of texts) {
    if (input[field] === null || (input[field] != null && !input[field]!.trim())) throw badInput(`input.${field}`, 'This cannot be empty.');
  }
  if (input.outcome === null) throw badInput('input.outcome', 'Choose an outcome.');
  const details: Record<string, unknown> = { reason: why };
  return performAction(
    em,
    actor,
    'amendDecision',
    async (tx) => {
      const d = await findDecision(tx, actor, id);
      await tx.lock(d, LockMode.PESSIMISTIC_WRITE);
      const snapshot = () => ({ title: d.title, summary: d.summary, rationale: d.rationale, outcome: d.outcome, youSaidWeDid: d.youSaidWeDid, published: d.published });
      const before = snapshot();
      const version = new DecisionVersion(d, new Date(), actorLabel(actor), why);
      for (const field of texts) if (input[field] != null) d[field] = input[field]!.trim();
      if (input.outcome) d.outcome = input.outcome;
      if (input.published != null) d.published = input.published;
      const diff = changedFields(before, snapshot());
      if (Object.keys(diff.after).length === 0) throw badInput('input', 'Nothing was changed.');
      if (d.outcome === Outcome.NOT_ADOPTED && d.rationale.length < MIN_WHY_NOT_LENGTH) {
        throw badInput('input.rationale', `Say why it was not adopted, in at least ${MIN_WHY_NOT_LENGTH} characters: children are told why not.`);
      }
      if ('outcome' in diff.after && (await tx.count(DecisionProposal, { decision: d.id }))) {
        throw conflict('This decision decided proposals and their forums were told: record a new decision to change the outcome.', { field: 'input.outcome' });
      }
      version.at = new Date();
      d.amendedAt = version.at;
      tx.persist(version);
      Object.assign(details, diff);
      return d;
    },
    details,
  );
}

/** Earlier versions of each decision, newest first (for `Decision.history`). */
export async function decisionHistories(em: EntityManager, decisionIds: readonly string[]): Promise<DecisionVersion[][]> {
  const versions = await em.find(DecisionVersion, { decision: { $in: [...decisionIds] } }, { orderBy: { at: 'desc', id: 'desc' } });
  return decisionIds.map((id) => versions.filter((v) => v.decision.id === id));
}
