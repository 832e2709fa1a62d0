// One member, one vote, under load: 100 concurrent castVote calls by the same member over HTTP
// against real PostgreSQL. Then the negative twin, in a database of its own: with the unique
// constraint vote_one_per_member dropped, an application-only check lets duplicates in, and the
// same 100 calls no longer end in exactly one vote. So the constraint is what keeps the count right.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import { forumWithMembers, proposal, type MemberFixture } from './support/proposal-factories.js';

const CHOICES = ['FOR', 'AGAINST', 'ABSTAIN'] as const;
const CALLS = 100;
const VOTE = `mutation($p: ID!, $c: VoteChoice!) { castVote(proposalId: $p, choice: $c) { myVote myVoteAt } }`;

interface Outcome {
  /** Calls answered with a GraphQL error (or a non-200 status). */
  errors: Array<string | undefined>;
  /** Each successful call's own write: the choice it stored and when (strictly increasing per row). */
  writes: Array<{ choice: string; at: number }>;
  rows: Array<{ choice: string; updated_at_ms: number }>;
}

/** The scenario: 100 concurrent castVote calls by one member, cycling FOR, AGAINST, ABSTAIN. */
async function hundredConcurrentVotes(t: TestApp, member: MemberFixture, proposalId: string): Promise<Outcome> {
  const responses = await Promise.all(
    Array.from({ length: CALLS }, (_, i) => member.agent.request(VOTE, { p: proposalId, c: CHOICES[i % 3] })),
  );
  const errors = responses.filter((r) => r.status !== 200 || r.errors?.length).map((r) => r.errors?.[0]?.extensions?.code ?? `HTTP ${r.status}`);
  const writes = responses
    .filter((r) => r.data?.castVote)
    .map((r) => ({ choice: r.data.castVote.myVote as string, at: new Date(r.data.castVote.myVoteAt).getTime() }));
  const rows = await t.orm.em
    .fork()
    .getConnection()
    .execute<Array<{ choice: string; updated_at_ms: number }>>(`select choice, floor(extract(epoch from updated_at) * 1000)::float8 as updated_at_ms from vote where proposal_id = ? and member_id = ?`, [proposalId, member.id]);
  return { errors, writes, rows };
}

describe('100 concurrent votes by one member', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('stores exactly one vote row with no server errors, and the call that committed last wins', async () => {
    const staff = await t.staff('practitioner@northbridge.example');
    const forum = await forumWithMembers(t, staff, 1);
    const p = await proposal(staff, 'open', { forumId: forum.id });
    const { errors, writes, rows } = await hundredConcurrentVotes(t, forum.members[0], p.id);

    expect(errors).toEqual([]);
    expect(writes).toHaveLength(CALLS);
    expect(rows).toHaveLength(1);
    // Every call reports its own write: the row lock serialises them and updated_at is stamped
    // under the lock, strictly increasing, so the 100 write times are distinct and in commit order.
    expect(new Set(writes.map((w) => w.at)).size).toBe(CALLS);
    const last = writes.reduce((a, b) => (b.at > a.at ? b : a));
    expect(rows[0]).toEqual({ choice: last.choice, updated_at_ms: last.at });
    // Not trivially the last call sent, nor a constant: choices cycled through all three.
    expect(new Set(writes.map((w) => w.choice))).toEqual(new Set(CHOICES));

    const { closeVoting } = await staff.gql(`mutation($p: ID!) { closeVoting(proposalId: $p) { tally { turnout eligible for against abstain } } }`, { p: p.id });
    expect(closeVoting.tally).toMatchObject({ turnout: 1, eligible: 1 });
    expect(closeVoting.tally[last.choice.toLowerCase()]).toBe(1);
  });
});

describe('negative twin: without the unique constraint, one member gets many votes', () => {
  let t: TestApp;
  let member: MemberFixture;
  let staff: Awaited<ReturnType<TestApp['staff']>>;
  const conn = () => t.orm.em.fork().getConnection();

  beforeAll(async () => {
    // Its own database (each startTestApp clones a fresh one), so dropping the constraint here
    // cannot touch any other test.
    t = await startTestApp();
    staff = await t.staff('practitioner@northbridge.example');
    member = (await forumWithMembers(t, staff, 1)).members[0];
  });
  afterAll(() => t.close());

  /**
   * The naive application-only rule, "check there is no vote, then insert one", as 100 requests
   * that each check before any of them inserts (two phones pressing at the same moment, 100 times).
   */
  async function checkThenInsert(proposalId: string) {
    const checks = await Promise.all(
      Array.from({ length: CALLS }, () => conn().execute('select 1 from vote where proposal_id = ? and member_id = ?', [proposalId, member.id])),
    );
    const inserts = await Promise.allSettled(
      checks
        .filter((found) => found.length === 0)
        .map((_, i) =>
          conn().execute(`insert into vote (id, proposal_id, member_id, choice, cast_at, updated_at) values (?, ?, ?, ?, now(), now())`, [
            randomUUID(),
            proposalId,
            member.id,
            CHOICES[i % 3],
          ]),
        ),
    );
    const [{ n }] = await conn().execute('select count(*)::int as n from vote where proposal_id = ? and member_id = ?', [proposalId, member.id]);
    const refused = inserts.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason?.code);
    return { passedCheck: checks.filter((found) => found.length === 0).length, rows: n as number, refused };
  }

  it('with the constraint, the database stops what the application check lets through', async () => {
    const p = await proposal(staff, 'open', { forumId: (await conn().execute('select forum_id from account where id = ?', [member.id]))[0].forum_id });
    const naive = await checkThenInsert(p.id);
    expect(naive.passedCheck).toBe(CALLS);
    expect(naive.rows).toBe(1);
    expect(naive.refused).toEqual(Array(CALLS - 1).fill('23505'));
  });

  it('without the constraint, the same check lets 100 votes in for one member, and the tally counts them all', async () => {
    await conn().execute('alter table vote drop constraint vote_one_per_member');
    const forumId = (await conn().execute('select forum_id from account where id = ?', [member.id]))[0].forum_id;
    const p = await proposal(staff, 'open', { forumId });
    const naive = await checkThenInsert(p.id);
    expect(naive).toEqual({ passedCheck: CALLS, rows: CALLS, refused: [] });
    const { closeVoting } = await staff.gql(`mutation($p: ID!) { closeVoting(proposalId: $p) { tally { turnout eligible } } }`, { p: p.id });
    expect(closeVoting.tally).toEqual({ turnout: CALLS, eligible: 1 });
  });

  it('without the constraint, the 100 concurrent castVote calls no longer end in one vote: every call is a server error', async () => {
    const [{ n }] = await conn().execute(`select count(*)::int as n from pg_constraint where conname = 'vote_one_per_member'`);
    expect(n).toBe(0);
    const forumId = (await conn().execute('select forum_id from account where id = ?', [member.id]))[0].forum_id;
    const p = await proposal(staff, 'open', { forumId });
    const { errors, writes, rows } = await hundredConcurrentVotes(t, member, p.id);
    // The service names the constraint (ON CONFLICT ON CONSTRAINT vote_one_per_member), so it
    // refuses to write rather than double-count; the first test's expectations all fail.
    expect(errors).toEqual(Array(CALLS).fill('INTERNAL_SERVER_ERROR'));
    expect(writes).toEqual([]);
    expect(rows).toHaveLength(0);
  });
});
