import { Account } from '../../server/src/identity/account.entity.js';
import { Organisation } from '../../server/src/identity/organisation.entity.js';
import { Theme } from '../../server/src/trace/theme.entity.js';
import type { Agent, TestApp } from './app.js';

export interface MemberFixture {
  id: string;
  displayName: string;
  /** Signed in on their own "phone" with their join code. */
  agent: Agent;
}

export interface ForumFixture {
  id: string;
  name: string;
  members: MemberFixture[];
}

let forums = 0;

/**
 * A forum made through the API by `staff`, with `size` members who have each joined with their
 * code on their own device (a fresh agent and IP).
 */
export async function forumWithMembers(t: TestApp, staff: Agent, size: number, name = `Youth Voice ${++forums}`): Promise<ForumFixture> {
  const { createForum } = await staff.gql(`mutation($n: String!) { createForum(name: $n, description: "Young people who shape services") { id name } }`, { n: name });
  const members: MemberFixture[] = [];
  for (let i = 0; i < size; i++) {
    const displayName = `Member ${i + 1}`;
    const { addForumMember } = await staff.gql(
      `mutation($f: ID!, $d: String!) { addForumMember(forumId: $f, displayName: $d, ageBand: AGE_12_TO_17) { joinCode member { id } } }`,
      { f: createForum.id, d: displayName },
    );
    const agent = t.agent(`10.9.${forums % 250}.${i + 1}`);
    await agent.gql(`mutation($c: String!) { joinWithCode(code: $c) { id } }`, { c: addForumMember.joinCode });
    members.push({ id: addForumMember.member.id, displayName, agent });
  }
  return { id: createForum.id, name: createForum.name, members };
}

export type ProposalState = 'draft' | 'open' | 'votingClosed' | 'withdrawn';

export const PROPOSAL_FIELDS = `id title status childSummary votingClosesAt quorum votesCast myVote
  tally { for against abstain turnout eligible quorumMet } forum { id } service { id name } origin { id label }`;

/** An hour from now: voting stays open through a test. */
export const inAnHour = () => new Date(Date.now() + 3600_000).toISOString();

/**
 * A proposal in a named state, made through the API as a practitioner would: 'draft', 'open'
 * (voting open for an hour), 'votingClosed' (closed by staff), 'withdrawn'.
 */
export async function proposal(staff: Agent, state: ProposalState, input: Record<string, unknown> = {}): Promise<any> {
  const { createProposal } = await staff.gql(`mutation($i: CreateProposalInput!) { createProposal(input: $i) { id } }`, {
    i: {
      title: 'Open the family hub on Saturdays',
      problem: 'Families who work or go to school in the week cannot get to the hub.',
      proposedChange: 'Open the Northbridge family hub from 10am to 2pm every Saturday.',
      childSummary: 'The family hub could open on Saturdays, so you can go when you are not at school.',
      ...input,
    },
  });
  const id = createProposal.id;
  if (state === 'open' || state === 'votingClosed') {
    await staff.gql(`mutation($p: ID!, $c: DateTimeISO!) { openVoting(proposalId: $p, closesAt: $c) { id } }`, { p: id, c: inAnHour() });
  }
  if (state === 'votingClosed') await staff.gql(`mutation($p: ID!) { closeVoting(proposalId: $p) { id } }`, { p: id });
  if (state === 'withdrawn') await staff.gql(`mutation($p: ID!) { withdrawProposal(proposalId: $p) { id } }`, { p: id });
  const { proposal: p } = await staff.gql(`query($id: ID!) { proposal(id: $id) { ${PROPOSAL_FIELDS} } }`, { id });
  return p;
}

/** A theme of an organisation, made directly (themes are the evidence-chain feature's). */
export async function theme(t: TestApp, organisationName: string, label: string): Promise<string> {
  const em = t.orm.em.fork();
  const organisation = await em.findOneOrFail(Organisation, { name: organisationName });
  const author = await em.findOneOrFail(Account, { organisation, email: { $like: 'admin@%' } });
  const row = new Theme(organisation, label, author);
  await em.persist(row).flush();
  return row.id;
}

export const VOTE = `mutation($p: ID!, $c: VoteChoice!, $r: String) { castVote(proposalId: $p, choice: $c, reason: $r) { id myVote myVoteAt votesCast tally { for } } }`;

/** The vote rows of a proposal, straight from the database. */
export async function voteRows(t: TestApp, proposalId: string): Promise<Array<{ member_id: string; choice: string; reason_id: string | null }>> {
  return t.orm.em.fork().getConnection().execute('select member_id, choice, reason_id from vote where proposal_id = ? order by member_id', [proposalId]);
}
