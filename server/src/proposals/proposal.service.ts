import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { normaliseVoice, notifyLeads, screenVoices, writeVoice, type ScreenedVoice } from '../voices/voice-writer.js';
import { performAction } from '../shared/audit.js';
import type { Actor, AppState } from '../shared/context.js';
import { type AgeBand, Capture, Channel, InputKind, Role, isStaff } from '../shared/enums.js';
import { badInput, conflict, notFound } from '../shared/errors.js';
import { Service } from '../services/service.entity.js';
import { ownService } from '../services/service.service.js';
import type { Theme } from '../trace/theme.entity.js';
import { VoiceInput } from '../voices/voice-input.entity.js';
import { Forum } from './forum.entity.js';
import type { CreateProposalInput } from './proposal.inputs.js';
import { Proposal, ProposalComment, ProposalStatus, ProposalTheme, VoteChoice } from './proposal.entity.js';
import { isUuid } from '../shared/input-guard.js';

const S = ProposalStatus;
/** Longest a vote may stay open. */
const MAX_VOTING_DAYS = 366;
/** Limits on a member's words (also declared on the GraphQL arguments). */
const MAX_REASON_LENGTH = 1000;
const MAX_COMMENT_LENGTH = 2000;

const DECIDED = [S.ACCEPTED, S.ACCEPTED_WITH_CHANGES, S.NOT_ACCEPTED] as const;

/**
 * The lifecycle, as a table: DRAFT → OPEN_FOR_VOTING → VOTING_CLOSED → decided → IMPLEMENTED, or
 * WITHDRAWN before a decision. A draft that goes to no forum may be decided without a vote.
 */
const NEXT: Record<ProposalStatus, readonly ProposalStatus[]> = {
  [S.DRAFT]: [S.OPEN_FOR_VOTING, S.WITHDRAWN, ...DECIDED],
  [S.OPEN_FOR_VOTING]: [S.VOTING_CLOSED, S.WITHDRAWN],
  [S.VOTING_CLOSED]: [...DECIDED, S.WITHDRAWN],
  [S.ACCEPTED]: [S.IMPLEMENTED],
  [S.ACCEPTED_WITH_CHANGES]: [S.IMPLEMENTED],
  [S.NOT_ACCEPTED]: [],
  [S.IMPLEMENTED]: [],
  [S.WITHDRAWN]: [],
};

const STATE_WORDS: Record<ProposalStatus, string> = {
  [S.DRAFT]: 'a draft',
  [S.OPEN_FOR_VOTING]: 'open for voting',
  [S.VOTING_CLOSED]: 'closed for voting',
  [S.ACCEPTED]: 'accepted',
  [S.ACCEPTED_WITH_CHANGES]: 'accepted with changes',
  [S.NOT_ACCEPTED]: 'not accepted',
  [S.IMPLEMENTED]: 'implemented',
  [S.WITHDRAWN]: 'withdrawn',
};

const ACTION_WORDS: Record<ProposalStatus, string> = {
  [S.DRAFT]: 'made a draft again',
  [S.OPEN_FOR_VOTING]: 'opened for voting',
  [S.VOTING_CLOSED]: 'closed for voting',
  [S.ACCEPTED]: 'decided',
  [S.ACCEPTED_WITH_CHANGES]: 'decided',
  [S.NOT_ACCEPTED]: 'decided',
  [S.IMPLEMENTED]: 'marked as implemented',
  [S.WITHDRAWN]: 'withdrawn',
};

/** What a proposal's status is now: an open vote past its closing time has closed. */
export function effectiveStatus(proposal: Pick<Proposal, 'status' | 'votingClosesAt'>, now = Date.now()): ProposalStatus {
  if (proposal.status === S.OPEN_FOR_VOTING && proposal.votingClosesAt && proposal.votingClosesAt.getTime() <= now) return S.VOTING_CLOSED;
  return proposal.status;
}

/** When voting closed, counting a lapsed vote as closed at its closing time; null while open or never opened. */
export function closedAt(proposal: Pick<Proposal, 'status' | 'votingClosesAt' | 'votingClosedAt'>): Date | null {
  if (proposal.votingClosedAt) return proposal.votingClosedAt;
  return effectiveStatus(proposal) === S.VOTING_CLOSED ? proposal.votingClosesAt : null;
}

