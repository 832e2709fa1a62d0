import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Proposal } from '../server/src/proposals/proposal.entity.js';
import { decideProposal } from '../server/src/proposals/proposal.service.js';
import { AuditEntry } from '../server/src/shared/audit-entry.entity.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { releaseWordsAtOnce } from './support/factories.js';
import { forumWithMembers, inAnHour, proposal, PROPOSAL_FIELDS, theme, VOTE, voteRows, type ForumFixture } from './support/proposal-factories.js';

let t: TestApp;
let practitioner: Agent;
let south: Agent;
let forum: ForumFixture;

beforeAll(async () => {
  t = await startTestApp();
  // Words reach commissioners, forums and the public here as soon as they are stored (review: test/safeguarding/review.test.ts).
  await releaseWordsAtOnce(t);
  practitioner = await t.staff('practitioner@northbridge.example');
  south = await t.staff('practitioner@southmoor.example');
  forum = await forumWithMembers(t, practitioner, 4);
});
afterAll(() => t.close());

const sql = async <T = any>(query: string, params: unknown[] = []): Promise<T[]> => t.orm.em.fork().getConnection().execute(query, params);
const audits = (targetId: string) => t.orm.em.fork().find(AuditEntry, { targetId }, { orderBy: { at: 'asc' } });
const GET = `query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`;
const VIEWER = `{ viewer { id role } }`;
const OPEN = `mutation($p: ID!, $c: DateTimeISO!) { openVoting(proposalId: $p, closesAt: $c) { id status votingClosesAt } }`;
const CLOSE = `mutation($p: ID!) { closeVoting(proposalId: $p) { id status tally { for against abstain turnout eligible quorumMet } } }`;
const WITHDRAW = `mutation($p: ID!) { withdrawProposal(proposalId: $p) { id status } }`;
const IMPLEMENTED = `mutation($p: ID!) { markProposalImplemented(proposalId: $p) { id status } }`;
const COMMENT = `mutation($p: ID!, $t: String!, $s: String!) { commentOnProposal(proposalId: $p, text: $t, clientSubmissionId: $s) { id author text hidden withheld mine fromStaff createdAt support { message } } }`;
const HIDE = `mutation($c: ID!, $r: String!) { hideComment(commentId: $c, reason: $r) { id hidden text hiddenReason } }`;
const COMMENTS = `query($id: ID!) { proposal(id: $id) { comments { id author text hidden withheld mine fromStaff hiddenReason } } }`;
const ADD_MEMBER = `mutation($f: ID!, $d: String!) { addForumMember(forumId: $f, displayName: $d) { joinCode expiresAt member { id displayName ageBand } } }`;
const JOIN = `mutation($c: String!) { joinWithCode(code: $c) { id role displayName } }`;
let submissions = 0;
const submission = () => `proposal-comment-${Date.now().toString(36)}-${++submissions}`;

/** Moves a proposal's closing time into the past, as if the clock had run on. */
const timePasses = (proposalId: string) => sql(`update proposal set voting_closes_at = now() where id = ?`, [proposalId]);

/** Records a decision outcome on a closed proposal, as recordDecision (trace) does. */
async function decide(id: string, outcome: 'ADOPTED' | 'ADOPTED_WITH_CHANGES' | 'NOT_ADOPTED') {
  const em = t.orm.em.fork();
  const p = await em.findOneOrFail(Proposal, id);
  decideProposal(p, outcome);
  await em.flush();
}

