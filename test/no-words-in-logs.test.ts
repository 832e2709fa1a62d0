// A child's words never reach a log: every write path is made to fail in the database (a trigger that
// raises on every table it writes), with a sentinel phrase in every text, and the captured log output is
// searched for the sentinel. The twin runs the same calls through a plain pino logger and finds it,
// so the search is shown to be able to fail.
import fc from 'fast-check';
import { getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import pino, { type Logger } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { heardSchema } from '../server/src/schema.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { submissionId, survey } from './support/factories.js';
import { forumWithMembers, inAnHour, proposal } from './support/proposal-factories.js';

const SENTINEL = 'Quokka Sentinel 7731';
/** Every table a write path touches, except sessions and accounts (so the callers stay signed in). */
const FAILING_TABLES = [
  'voice_input', 'safeguarding_concern', 'concern_note', 'survey_response', 'answer', 'proposal_comment', 'vote', 'survey', 'question',
  'theme', 'theme_input', 'service', 'consultation_event', 'proposal', 'decision', 'forum', 'audit_entry', 'receipt_follow', 'service_change',
];

function captured(): { lines: string[]; stream: { write(line: string): void } } {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => void lines.push(line) } };
}

const apps: TestApp[] = [];
afterAll(async () => {
  for (const t of apps) await t.close();
});

interface Fixtures {
  admin: Agent;
  practitioner: Agent;
  safeguarding: Agent;
  member: Agent;
  anonymous: Agent;
  survey: Awaited<ReturnType<typeof survey>>;
  eventId: string;
  proposalId: string;
  inputId: string;
  concernId: string;
  realIds: string[];
}

async function fixtures(t: TestApp): Promise<Fixtures> {
  const [admin, practitioner, safeguarding] = await Promise.all(['admin', 'practitioner', 'safeguarding'].map((r) => t.staff(`${r}@northbridge.example`)));
  const s = await survey(practitioner, 'open');
  const { createEvent } = await practitioner.gql(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
    i: { title: 'Drop-in', kind: 'DROP_IN', startsAt: new Date(Date.now() - 3600_000).toISOString() },
  });
  const { recordContribution } = await practitioner.gql(`mutation($i: ContributionInput!) { recordContribution(input: $i) { id } }`, {
    i: { eventId: createEvent.id, clientSubmissionId: submissionId(), text: 'More clubs after school', capture: 'SCRIBED', ageBand: 'AGE_8_TO_11', consentToQuote: false },
  });
  const { flagInput } = await practitioner.gql(`mutation($i: ID!) { flagInput(inputId: $i, note: "Please look") { id } }`, { i: recordContribution.id });
  const forum = await forumWithMembers(t, practitioner, 1);
  const p = await proposal(practitioner, 'draft', { forumId: forum.id });
  await practitioner.gql(`mutation($p: ID!, $c: DateTimeISO!) { openVoting(proposalId: $p, closesAt: $c) { id } }`, { p: p.id, c: inAnHour() });
  const ids = await t.orm.em.getConnection().execute(`
    select id::text from survey union all select id::text from question union all select id::text from service
    union all select id::text from consultation_event union all select id::text from forum union all select id::text from proposal
    union all select id::text from theme union all select id::text from decision union all select id::text from voice_input
    union all select id::text from safeguarding_concern union all select id::text from service_change`);
  return {
    admin, practitioner, safeguarding, member: forum.members[0].agent, anonymous: t.agent(), survey: s, eventId: createEvent.id,
    proposalId: p.id, inputId: recordContribution.id, concernId: flagInput.id, realIds: ids.map((r: any) => r.id),
  };
}

async function failEveryWrite(t: TestApp): Promise<void> {
  const conn = t.orm.em.getConnection();
  await conn.execute(`create function heard_test_fail() returns trigger language plpgsql as $$ begin raise exception 'forced failure for a test'; end $$`);
  for (const table of FAILING_TABLES) await conn.execute(`create trigger heard_test_fail before insert or update on "${table}" for each row execute function heard_test_fail()`);
}

/** A value for an argument with the sentinel in every text and real ids (so calls reach their SQL). */
function sentinelArb(type: GraphQLInputType, ids: string[]): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return sentinelArb(type.ofType, ids);
  if (isListType(type)) return fc.array(sentinelArb(type.ofType, ids), { minLength: 1, maxLength: 2 });
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.constantFrom(...named.getValues().map((v) => v.name));
  if (isInputObjectType(named)) return fc.record(Object.fromEntries(Object.values(named.getFields()).map((f) => [f.name, sentinelArb(f.type, ids)])));
  if (isScalarType(named)) {
    switch (named.name) {
      case 'ID': return fc.constantFrom(...ids);
      case 'Int': return fc.integer({ min: 1, max: 5 });
      case 'Float': return fc.constant(1);
      case 'Boolean': return fc.boolean();
      case 'DateTimeISO': return fc.constant(inAnHour());
      default: return fc.constant(`${SENTINEL} ${'x'.repeat(3)}`);
    }
  }
  return fc.constant(null);
}