/** Moves a proposal to `to`, or refuses with CONFLICT naming where it is now. */
function transition(proposal: Proposal, to: ProposalStatus): void {
  const from = effectiveStatus(proposal);
  const decidingWithoutVote = from === S.DRAFT && (DECIDED as readonly ProposalStatus[]).includes(to) && proposal.forum !== null;
  if (!NEXT[from].includes(to) || decidingWithoutVote) {
    const why = decidingWithoutVote ? ' before its forum has voted' : '';
    throw conflict(`This proposal is ${STATE_WORDS[from]}, so it cannot be ${ACTION_WORDS[to]}${why}.`, { field: 'proposalId', status: from });
  }
  proposal.status = to;
}

/**
 * Closes, in the database, every open vote in scope whose closing time has passed, with an audit
 * row by "system" for each: a vote closes "by time" the first time anyone looks after it.
 */
export async function closeLapsedVotes(em: EntityManager, scope: { organisationId: string } | { proposalId: string }): Promise<void> {
  const [column, value] = 'proposalId' in scope ? ['id', scope.proposalId] : ['organisation_id', scope.organisationId];
  await em.getConnection().execute(
    `with closed as (
       update proposal set status = 'VOTING_CLOSED', voting_closed_at = voting_closes_at
        where ${column} = ? and status = 'OPEN_FOR_VOTING' and voting_closes_at <= now()
       returning id, organisation_id
     )
     insert into audit_entry (id, organisation_id, actor_id, actor, action, target_type, target_id, details, at)
     select gen_random_uuid(), organisation_id, null, 'system', 'closeVoting', 'Proposal', id, '{"by":"closing time"}'::jsonb, now() from closed`,
    [value],
    'run',
    em.getTransactionContext(),
  );
}

/** The forum of a forum member (null for anyone else, or a member of no forum). */
async function forumOf(em: EntityManager, actor: Actor): Promise<string | null> {
  if (actor.role !== Role.FORUM_MEMBER) return null;
  const rows: Array<{ forum_id: string | null }> = await em.getConnection().execute('select forum_id from account where id = ?', [actor.accountId]);
  return rows[0]?.forum_id ?? null;
}

/** Whether a forum member may see a proposal: their forum's, once it has gone to them. */
function visibleToMember(proposal: Proposal, forumId: string | null): boolean {
  if (!forumId || proposal.forum?.id !== forumId) return false;
  if (proposal.status === S.DRAFT) return false;
  return proposal.status !== S.WITHDRAWN || proposal.votingOpenedAt !== null;
}

/**
 * A proposal the actor may see: staff, any of their organisation's; a forum member, their forum's
 * once it has gone to them (never a draft). Anything else is NOT_FOUND. Lapsed votes close first.
 */
export async function findProposal(em: EntityManager, actor: Actor, id: string, what = 'Proposal'): Promise<Proposal> {
  if (!isUuid(id)) throw notFound(what);
  await closeLapsedVotes(em, { proposalId: id });
  const proposal = await em.findOne(Proposal, { id, organisation: actor.organisationId }, { populate: ['service', 'forum'], refresh: true });
  if (!proposal) throw notFound(what);
  if (!isStaff(actor.role) && !visibleToMember(proposal, await forumOf(em, actor))) throw notFound(what);
  return proposal;
}

/** As findProposal, but null when not found. */
export async function proposalOrNull(em: EntityManager, actor: Actor, id: string): Promise<Proposal | null> {
  return findProposal(em, actor, id).catch((e) => (e?.extensions?.code === 'NOT_FOUND' ? null : Promise.reject(e)));
}

/**
 * The proposals the actor may see (as findProposal), newest first, optionally by status and forum.
 * Lapsed votes close first, so filtering by status is right at once.
 */