describe('forums and members', () => {
  it('creates a forum and adds members, each with a single-use join code, and audits both', async () => {
    const { createForum } = await practitioner.gql(`mutation { createForum(name: "Northbridge Children in Care Council") { id name description members { id } } }`);
    expect(createForum).toMatchObject({ name: 'Northbridge Children in Care Council', description: null, members: [] });
    const { addForumMember } = await practitioner.gql(ADD_MEMBER, { f: createForum.id, d: 'Aisha' });
    expect(addForumMember.joinCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(new Date(addForumMember.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const phone = t.agent();
    expect((await phone.gql(JOIN, { c: addForumMember.joinCode })).joinWithCode).toMatchObject({ id: addForumMember.member.id, role: 'FORUM_MEMBER', displayName: 'Aisha' });
    expect((await t.agent().fails(JOIN, { c: addForumMember.joinCode })).code).toBe('BAD_USER_INPUT');
    const { forums } = await practitioner.gql(`{ forums { id members { id displayName } } }`);
    expect(forums.find((f: any) => f.id === createForum.id).members).toEqual([{ id: addForumMember.member.id, displayName: 'Aisha' }]);
    expect((await audits(createForum.id)).map((a) => a.action)).toEqual(['createForum']);
    expect((await audits(addForumMember.member.id)).map((a) => a.action).sort()).toEqual(['addForumMember', 'issueForumCode']);
  });

  it('refuses a member without a name, naming the field', async () => {
    expect(await practitioner.fails(ADD_MEMBER, { f: forum.id, d: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'displayName' });
    expect(await practitioner.fails(`mutation { createForum(name: "") { id } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('shows a forum member their own forum only, without the other members', async () => {
    const other = await forumWithMembers(t, practitioner, 1);
    const { forums } = await forum.members[0].agent.gql(`{ forums { id name members { id } } }`);
    expect(forums).toEqual([{ id: forum.id, name: forum.name, members: [] }]);
    const { forums: theirs } = await other.members[0].agent.gql(`{ forums { id } }`);
    expect(theirs).toEqual([{ id: other.id }]);
  });

  it('reissuing a code for a lost phone ends the old session and revokes the old code', async () => {
    const f = await forumWithMembers(t, practitioner, 0);
    const { addForumMember } = await practitioner.gql(ADD_MEMBER, { f: f.id, d: 'Lost Phone' });
    const oldPhone = t.agent();
    await oldPhone.gql(JOIN, { c: addForumMember.joinCode });
    const { reissueForumCode } = await practitioner.gql(`mutation($m: ID!) { reissueForumCode(memberId: $m) { joinCode member { id displayName } } }`, { m: addForumMember.member.id });
    expect(reissueForumCode.member).toEqual({ id: addForumMember.member.id, displayName: 'Lost Phone' });
    expect((await oldPhone.gql(VIEWER)).viewer).toBeNull();
    const newPhone = t.agent();
    expect((await newPhone.gql(JOIN, { c: reissueForumCode.joinCode })).joinWithCode.id).toBe(addForumMember.member.id);
    expect((await audits(addForumMember.member.id)).map((a) => a.action)).toContain('reissueForumCode');
  });

  it('a reissued code makes the previous unused code stop working', async () => {
    const f = await forumWithMembers(t, practitioner, 0);
    const { addForumMember } = await practitioner.gql(ADD_MEMBER, { f: f.id, d: 'Never Joined' });
    await practitioner.gql(`mutation($m: ID!) { reissueForumCode(memberId: $m) { joinCode } }`, { m: addForumMember.member.id });
    expect((await t.agent().fails(JOIN, { c: addForumMember.joinCode })).code).toBe('BAD_USER_INPUT');
  });

  it('removing a member signs them out and takes them off the list; their vote stays counted', async () => {
    const f = await forumWithMembers(t, practitioner, 2);
    const p = await proposal(practitioner, 'open', { forumId: f.id });
    await f.members[0].agent.gql(VOTE, { p: p.id, c: 'AGAINST' });
    const { removeForumMember } = await practitioner.gql(`mutation($m: ID!) { removeForumMember(memberId: $m) { id members { id } } }`, { m: f.members[0].id });
    expect(removeForumMember.members.map((m: any) => m.id)).toEqual([f.members[1].id]);
    expect((await f.members[0].agent.gql(VIEWER)).viewer).toBeNull();
    const { closeVoting } = await practitioner.gql(CLOSE, { p: p.id });
    expect(closeVoting.tally).toMatchObject({ against: 1, turnout: 1, eligible: 2 });
    expect((await audits(f.members[0].id)).map((a) => a.action)).toContain('removeForumMember');
  });

  it('a member who leaves is signed out, and their vote stays counted anonymously', async () => {
    const f = await forumWithMembers(t, practitioner, 3);
    const p = await proposal(practitioner, 'open', { forumId: f.id });
    await f.members[0].agent.gql(VOTE, { p: p.id, c: 'FOR' });
    await f.members[1].agent.gql(VOTE, { p: p.id, c: 'FOR' });
    expect((await f.members[0].agent.gql(`mutation { leaveForum }`)).leaveForum).toBe(true);
    expect((await f.members[0].agent.gql(VIEWER)).viewer).toBeNull();
    const { forums } = await practitioner.gql(`{ forums { id members { id } } }`);
    expect(forums.find((x: any) => x.id === f.id).members.map((m: any) => m.id)).not.toContain(f.members[0].id);
    const { closeVoting } = await practitioner.gql(CLOSE, { p: p.id });
    expect(closeVoting.tally).toEqual({ for: 2, against: 0, abstain: 0, turnout: 2, eligible: 3, quorumMet: true });
    expect((await audits(f.members[0].id)).map((a) => a.action)).toContain('leaveForum');
  });
});

describe('proposal lifecycle', () => {
  it('creates a draft with a child-friendly summary and the themes that inspired it, audited', async () => {
    const themeId = await theme(t, 'Northbridge Borough Council', 'Nowhere to go at weekends');
    const p = await proposal(practitioner, 'draft', { forumId: forum.id, themeIds: [themeId], quorum: 3 });
    expect(p).toMatchObject({ status: 'DRAFT', quorum: 3, tally: null, forum: { id: forum.id }, origin: [{ id: themeId, label: 'Nowhere to go at weekends' }] });
    expect((await audits(p.id)).map((a) => a.action)).toEqual(['createProposal']);
  });

  it('requires the child-friendly summary, naming the field', async () => {
    const res = await practitioner.fails(`mutation($i: CreateProposalInput!) { createProposal(input: $i) { id } }`, {
      i: { title: 'T', problem: 'P', proposedChange: 'C', childSummary: '  ' },
    });
    expect(res).toMatchObject({ code: 'BAD_USER_INPUT', field: 'childSummary' });
  });

  it('goes DRAFT → OPEN_FOR_VOTING → VOTING_CLOSED → ACCEPTED → IMPLEMENTED, auditing each step', async () => {
    const p = await proposal(practitioner, 'draft', { forumId: forum.id });
    const closesAt = inAnHour();
    expect((await practitioner.gql(OPEN, { p: p.id, c: closesAt })).openVoting).toMatchObject({ status: 'OPEN_FOR_VOTING', votingClosesAt: closesAt });
    expect((await practitioner.gql(CLOSE, { p: p.id })).closeVoting.status).toBe('VOTING_CLOSED');
    await decide(p.id, 'ADOPTED');
    expect((await practitioner.gql(GET, { id: p.id })).proposal.status).toBe('ACCEPTED');
    expect((await practitioner.gql(IMPLEMENTED, { p: p.id })).markProposalImplemented.status).toBe('IMPLEMENTED');
    expect((await audits(p.id)).map((a) => a.action).sort()).toEqual(['closeVoting', 'createProposal', 'markProposalImplemented', 'openVoting']);
  });

  it('records ACCEPTED_WITH_CHANGES and NOT_ACCEPTED from a decision', async () => {
    const a = await proposal(practitioner, 'votingClosed', { forumId: forum.id });
    const b = await proposal(practitioner, 'votingClosed', { forumId: forum.id });
    await decide(a.id, 'ADOPTED_WITH_CHANGES');
    await decide(b.id, 'NOT_ADOPTED');
    expect((await practitioner.gql(GET, { id: a.id })).proposal.status).toBe('ACCEPTED_WITH_CHANGES');
    expect((await practitioner.gql(GET, { id: b.id })).proposal.status).toBe('NOT_ACCEPTED');
  });

  it('refuses illegal transitions with CONFLICT and a message naming where the proposal is', async () => {
    const draft = await proposal(practitioner, 'draft', { forumId: forum.id });
    const open = await proposal(practitioner, 'open', { forumId: forum.id });
    const closed = await proposal(practitioner, 'votingClosed', { forumId: forum.id });
    const withdrawn = await proposal(practitioner, 'withdrawn', { forumId: forum.id });
    const rejected = await proposal(practitioner, 'votingClosed', { forumId: forum.id });
    await decide(rejected.id, 'NOT_ADOPTED');
    const cases: Array<[string, string, Record<string, unknown>, RegExp]> = [
      ['closing a draft', CLOSE, { p: draft.id }, /is a draft, so it cannot be closed for voting/],
      ['implementing a draft', IMPLEMENTED, { p: draft.id }, /is a draft/],
      ['opening an open vote again', OPEN, { p: open.id, c: inAnHour() }, /is open for voting, so it cannot be opened for voting/],
      ['reopening a closed vote', OPEN, { p: closed.id, c: inAnHour() }, /is closed for voting/],
      ['closing a closed vote', CLOSE, { p: closed.id }, /is closed for voting/],
      ['opening a withdrawn proposal', OPEN, { p: withdrawn.id, c: inAnHour() }, /is withdrawn/],
      ['withdrawing twice', WITHDRAW, { p: withdrawn.id }, /is withdrawn/],
      ['implementing a rejected proposal', IMPLEMENTED, { p: rejected.id }, /is not accepted, so it cannot be marked as implemented/],
      ['withdrawing a decided proposal', WITHDRAW, { p: rejected.id }, /is not accepted/],
    ];
    for (const [what, mutation, variables, message] of cases) {
      const res = await practitioner.fails(mutation, variables);
      expect({ what, code: res.code, field: res.field }).toEqual({ what, code: 'CONFLICT', field: 'proposalId' });
      expect(res.message, what).toMatch(message);
    }
    const em = t.orm.em.fork();
    expect(() => decideProposal(em.getReference(Proposal, open.id), 'ADOPTED')).toThrow();
    const openEntity = await em.findOneOrFail(Proposal, open.id);
    expect(() => decideProposal(openEntity, 'ADOPTED')).toThrow(/open for voting, so it cannot be decided/);
    const draftEntity = await em.findOneOrFail(Proposal, draft.id);
    expect(() => decideProposal(draftEntity, 'ADOPTED')).toThrow(/before its forum has voted/);
  });

  it('opens voting only with a forum and a closing time in the future', async () => {
    const noForum = await proposal(practitioner, 'draft');
    expect(await practitioner.fails(OPEN, { p: noForum.id, c: inAnHour() })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalId' });
    const p = await proposal(practitioner, 'draft', { forumId: forum.id });
    expect(await practitioner.fails(OPEN, { p: p.id, c: new Date(Date.now() - 60_000).toISOString() })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
  });

  it('changes a draft, and only a draft', async () => {
    const UPDATE = `mutation($p: ID!, $i: CreateProposalInput!) { updateProposal(proposalId: $p, input: $i) { id title forum { id } } }`;
    const draft = await proposal(practitioner, 'draft');
    const input = { title: 'Saturday hub', problem: 'P', proposedChange: 'C', childSummary: 'S', forumId: forum.id };
    expect((await practitioner.gql(UPDATE, { p: draft.id, i: input })).updateProposal).toEqual({ id: draft.id, title: 'Saturday hub', forum: { id: forum.id } });
    const open = await proposal(practitioner, 'open', { forumId: forum.id });
    expect(await practitioner.fails(UPDATE, { p: open.id, i: input })).toMatchObject({ code: 'CONFLICT', field: 'proposalId' });
  });

  it('counts a vote past its closing time as closed: it reads VOTING_CLOSED, is closed by "system" and refuses votes', async () => {
    const p = await proposal(practitioner, 'open', { forumId: forum.id });
    await forum.members[0].agent.gql(VOTE, { p: p.id, c: 'FOR' });
    await timePasses(p.id);
    expect(await forum.members[1].agent.fails(VOTE, { p: p.id, c: 'AGAINST' })).toMatchObject({ code: 'CONFLICT', field: 'proposalId' });
    const { proposal: got } = await forum.members[1].agent.gql(GET, { id: p.id });
    expect(got.status).toBe('VOTING_CLOSED');
    expect(got.tally).toMatchObject({ for: 1, against: 0, turnout: 1, eligible: 4 });
    const [row] = await sql('select status, voting_closed_at = voting_closes_at as at_closing_time from proposal where id = ?', [p.id]);
    expect(row).toEqual({ status: 'VOTING_CLOSED', at_closing_time: true });
    const closedBy = (await audits(p.id)).filter((a) => a.action === 'closeVoting');
    expect(closedBy.map((a) => a.actor)).toEqual(['system']);
    expect((await practitioner.gql(`{ proposals(status: VOTING_CLOSED) { id } }`)).proposals.map((x: any) => x.id)).toContain(p.id);
  });
});

describe('voting', () => {
  it('stores one vote per member, which they can change until voting closes (the last choice wins)', async () => {
    const p = await proposal(practitioner, 'open', { forumId: forum.id });
    const me = forum.members[0];
    const first = (await me.agent.gql(VOTE, { p: p.id, c: 'FOR' })).castVote;
    expect(first).toMatchObject({ myVote: 'FOR', tally: null });
    const second = (await me.agent.gql(VOTE, { p: p.id, c: 'AGAINST' })).castVote;
    expect(second.myVote).toBe('AGAINST');
    expect(new Date(second.myVoteAt).getTime()).toBeGreaterThan(new Date(first.myVoteAt).getTime());
    expect(await voteRows(t, p.id)).toEqual([{ member_id: me.id, choice: 'AGAINST', reason_id: null }]);
    expect((await me.agent.gql(GET, { id: p.id })).proposal.myVote).toBe('AGAINST');
  });

  it('hides the tally from everyone until voting closes; staff see turnout while open, members do not', async () => {
    const p = await proposal(practitioner, 'open', { forumId: forum.id, quorum: 3 });
    await forum.members[0].agent.gql(VOTE, { p: p.id, c: 'FOR' });
    await forum.members[1].agent.gql(VOTE, { p: p.id, c: 'AGAINST' });
    const staffView = (await practitioner.gql(GET, { id: p.id })).proposal;
    expect(staffView).toMatchObject({ votesCast: 2, tally: null, myVote: null });
    const memberView = (await forum.members[2].agent.gql(GET, { id: p.id })).proposal;
    expect(memberView).toMatchObject({ votesCast: 0, tally: null, myVote: null });
    await practitioner.gql(CLOSE, { p: p.id });
    const after = (await forum.members[2].agent.gql(GET, { id: p.id })).proposal;
    expect(after).toMatchObject({ status: 'VOTING_CLOSED', votesCast: 2, tally: { for: 1, against: 1, abstain: 0, turnout: 2, eligible: 4, quorumMet: false } });
  });

  it('says the quorum was met when turnout reaches it', async () => {
    const p = await proposal(practitioner, 'open', { forumId: forum.id, quorum: 2 });
    await forum.members[0].agent.gql(VOTE, { p: p.id, c: 'ABSTAIN' });
    await forum.members[1].agent.gql(VOTE, { p: p.id, c: 'FOR' });
    expect((await practitioner.gql(CLOSE, { p: p.id })).closeVoting.tally).toEqual({ for: 1, against: 0, abstain: 1, turnout: 2, eligible: 4, quorumMet: true });
  });

  it('refuses votes after close, on a withdrawn proposal, on a draft, by members of another forum, by staff and from another organisation', async () => {
    const closed = await proposal(practitioner, 'votingClosed', { forumId: forum.id });
    const withdrawn = await proposal(practitioner, 'open', { forumId: forum.id });
    await practitioner.gql(WITHDRAW, { p: withdrawn.id });
    const draft = await proposal(practitioner, 'draft', { forumId: forum.id });
    const open = await proposal(practitioner, 'open', { forumId: forum.id });
    const otherForum = await forumWithMembers(t, practitioner, 1);
    const southForum = await forumWithMembers(t, south, 1);
    const member = forum.members[0].agent;
    expect(await member.fails(VOTE, { p: closed.id, c: 'FOR' })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/closed/) });
    expect(await member.fails(VOTE, { p: withdrawn.id, c: 'FOR' })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/withdrawn/) });
    expect((await member.fails(VOTE, { p: draft.id, c: 'FOR' })).code).toBe('NOT_FOUND');
    expect((await otherForum.members[0].agent.fails(VOTE, { p: open.id, c: 'FOR' })).code).toBe('NOT_FOUND');
    expect((await practitioner.fails(VOTE, { p: open.id, c: 'FOR' })).code).toBe('FORBIDDEN');
    expect((await southForum.members[0].agent.fails(VOTE, { p: open.id, c: 'FOR' })).code).toBe('NOT_FOUND');
    expect((await member.fails(VOTE, { p: 'not-an-id', c: 'FOR' })).code).toBe('NOT_FOUND');
    for (const p of [closed, withdrawn, draft, open]) expect(await voteRows(t, p.id)).toEqual([]);
  });

  it('stores a reason as a VOTE_REASON voice input; a change without a reason drops its link', async () => {
    const p = await proposal(practitioner, 'open', { forumId: forum.id });
    const me = forum.members[1];
    await me.agent.gql(VOTE, { p: p.id, c: 'FOR', r: 'My mum works on weekdays so Saturday is the only day we can go' });
    const [row] = await voteRows(t, p.id);
    const [input] = await sql('select kind, text, withheld, proposal_id, author_id, source_title from voice_input where id = ?', [row.reason_id]);
    expect(input).toEqual({ kind: 'VOTE_REASON', text: 'My mum works on weekdays so Saturday is the only day we can go', withheld: false, proposal_id: p.id, author_id: me.id, source_title: p.title });
    await me.agent.gql(VOTE, { p: p.id, c: 'AGAINST' });
    expect(await voteRows(t, p.id)).toEqual([{ member_id: me.id, choice: 'AGAINST', reason_id: null }]);
  });

  it('screens a reason: a disclosure is withheld, raises a concern and shows support, and the vote still counts', async () => {
    const p = await proposal(practitioner, 'open', { forumId: forum.id });
    const res = await forum.members[2].agent.gql(`mutation($p: ID!, $r: String) { castVote(proposalId: $p, choice: FOR, reason: $r) { myVote support { message contacts { name } } } }`, { p: p.id, r: 'i dont want to go home my step dad hits me' });
    expect(res.castVote.myVote).toBe('FOR');
    expect(res.castVote.support.contacts.map((c: any) => c.name).join(' ')).toMatch(/Childline/);
    const [row] = await voteRows(t, p.id);
    const [concern] = await sql('select c.status, v.withheld from safeguarding_concern c join voice_input v on v.id = c.input_id where v.id = ?', [row.reason_id]);
    expect(concern).toEqual({ status: 'OPEN', withheld: true });
  });

  it('keeps no reason when the vote itself is refused', async () => {
    const p = await proposal(practitioner, 'votingClosed', { forumId: forum.id });
    const before = await sql('select count(*)::int as n from voice_input where proposal_id = ?', [p.id]);
    await forum.members[0].agent.fails(VOTE, { p: p.id, c: 'FOR', r: 'too late' });
    expect(await sql('select count(*)::int as n from voice_input where proposal_id = ?', [p.id])).toEqual(before);
  });

  it('shows a forum member only the proposals put to their forum, never drafts', async () => {
    const f = await forumWithMembers(t, practitioner, 1);
    const draft = await proposal(practitioner, 'draft', { forumId: f.id });
    const open = await proposal(practitioner, 'open', { forumId: f.id });
    const withdrawnDraft = await proposal(practitioner, 'withdrawn', { forumId: f.id });
    const elsewhere = await proposal(practitioner, 'open', { forumId: forum.id });
    const member = f.members[0].agent;
    expect((await member.gql(`{ proposals { id } }`)).proposals.map((p: any) => p.id)).toEqual([open.id]);
    expect((await member.gql(`query($f: ID) { proposals(forumId: $f) { id } }`, { f: forum.id })).proposals).toEqual([]);
    for (const p of [draft, withdrawnDraft, elsewhere]) expect((await member.gql(GET, { id: p.id })).proposal).toBeNull();
    const all = (await practitioner.gql(`query($f: ID) { proposals(forumId: $f) { id } }`, { f: f.id })).proposals.map((p: any) => p.id);
    expect(all.sort()).toEqual([draft.id, open.id, withdrawnDraft.id].sort());
  });

  it('tallies exactly what a direct count of the votes says, after a random load of votes and changes', async () => {
    const f = await forumWithMembers(t, practitioner, 6);
    const choice = fc.constantFrom('FOR', 'AGAINST', 'ABSTAIN');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.tuple(fc.nat({ max: 5 }), choice), { maxLength: 6 }), { minLength: 1, maxLength: 4 }), fc.option(fc.integer({ min: 1, max: 6 }), { nil: null }), async (waves, quorum) => {
        const p = await proposal(practitioner, 'open', { forumId: f.id, quorum });
        const model = new Map<number, string>();
        for (const wave of waves) {
          // Within a wave, each member's calls run concurrently; the wave's last write for a member is unknown, so read it back.
          const results = await Promise.all(wave.map(([m, c]) => f.members[m].agent.request(VOTE, { p: p.id, c })));
          expect(results.filter((r) => r.errors)).toEqual([]);
          for (const [m] of wave) model.set(m, (await f.members[m].agent.gql(GET, { id: p.id })).proposal.myVote);
        }
        const { closeVoting } = await practitioner.gql(CLOSE, { p: p.id });
        const [direct] = await sql(
          `select count(*) filter (where choice = 'FOR')::int as for, count(*) filter (where choice = 'AGAINST')::int as against,
                  count(*) filter (where choice = 'ABSTAIN')::int as abstain, count(*)::int as turnout,
                  count(distinct member_id)::int as members from vote where proposal_id = ?`,
          [p.id],
        );
        const expected = { for: 0, against: 0, abstain: 0 } as Record<string, number>;
        for (const c of model.values()) expected[c.toLowerCase()]++;
        expect(direct.members).toBe(direct.turnout);
        expect(closeVoting.tally).toEqual({
          for: direct.for,
          against: direct.against,
          abstain: direct.abstain,
          turnout: direct.turnout,
          eligible: 6,
          quorumMet: quorum === null || direct.turnout >= quorum,
        });
        expect({ for: direct.for, against: direct.against, abstain: direct.abstain }).toEqual(expected);
        expect(direct.turnout).toBe(model.size);
      }),
      { numRuns: 10 },
    );
    // Each run is a whole vote over HTTP; the machine is shared, so allow for a slow one.
  }, 120_000);
});

describe('deliberation', () => {
  it("stores a member's comment as a screened PROPOSAL_COMMENT voice input, once per submission id", async () => {
    const p = await proposal(practitioner, 'open', { forumId: forum.id });
    const s = submission();
    const first = (await forum.members[0].agent.gql(COMMENT, { p: p.id, t: 'Would the café be open too?', s })).commentOnProposal;
    expect(first).toMatchObject({ author: 'Member 1', text: 'Would the café be open too?', hidden: false, withheld: false, mine: true, fromStaff: false, support: null });
    const again = (await forum.members[0].agent.gql(COMMENT, { p: p.id, t: 'Would the café be open too?', s })).commentOnProposal;
    expect(again.id).toBe(first.id);
    const raced = await Promise.all([1, 2, 3].map(() => forum.members[0].agent.request(COMMENT, { p: p.id, t: 'Same words', s: `${s}-race` })));
    expect(new Set(raced.map((r) => r.data?.commentOnProposal?.id)).size).toBe(1);
    expect(await forum.members[0].agent.fails(COMMENT, { p: p.id, t: 'Different words', s })).toMatchObject({ code: 'CONFLICT', field: 'clientSubmissionId' });
    const inputs = await sql('select kind, text from voice_input where proposal_id = ? order by created_at', [p.id]);
    expect(inputs).toEqual([{ kind: 'PROPOSAL_COMMENT', text: 'Would the café be open too?' }, { kind: 'PROPOSAL_COMMENT', text: 'Same words' }]);
  });

  it('shows names to staff, "A forum member" to other members, and staff answers with the staff name', async () => {
    const p = await proposal(practitioner, 'open', { forumId: forum.id });
    await forum.members[0].agent.gql(COMMENT, { p: p.id, t: 'Who would run it?', s: submission() });
    const answer = (await practitioner.gql(COMMENT, { p: p.id, t: 'Our family hub team would.', s: submission() })).commentOnProposal;
    expect(answer).toMatchObject({ author: 'Priya Patel', text: 'Our family hub team would.', fromStaff: true });
    expect((await audits(answer.id)).map((a) => a.action)).toEqual(['answerProposalComment']);
    const forStaff = (await practitioner.gql(COMMENTS, { id: p.id })).proposal.comments;
    expect(forStaff.map((c: any) => c.author)).toEqual(['Member 1', 'Priya Patel']);
    const forPeer = (await forum.members[1].agent.gql(COMMENTS, { id: p.id })).proposal.comments;
    expect(forPeer.map((c: any) => [c.author, c.text, c.mine])).toEqual([
      ['A forum member', 'Who would run it?', false],
      ['Priya Patel', 'Our family hub team would.', false],
    ]);
  });

  it('withholds a disclosure in a comment: screened, a concern raised, kept from other members, support shown to its author', async () => {
    const p = await proposal(practitioner, 'open', { forumId: forum.id });
    const res = (await forum.members[3].agent.gql(COMMENT, { p: p.id, t: 'my step dad hits me when im home on saturdays', s: submission() })).commentOnProposal;
    expect(res).toMatchObject({ text: null, withheld: true, mine: true });
    expect(res.support.message).toMatch(/Thank you for telling us/);
    const [concern] = await sql(`select c.status from safeguarding_concern c join voice_input v on v.id = c.input_id where v.proposal_id = ? and v.kind = 'PROPOSAL_COMMENT'`, [p.id]);
    expect(concern.status).toBe('OPEN');
    expect((await forum.members[0].agent.gql(COMMENTS, { id: p.id })).proposal.comments).toEqual([]);
    expect((await practitioner.gql(COMMENTS, { id: p.id })).proposal.comments).toMatchObject([{ text: null, withheld: true }]);
  });

  it('hides a comment with a reason: kept, audited, shown as hidden with no words to members', async () => {
    const p = await proposal(practitioner, 'open', { forumId: forum.id });
    const c = (await forum.members[0].agent.gql(COMMENT, { p: p.id, t: 'Member 2 is rubbish at football', s: submission() })).commentOnProposal;
    const safeguarding = await t.staff('safeguarding@northbridge.example');
    const { hideComment } = await safeguarding.gql(HIDE, { c: c.id, r: 'Unkind about another member' });
    expect(hideComment).toEqual({ id: c.id, hidden: true, text: 'Member 2 is rubbish at football', hiddenReason: 'Unkind about another member' });
    const forMember = (await forum.members[1].agent.gql(COMMENTS, { id: p.id })).proposal.comments;
    expect(forMember).toEqual([{ id: c.id, author: 'A forum member', text: null, hidden: true, withheld: false, mine: false, fromStaff: false, hiddenReason: null }]);
    const [entry] = (await audits(c.id)).filter((a) => a.action === 'hideComment');
    expect(entry.details).toEqual({ reason: 'Unkind about another member' });
    expect(entry.actor).toMatch(/Sam Okafor/);
    expect(await practitioner.fails(HIDE, { c: c.id, r: 'again' })).toMatchObject({ code: 'CONFLICT' });
    expect(await practitioner.fails(HIDE, { c: c.id, r: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('refuses comments on a withdrawn proposal and from members of another forum', async () => {
    const withdrawn = await proposal(practitioner, 'open', { forumId: forum.id });
    await practitioner.gql(WITHDRAW, { p: withdrawn.id });
    expect((await forum.members[0].agent.fails(COMMENT, { p: withdrawn.id, t: 'hi', s: submission() })).code).toBe('CONFLICT');
    const other = await forumWithMembers(t, practitioner, 1);
    const open = await proposal(practitioner, 'open', { forumId: forum.id });
    expect((await other.members[0].agent.fails(COMMENT, { p: open.id, t: 'hi', s: submission() })).code).toBe('NOT_FOUND');
    expect(await forum.members[0].agent.fails(COMMENT, { p: open.id, t: 'hi', s: 'short' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'clientSubmissionId' });
  });
});

describe('tenancy: another organisation never sees or changes Northbridge forums and proposals', () => {
  it('keeps forums, proposals and single proposals to their own organisation', async () => {
    const southForum = await forumWithMembers(t, south, 0, 'Southmoor Youth Council');
    const p = await proposal(practitioner, 'open', { forumId: forum.id });
    const southSees = (await south.gql(`{ forums { id } }`)).forums.map((f: any) => f.id);
    expect(southSees).toContain(southForum.id);
    expect(southSees).not.toContain(forum.id);
    expect((await practitioner.gql(`{ forums { id } }`)).forums.map((f: any) => f.id)).not.toContain(southForum.id);
    expect((await south.gql(`{ proposals { id } }`)).proposals.map((x: any) => x.id)).not.toContain(p.id);
    expect((await south.gql(`query($f: ID) { proposals(forumId: $f) { id } }`, { f: forum.id })).proposals).toEqual([]);
    expect((await south.gql(GET, { id: p.id })).proposal).toBeNull();
  });

  it('answers NOT_FOUND for every change to another organisation forum, member, proposal or comment', async () => {
    const draft = await proposal(practitioner, 'draft', { forumId: forum.id });
    const open = await proposal(practitioner, 'open', { forumId: forum.id });
    const closed = await proposal(practitioner, 'votingClosed', { forumId: forum.id });
    await decide(closed.id, 'ADOPTED');
    const c = (await forum.members[0].agent.gql(COMMENT, { p: open.id, t: 'A question', s: submission() })).commentOnProposal;
    const member = forum.members[3];
    const input = { title: 'T', problem: 'P', proposedChange: 'C', childSummary: 'S' };
    const cases: Array<[string, string, Record<string, unknown>]> = [
      ['addForumMember', ADD_MEMBER, { f: forum.id, d: 'Intruder' }],
      ['reissueForumCode', `mutation($m: ID!) { reissueForumCode(memberId: $m) { joinCode } }`, { m: member.id }],
      ['removeForumMember', `mutation($m: ID!) { removeForumMember(memberId: $m) { id } }`, { m: member.id }],
      ['updateProposal', `mutation($p: ID!, $i: CreateProposalInput!) { updateProposal(proposalId: $p, input: $i) { id } }`, { p: draft.id, i: input }],
      ['openVoting', OPEN, { p: draft.id, c: inAnHour() }],
      ['closeVoting', CLOSE, { p: open.id }],
      ['withdrawProposal', WITHDRAW, { p: open.id }],
      ['markProposalImplemented', IMPLEMENTED, { p: closed.id }],
      ['commentOnProposal', COMMENT, { p: open.id, t: 'hello', s: submission() }],
      ['hideComment', HIDE, { c: c.id, r: 'no' }],
    ];
    for (const [name, mutation, variables] of cases) expect({ name, code: (await south.fails(mutation, variables)).code }).toEqual({ name, code: 'NOT_FOUND' });
    // Nothing changed: the member is still signed in and active, the proposals where they were.
    expect((await member.agent.gql(VIEWER)).viewer.id).toBe(member.id);
    const statuses = await sql<{ id: string; status: string }>('select id, status from proposal where id in (?) order by id', [[draft.id, open.id, closed.id]]);
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [draft.id]: 'DRAFT', [open.id]: 'OPEN_FOR_VOTING', [closed.id]: 'ACCEPTED' });
    expect((await practitioner.gql(COMMENTS, { id: open.id })).proposal.comments).toMatchObject([{ id: c.id, hidden: false }]);
  });

  it('refuses a proposal that links another organisation forum, service or theme, naming the field', async () => {
    const southTheme = await theme(t, 'Southmoor Council', 'Southmoor only');
    const { services } = await south.gql(`{ services { id } }`);
    const base = { title: 'T', problem: 'P', proposedChange: 'C', childSummary: 'S' };
    const create = (i: Record<string, unknown>) => practitioner.fails(`mutation($i: CreateProposalInput!) { createProposal(input: $i) { id } }`, { i: { ...base, ...i } });
    const southForum = (await south.gql(`{ forums { id } }`)).forums[0]?.id ?? (await forumWithMembers(t, south, 0)).id;
    expect(await create({ forumId: southForum })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'forumId' });
    expect(await create({ serviceId: services[0].id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'serviceId' });
    expect(await create({ themeIds: [southTheme] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'themeIds' });
  });

  it('refuses a vote by another organisation member, and a member leaving touches only themselves', async () => {
    const southForum = await forumWithMembers(t, south, 1);
    const open = await proposal(practitioner, 'open', { forumId: forum.id });
    expect((await southForum.members[0].agent.fails(VOTE, { p: open.id, c: 'FOR' })).code).toBe('NOT_FOUND');
    expect((await southForum.members[0].agent.fails(COMMENT, { p: open.id, t: 'hi', s: submission() })).code).toBe('NOT_FOUND');
    await southForum.members[0].agent.gql(`mutation { leaveForum }`);
    for (const m of forum.members) expect((await m.agent.gql(VIEWER)).viewer.id).toBe(m.id);
  });

  it('creates a forum in the caller organisation only', async () => {
    const { createForum } = await south.gql(`mutation { createForum(name: "Southmoor Care Council") { id } }`);
    const [row] = await sql('select o.name from forum f join organisation o on o.id = f.organisation_id where f.id = ?', [createForum.id]);
    expect(row.name).toBe('Southmoor Council');
    expect((await practitioner.gql(`{ forums { id } }`)).forums.map((f: any) => f.id)).not.toContain(createForum.id);
  });
});