/** Pushes the sentinel through every write path; returns how many calls failed. */
async function pushSentinel(t: TestApp, f: Fixtures): Promise<number> {
  const text = `${SENTINEL}: my words`;
  const calls: Array<Promise<{ errors?: unknown[] }>> = [];
  const call = (agent: Agent, query: string, variables: Record<string, unknown>) => calls.push(agent.request(query, variables));
  const textQuestion = f.survey.questions.find((q) => q.type === 'TEXT')!;
  const submit = `mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { receiptCode } }`;
  const answers = f.survey.questions
    .filter((q) => q.type !== 'TEXT' && q.type !== 'MULTI_CHOICE')
    .map((q) => (q.type === 'SCALE' ? { questionId: q.id, scale: 3 } : { questionId: q.id, choiceIds: [q.choices[0].id] }));
  call(f.anonymous, submit, { i: { surveyId: f.survey.id, clientSubmissionId: submissionId(), answers: [...answers, { questionId: textQuestion.id, text }] } });
  call(f.practitioner, submit, { i: { surveyId: f.survey.id, clientSubmissionId: submissionId(), channel: 'PAPER', answers: [...answers, { questionId: textQuestion.id, text }] } });
  call(f.practitioner, `mutation($i: ContributionInput!) { recordContribution(input: $i) { id } }`, {
    i: { eventId: f.eventId, clientSubmissionId: submissionId(), text, speakerLabel: SENTINEL, capture: 'OWN_WORDS', ageBand: 'AGE_12_TO_17', consentToQuote: true },
  });
  call(f.member, `mutation($p: ID!, $t: String!, $s: String!) { commentOnProposal(proposalId: $p, text: $t, clientSubmissionId: $s) { id } }`, { p: f.proposalId, t: text, s: submissionId() });
  call(f.member, `mutation($p: ID!, $r: String) { castVote(proposalId: $p, choice: FOR, reason: $r) { id } }`, { p: f.proposalId, r: text });
  call(f.practitioner, `mutation($i: ID!, $n: String!) { flagInput(inputId: $i, note: $n) { id } }`, { i: f.inputId, n: text });
  call(f.safeguarding, `mutation($i: ID!, $n: String) { acknowledgeConcern(id: $i, note: $n) { id } }`, { i: f.concernId, n: text });
  // Read paths too: a search term travels in the query string of a GET.
  const get = await fetch(`${t.url}/graphql?${new URLSearchParams({ query: 'query($s: String) { inputs(filter: { search: $s }) { totalCount } }', variables: JSON.stringify({ s: text }) })}`, {
    headers: { 'apollo-require-preflight': 'true', cookie: f.practitioner.cookie },
  });
  expect(get.status).toBe(200);
  const results = await Promise.all(calls);
  let failed = results.filter((r) => r.errors?.length).length;
  // Then every other mutation, with the sentinel in every text argument.
  const schema = await heardSchema();
  for (const [i, field] of Object.values(schema.getMutationType()!.getFields()).entries()) {
    if (field.name === 'signOut') continue;
    const args = field.args as GraphQLArgument[];
    const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const named = getNamedType(field.type);
    const document = `mutation${decl ? `(${decl})` : ''} { ${field.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''} ${isObjectType(named) ? '{ __typename }' : ''} }`;
    const [variables] = fc.sample(fc.record(Object.fromEntries(args.map((a) => [a.name, sentinelArb(a.type, f.realIds)]))), { seed: i, numRuns: 1 });
    for (const agent of [f.admin, f.practitioner, f.member]) if ((await agent.request(document, variables)).errors?.length) failed++;
  }
  return failed;
}

async function run(logger: (config: ReturnType<typeof loadConfig>, stream: { write(line: string): void }) => Logger) {
  const log = captured();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'trace', CLIENT_DIR: '' });
  const t = await startTestApp({ env: { LOG_LEVEL: 'trace' }, logger: logger(config, log.stream) });
  apps.push(t);
  const f = await fixtures(t);
  await failEveryWrite(t);
  const failed = await pushSentinel(t, f);
  // Background mail (safeguarding alerts) is fire-and-forget: give it a moment to log.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { output: log.lines.join(''), failed };
}

describe('no words in logs', () => {
  it('logs failed writes by code, constraint and table, and never the words being written', async () => {
    const { output, failed } = await run((config, stream) => createLogger(config, stream));
    expect(failed).toBeGreaterThan(20);
    // The forced failures were logged (SQLSTATE P0001, raise_exception) …
    expect(output).toMatch(/"code":"P0001"/);
    // … and nothing of what was being written.
    expect(output.toLowerCase()).not.toContain(SENTINEL.toLowerCase());
    expect(output).not.toContain('Quokka');
  }, 180_000);

  it('finds the sentinel when the same calls are logged by a plain logger (the search can fail)', async () => {
    const { output } = await run((_config, stream) => pino({ level: 'trace' }, stream));
    const lines = output.split('\n');
    // In a database error (its message is the SQL with the values) and in a request's query string.
    expect(lines.some((l) => l.includes(SENTINEL) && l.includes('forced failure for a test'))).toBe(true);
    expect(lines.some((l) => l.includes('Quokka') && l.includes('incoming request'))).toBe(true);
  }, 180_000);
});