export async function listProposals(em: EntityManager, actor: Actor, status: ProposalStatus | null, forumId: string | null): Promise<Proposal[]> {
  if (forumId && !isUuid(forumId)) return [];
  await closeLapsedVotes(em, { organisationId: actor.organisationId });
  const where: Record<string, unknown> = { organisation: actor.organisationId };
  if (status) where.status = status;
  if (forumId) where.forum = forumId;
  let memberForum: string | null = null;
  if (!isStaff(actor.role)) {
    memberForum = await forumOf(em, actor);
    if (!memberForum || (forumId && forumId !== memberForum)) return [];
    where.forum = memberForum;
  }
  const proposals = await em.find(Proposal, where, { populate: ['service', 'forum'], orderBy: { createdAt: 'desc', id: 'desc' } });
  return isStaff(actor.role) ? proposals : proposals.filter((p) => visibleToMember(p, memberForum));
}

interface ProposalFields {
  title: string;
  problem: string;
  proposedChange: string;
  childSummary: string;
}

function checkedFields(input: CreateProposalInput): ProposalFields {
  const fields = {
    title: input.title.trim(),
    problem: input.problem.trim(),
    proposedChange: input.proposedChange.trim(),
    childSummary: input.childSummary.trim(),
  };
  if (!fields.title) throw badInput('title', 'Enter a title.');
  if (!fields.problem) throw badInput('problem', 'Say what the problem is.');
  if (!fields.proposedChange) throw badInput('proposedChange', 'Say what would change.');
  if (!fields.childSummary) throw badInput('childSummary', 'Write a short summary in words a child understands.');
  return fields;
}

/** The links of a form, each checked to belong to the actor's organisation (BAD_USER_INPUT naming the field). */
async function checkedLinks(em: EntityManager, actor: Actor, input: CreateProposalInput) {
  const service = input.serviceId && !isUuid(input.serviceId) ? null : await ownService(em, actor, input.serviceId);
  if (input.serviceId && !service) throw badInput('serviceId', 'Choose one of your organisation’s services.');
  let forum: Forum | null = null;
  if (input.forumId) {
    forum = isUuid(input.forumId) ? await em.findOne(Forum, { id: input.forumId, organisation: actor.organisationId }) : null;
    if (!forum) throw badInput('forumId', 'Choose one of your organisation’s forums.');
  }
  const themeIds = [...new Set(input.themeIds ?? [])];
  const themes = themeIds.length && themeIds.every((id) => isUuid(id)) ? await em.find<Theme>('Theme', { id: { $in: themeIds }, organisation: actor.organisationId }) : [];
  if (themes.length !== themeIds.length) throw badInput('themeIds', 'Choose themes from your organisation’s themes.');
  return { service, forum, themes };
}

/**
 * Creates a DRAFT proposal: title, problem, proposed change, a child-friendly summary (required),
 * and optionally the service, the forum it goes to, the themes that inspired it (named links, for
 * traceability) and a quorum. Errors: BAD_USER_INPUT naming the field. Audited.
 */
export async function createProposal(em: EntityManager, actor: Actor, input: CreateProposalInput): Promise<Proposal> {
  const fields = checkedFields(input);
  const links = await checkedLinks(em, actor, input);
  return performAction(em, actor, 'createProposal', async (tx) => {
    const me = tx.getReference(Account, actor.accountId);
    const proposal = new Proposal(tx.getReference(Organisation, actor.organisationId), me, fields);
    proposal.service = links.service;
    proposal.forum = links.forum;
    proposal.quorum = input.quorum ?? null;
    tx.persist(proposal);
    for (const theme of links.themes) tx.persist(new ProposalTheme(proposal, theme, me));
    return proposal;
  }, { themeIds: links.themes.map((t) => t.id) });
}

/**
 * Rewrites a DRAFT proposal (every field of the form, links included). Errors: NOT_FOUND,
 * CONFLICT once it is no longer a draft, BAD_USER_INPUT naming the field. Audited.
 */
export async function updateProposal(em: EntityManager, actor: Actor, proposalId: string, input: CreateProposalInput): Promise<Proposal> {
  const fields = checkedFields(input);
  const links = await checkedLinks(em, actor, input);
  return performAction(em, actor, 'updateProposal', async (tx) => {
    const proposal = await findProposal(tx, actor, proposalId);
    if (proposal.status !== S.DRAFT) {
      throw conflict(`This proposal is ${STATE_WORDS[proposal.status]}, so it can no longer be changed.`, { field: 'proposalId', status: proposal.status });
    }
    Object.assign(proposal, fields);
    proposal.service = links.service;
    proposal.forum = links.forum;
    proposal.quorum = input.quorum ?? null;
    await tx.nativeDelete(ProposalTheme, { proposal: proposal.id });
    const me = tx.getReference(Account, actor.accountId);
    for (const theme of links.themes) tx.persist(new ProposalTheme(proposal, theme, me));
    return proposal;
  }, { themeIds: links.themes.map((t) => t.id) });
}

/**
 * DRAFT → OPEN_FOR_VOTING until `closesAt` (in the future, within a year). The proposal must go to a
 * forum. Errors: NOT_FOUND, CONFLICT (not a draft), BAD_USER_INPUT (closesAt, no forum). Audited.
 */
export async function openVoting(em: EntityManager, actor: Actor, proposalId: string, closesAt: Date): Promise<Proposal> {
  if (Number.isNaN(closesAt.getTime()) || closesAt.getTime() <= Date.now()) throw badInput('closesAt', 'The closing time must be in the future.');
  if (closesAt.getTime() > Date.now() + MAX_VOTING_DAYS * 86_400_000) throw badInput('closesAt', 'Voting can stay open for at most a year.');
  return performAction(em, actor, 'openVoting', async (tx) => {
    const proposal = await findProposal(tx, actor, proposalId);
    if (effectiveStatus(proposal) === S.DRAFT && !proposal.forum) throw badInput('proposalId', 'Choose the forum this proposal goes to before opening voting.');
    transition(proposal, S.OPEN_FOR_VOTING);
    proposal.votingOpenedAt = new Date();
    proposal.votingClosesAt = closesAt;
    return proposal;
  }, { closesAt: closesAt.toISOString() });
}

/**
 * OPEN_FOR_VOTING → VOTING_CLOSED now, before the closing time. Votes being cast at that moment
 * either commit before the close (and count) or are refused: castVote locks the proposal row.
 * Errors: NOT_FOUND, CONFLICT (not open: never opened, or closed already). Audited.
 */
export async function closeVoting(em: EntityManager, actor: Actor, proposalId: string): Promise<Proposal> {
  return performAction(em, actor, 'closeVoting', async (tx) => {
    const proposal = await findProposal(tx, actor, proposalId);
    transition(proposal, S.VOTING_CLOSED);
    proposal.votingClosedAt = new Date();
    return proposal;
  });
}

/** Withdraws a proposal that has not been decided. Votes are kept but no result is shown if voting never closed. Audited. */
export async function withdrawProposal(em: EntityManager, actor: Actor, proposalId: string): Promise<Proposal> {
  return performAction(em, actor, 'withdrawProposal', async (tx) => {
    const proposal = await findProposal(tx, actor, proposalId);
    transition(proposal, S.WITHDRAWN);
    return proposal;
  });
}

/** ACCEPTED or ACCEPTED_WITH_CHANGES → IMPLEMENTED. Errors: NOT_FOUND, CONFLICT. Audited. */
export async function markProposalImplemented(em: EntityManager, actor: Actor, proposalId: string): Promise<Proposal> {
  return performAction(em, actor, 'markProposalImplemented', async (tx) => {
    const proposal = await findProposal(tx, actor, proposalId);
    transition(proposal, S.IMPLEMENTED);
    return proposal;
  });
}

/**
 * For recordDecision (trace): moves a proposal cited by a decision to its decided status —
 * ADOPTED → ACCEPTED, ADOPTED_WITH_CHANGES → ACCEPTED_WITH_CHANGES, NOT_ADOPTED → NOT_ACCEPTED;
 * DEFERRED leaves it as it is. Call inside the decision's transaction (its audit covers this).
 * Errors: CONFLICT when the proposal cannot be decided now (voting still open, already decided).
 */
export function decideProposal(proposal: Proposal, outcome: 'ADOPTED' | 'ADOPTED_WITH_CHANGES' | 'NOT_ADOPTED' | 'DEFERRED'): void {
  const to = { ADOPTED: S.ACCEPTED, ADOPTED_WITH_CHANGES: S.ACCEPTED_WITH_CHANGES, NOT_ADOPTED: S.NOT_ACCEPTED, DEFERRED: null }[outcome];
  if (!to) return;
  // A vote that lapsed by time, not yet closed in the database: record when it closed.
  if (effectiveStatus(proposal) === S.VOTING_CLOSED) proposal.votingClosedAt ??= proposal.votingClosesAt;
  transition(proposal, to);
}

// ─────────────────────────── voting ───────────────────────────

/**
 * One member's vote as ONE statement. Only a member of the proposal's forum (active, same
 * organisation) can vote, only while it is OPEN_FOR_VOTING and before its closing time; the
 * proposal row is share-locked, so a close waits for votes in flight and a vote after a close
 * finds it closed. The unique constraint vote_one_per_member makes a second vote by the same
 * member an UPDATE of the first: the LAST write wins. `updated_at` is stamped after the row lock is
 * taken and is strictly increasing per row (at least 1 ms after the previous change), so it orders
 * a member's changes exactly as they were committed.
 */
export const UPSERT_VOTE_SQL = `insert into vote (id, proposal_id, member_id, choice, reason_id, cast_at, updated_at)
select ?, p.id, a.id, ?::vote_choice, ?, clock_timestamp(), clock_timestamp()
  from proposal p
  join account a on a.forum_id = p.forum_id and a.organisation_id = p.organisation_id
 where p.id = ? and p.organisation_id = ? and a.id = ?
   and a.role = 'FORUM_MEMBER' and a.deactivated_at is null
   and p.status = 'OPEN_FOR_VOTING' and p.voting_closes_at > now()
   for share of p
on conflict on constraint vote_one_per_member do update
   set choice = excluded.choice,
       reason_id = excluded.reason_id,
       updated_at = greatest(clock_timestamp(), vote.updated_at + interval '1 millisecond')
returning choice, updated_at`;

/** Rolls back a vote's transaction when the vote itself was not stored. */
const NOT_STORED = new Error('vote not stored');
const DUPLICATE_SUBMISSION = new Error('submission id already stored');

export interface CastVote {
  proposal: Proposal;
  choice: VoteChoice;
  /** When this vote was written (strictly increasing per member and proposal). */
  at: Date;
  flagged: boolean;
}

/** Why a vote was not stored: NOT_FOUND (not visible to this member) or CONFLICT (not open). */
async function voteRefusal(em: EntityManager, actor: Actor, proposalId: string): Promise<Error> {
  const proposal = await findProposal(em, actor, proposalId);
  const status = effectiveStatus(proposal);
  if (status === S.WITHDRAWN) return conflict('This proposal has been withdrawn, so it cannot be voted on.', { field: 'proposalId', status });
  if (status !== S.OPEN_FOR_VOTING) return conflict('Voting on this proposal has closed, so votes can no longer be cast or changed.', { field: 'proposalId', status });
  return conflict('Your vote could not be stored. Please try again.', { field: 'proposalId' });
}

/**
 * Casts or changes the actor's vote (FOR, AGAINST or ABSTAIN) on a proposal of their forum, with an
 * optional reason in their own words. Exactly one vote per member per proposal, enforced by the
 * database (INSERT … ON CONFLICT ON CONSTRAINT vote_one_per_member DO UPDATE): the LAST choice
 * wins, and a change without a reason drops the old reason's link. A reason is stored as a voice
 * input (VOTE_REASON), screened in the same transaction; a flag raises a safeguarding concern and
 * withholds the words, and never blocks the vote. Errors: NOT_FOUND (not a proposal of the member's
 * forum), CONFLICT (voting not open: closed by staff or by time, withdrawn), BAD_USER_INPUT.
 */
export async function castVote(
  em: EntityManager,
  app: AppState,
  actor: Actor,
  input: { proposalId: string; choice: VoteChoice; reason?: string | null },
): Promise<CastVote> {
  if (!isUuid(input.proposalId)) throw notFound('Proposal');
  const reason = normaliseVoice(input.reason, 'reason', { maxLength: MAX_REASON_LENGTH, optional: true });
  const params = (reasonId: string | null) => [randomUUID(), input.choice, reasonId, input.proposalId, actor.organisationId, actor.accountId];
  let rows: Array<{ choice: VoteChoice; updated_at: string | Date }>;
  let voices: ScreenedVoice[] = [];
  if (!reason) {
    rows = await em.getConnection().execute(UPSERT_VOTE_SQL, params(null));
  } else {
    voices = await screenVoices(em, app, actor.organisationId, [reason]);
    rows = await em.transactional(async (tx) => {
      const ctx = tx.getTransactionContext();
      const about: Array<{ title: string; service_id: string | null; age_band: string | null }> = await tx
        .getConnection()
        .execute('select p.title, p.service_id, a.age_band from proposal p, account a where p.id = ? and p.organisation_id = ? and a.id = ?', [input.proposalId, actor.organisationId, actor.accountId], 'all', ctx);
      if (!about.length) return [];
      const inputId = voices[0].id;
      await writeVoice(tx, voices[0], {
        organisationId: actor.organisationId,
        kind: InputKind.VOTE_REASON,
        ageBand: about[0].age_band as AgeBand | null,
        channel: Channel.ONLINE,
        capture: Capture.OWN_WORDS,
        sourceTitle: about[0].title,
        serviceId: about[0].service_id,
        proposalId: input.proposalId,
        authorId: actor.accountId,
      });
      const written: Array<{ choice: VoteChoice; updated_at: string | Date }> = await tx.getConnection().execute(UPSERT_VOTE_SQL, params(inputId), 'all', ctx);
      // Not open, or not theirs: nothing of this attempt may stay, the reason included.
      if (!written.length) throw NOT_STORED;
      return written;
    }).catch((error) => (error === NOT_STORED ? [] : Promise.reject(error)));
  }
  if (!rows.length) throw await voteRefusal(em, actor, input.proposalId);
  const flagged = voices.some((v) => v.flag !== null);
  if (flagged) notifyLeads(em, app, actor.organisationId, 1);
  const proposal = await findProposal(em, actor, input.proposalId);
  return { proposal, choice: rows[0].choice, at: new Date(rows[0].updated_at), flagged };
}

export interface MyVote {
  choice: VoteChoice;
  at: Date;
}

/** The actor's own vote on each proposal (null where they have not voted). */
export async function myVotes(em: EntityManager, actor: Actor, proposalIds: readonly string[]): Promise<Array<MyVote | null>> {
  if (actor.role !== Role.FORUM_MEMBER) return proposalIds.map(() => null);
  const rows: Array<{ proposal_id: string; choice: VoteChoice; updated_at: string }> = await em
    .getConnection()
    .execute('select proposal_id, choice, updated_at from vote where member_id = ? and proposal_id in (?)', [actor.accountId, proposalIds]);
  const byId = new Map(rows.map((r) => [r.proposal_id, { choice: r.choice, at: new Date(r.updated_at) }]));
  return proposalIds.map((id) => byId.get(id) ?? null);
}

/** Votes cast on each proposal so far. */
export async function votesCast(em: EntityManager, proposalIds: readonly string[]): Promise<number[]> {
  const rows: Array<{ proposal_id: string; n: number }> = await em
    .getConnection()
    .execute('select proposal_id, count(*)::int as n from vote where proposal_id in (?) group by proposal_id', [proposalIds]);
  const byId = new Map(rows.map((r) => [r.proposal_id, r.n]));
  return proposalIds.map((id) => byId.get(id) ?? 0);
}

export interface TallyCounts {
  for: number;
  against: number;
  abstain: number;
  turnout: number;
  eligible: number;
  quorumMet: boolean;
}

/**
 * The result of each proposal whose voting has closed (null for the others): counts by choice,
 * turnout, eligible (active members of the forum when voting closed, plus members who voted and
 * left — their votes stay counted, so turnout never exceeds eligible) and whether the quorum was met.
 */
export async function tallies(em: EntityManager, proposals: ReadonlyArray<Proposal>): Promise<Array<TallyCounts | null>> {
  const closed = proposals.filter((p) => closedAt(p) !== null);
  if (!closed.length) return proposals.map(() => null);
  const ids = closed.map((p) => p.id);
  const conn = em.getConnection();
  const [counts, eligible] = await Promise.all([
    conn.execute<Array<{ proposal_id: string; for: number; against: number; abstain: number; turnout: number }>>(
      `select proposal_id,
              count(*) filter (where choice = 'FOR')::int as for,
              count(*) filter (where choice = 'AGAINST')::int as against,
              count(*) filter (where choice = 'ABSTAIN')::int as abstain,
              count(*)::int as turnout
         from vote where proposal_id in (?) group by proposal_id`,
      [ids],
    ),
    conn.execute<Array<{ proposal_id: string; n: number }>>(
      `select x.id as proposal_id, count(a.id)::int as n
         from jsonb_to_recordset(?::jsonb) as x(id uuid, forum_id uuid, closed_at timestamptz)
         join account a on a.forum_id = x.forum_id and a.role = 'FORUM_MEMBER' and a.created_at <= x.closed_at
          and (a.deactivated_at is null or a.deactivated_at > x.closed_at
               or exists (select 1 from vote v where v.proposal_id = x.id and v.member_id = a.id))
        group by x.id`,
      [JSON.stringify(closed.map((p) => ({ id: p.id, forum_id: p.forum?.id ?? null, closed_at: closedAt(p)!.toISOString() })))],
    ),
  ]);
  const countsById = new Map(counts.map((c) => [c.proposal_id, c]));
  const eligibleById = new Map(eligible.map((e) => [e.proposal_id, e.n]));
  return proposals.map((p) => {
    if (closedAt(p) === null) return null;
    const c = countsById.get(p.id) ?? { for: 0, against: 0, abstain: 0, turnout: 0 };
    return {
      for: c.for,
      against: c.against,
      abstain: c.abstain,
      turnout: c.turnout,
      eligible: eligibleById.get(p.id) ?? 0,
      quorumMet: p.quorum === null || c.turnout >= p.quorum,
    };
  });
}

// ─────────────────────────── deliberation ───────────────────────────

const commentHash = (text: string) => createHash('sha256').update(text).digest('base64url');

export interface PostedComment {
  comment: ProposalComment;
  duplicate: boolean;
  flagged: boolean;
}

/** The comment already stored under this client id, if the same person sent the same words. */
async function existingComment(em: EntityManager, actor: Actor, proposalId: string, clientSubmissionId: string, text: string): Promise<PostedComment | null> {
  const previous = await em.findOne(
    ProposalComment,
    { proposal: proposalId, clientSubmissionId },
    { populate: ['author', 'input', 'hiddenBy'], refresh: true },
  );
  if (!previous) return null;
  const same = previous.author.id === actor.accountId && (previous.input ? previous.input.payloadHash === commentHash(text) : previous.text === text);
  if (!same) throw conflict('A different comment was already sent with this submission id.', { field: 'clientSubmissionId' });
  return { comment: previous, duplicate: true, flagged: previous.input?.withheld ?? false };
}

/**
 * Adds a comment or question to a proposal. A forum member's words are a voice input
 * (PROPOSAL_COMMENT), screened in the same transaction (a flag withholds the words and raises a
 * concern; it never blocks the comment); a member of staff's answer keeps its text on the comment
 * and is audited. Idempotent per (proposal, clientSubmissionId): a retry returns the first comment;
 * different words under the same id are CONFLICT. Errors: NOT_FOUND (not visible to the actor),
 * CONFLICT (withdrawn proposal), BAD_USER_INPUT.
 */
export async function commentOnProposal(
  em: EntityManager,
  app: AppState,
  actor: Actor,
  input: { proposalId: string; text: string; clientSubmissionId: string },
): Promise<PostedComment> {
  const text = normaliseVoice(input.text, 'text', { maxLength: MAX_COMMENT_LENGTH, empty: 'Write a comment or question.' });
  const proposal = await findProposal(em, actor, input.proposalId);
  const again = await existingComment(em, actor, proposal.id, input.clientSubmissionId, text);
  if (again) return again;
  if (proposal.status === S.WITHDRAWN) throw conflict('This proposal has been withdrawn, so it is not taking comments.', { field: 'proposalId' });
  try {
    if (isStaff(actor.role)) {
      const comment = await performAction(em, actor, 'answerProposalComment', async (tx) => {
        const c = new ProposalComment(tx.getReference(Proposal, proposal.id), tx.getReference(Account, actor.accountId), input.clientSubmissionId);
        c.text = text;
        tx.persist(c);
        return c;
      }, { proposalId: proposal.id });
      return { comment: await reloadComment(em, comment.id), duplicate: false, flagged: false };
    }
    const [voice] = await screenVoices(em, app, actor.organisationId, [text]);
    const flag = voice.flag;
    const id = await em.transactional(async (tx) => {
      const me = await tx.findOneOrFail(Account, actor.accountId);
      const stored = await writeVoice(tx, voice, {
        organisationId: actor.organisationId,
        kind: InputKind.PROPOSAL_COMMENT,
        ageBand: me.ageBand,
        channel: Channel.ONLINE,
        capture: Capture.OWN_WORDS,
        sourceTitle: proposal.title,
        serviceId: proposal.service?.id ?? null,
        proposalId: proposal.id,
        authorId: me.id,
        clientSubmissionId: input.clientSubmissionId,
        payloadHash: commentHash(text),
      });
      // The same submission id already holds a voice: answered below as a race.
      if (!stored) throw DUPLICATE_SUBMISSION;
      const comment = new ProposalComment(tx.getReference(Proposal, proposal.id), me, input.clientSubmissionId);
      comment.input = tx.getReference(VoiceInput, voice.id);
      tx.persist(comment);
      await tx.flush();
      return comment.id;
    });
    if (flag) notifyLeads(em, app, actor.organisationId, 1);
    return { comment: await reloadComment(em, id), duplicate: false, flagged: flag !== null };
  } catch (error: any) {
    // The same submission raced in twice: the unique constraint kept one; answer with it.
    if (error === DUPLICATE_SUBMISSION || error?.code === '23505' || error?.name === 'UniqueConstraintViolationException') {
      const raced = await existingComment(em.fork({ keepTransactionContext: true }), actor, proposal.id, input.clientSubmissionId, text);
      if (raced) return raced;
      throw conflict('This submission id has already been used.', { field: 'clientSubmissionId' });
    }
    throw error;
  }
}

async function reloadComment(em: EntityManager, id: string): Promise<ProposalComment> {
  return em.findOneOrFail(ProposalComment, id, { populate: ['author', 'input', 'hiddenBy'], refresh: true });
}

/**
 * Hides a comment from forum members, keeping it (and its words) with who hid it, when and why.
 * Errors: NOT_FOUND (another organisation's), CONFLICT (already hidden), BAD_USER_INPUT. Audited.
 */
export async function hideComment(em: EntityManager, actor: Actor, commentId: string, reason: string): Promise<ProposalComment> {
  const why = reason.trim();
  if (!why) throw badInput('reason', 'Say why the comment is hidden.');
  if (!isUuid(commentId)) throw notFound('Comment');
  const comment = await performAction(em, actor, 'hideComment', async (tx) => {
    const found = await tx.findOne(ProposalComment, commentId, { populate: ['proposal'] });
    if (!found || found.proposal.organisation.id !== actor.organisationId) throw notFound('Comment');
    if (found.hiddenAt) throw conflict('This comment is already hidden.', { field: 'commentId' });
    found.hiddenAt = new Date();
    found.hiddenReason = why;
    found.hiddenBy = tx.getReference(Account, actor.accountId);
    return found;
  }, { reason: why });
  return reloadComment(em, comment.id);
}

/**
 * The comments on each proposal, oldest first, as the actor may see them: staff see all; a forum
 * member sees everyone's except other members' words under safeguarding review (left out, so a
 * disclosure is not pointed at), and their own.
 */
export async function commentsOf(em: EntityManager, actor: Actor, proposalIds: readonly string[]): Promise<ProposalComment[][]> {
  const comments = await em.find(
    ProposalComment,
    { proposal: { id: { $in: [...proposalIds] }, organisation: actor.organisationId } },
    { populate: ['author', 'input', 'hiddenBy'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  const staff = isStaff(actor.role);
  const visible = comments.filter((c) => staff || c.author.id === actor.accountId || !c.input?.withheld);
  return proposalIds.map((id) => visible.filter((c) => c.proposal.id === id));
}
