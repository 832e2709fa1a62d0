import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionJob } from '../server/src/lifecycle/retention.js';
import { memoryTransport } from '../server/src/shared/mail.js';
import { runJobNow, tickJob } from '../server/src/shared/jobs.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { answersFor, releaseWordsAtOnce, SUBMIT, submissionId } from './support/factories.js';
import { forumWithMembers, proposal as openProposal, VOTE } from './support/proposal-factories.js';
import { answeredSurvey, eventContributions, theme } from './support/trace-factories.js';

let t: TestApp;
let admin: Agent;
let commissioner: Agent;
let lead: Agent;

beforeAll(async () => {
  t = await startTestApp();
  // These tests read words as commissioners and admins: no reading queue before release.
  await releaseWordsAtOnce(t);
  [admin, commissioner, lead] = await Promise.all([
    t.staff('admin@northbridge.example'),
    t.staff('commissioner@northbridge.example'),
    t.staff('safeguarding@northbridge.example'),
  ]);
});
afterAll(() => t.close());

const sql = async <T = any>(query: string, params: unknown[] = []): Promise<T[]> => t.orm.em.fork().getConnection().execute(query, params);
const ERASE = `mutation($c: String!) { eraseMyWords(code: $c) }`;
const ERASE_PARTICIPANT = `mutation($a: ID!, $r: String!) { eraseParticipant(accountId: $a, reason: $r) }`;
const INPUTS = `query($f: InputFilter) { inputs(first: 50, filter: $f) { totalCount edges { node { id text erased withheld speakerLabel } } } }`;
const THEME = `query($id: ID!) { theme(id: $id) { inputCount inputs(first: 20) { totalCount edges { node { id text erased } } } } }`;
const TRACE = `query($id: ID!) { trace(inputId: $id) { input { id text erased } themes { id } } }`;
const RESULTS = `query($id: ID!) { surveyResults(surveyId: $id) { responseCount questions { answered choices { count } texts(first: 50) { totalCount edges { node { text erased } } } } } }`;
const csvOf = async (surveyId: string) => (await fetch(`${t.url}/exports/surveys/${surveyId}/results.csv`, { headers: { cookie: commissioner.cookie } })).text();

describe('eraseMyWords', () => {
  it("removes a child's words from inputs, results, themes, trace, CSV and search while every count stays", async () => {
    const words = 'zebracrossing outside the school is scary';
    const { survey, answers } = await answeredSurvey(t, commissioner, [words, 'the youth club is brilliant']);
    const [mine, other] = answers;
    const themeId = await theme(commissioner, 'Road safety', { inputIds: [mine.inputId, other.inputId] });
    const before = (await commissioner.gql(RESULTS, { id: survey.id })).surveyResults;
    expect(await csvOf(survey.id)).toContain(words);
    expect((await commissioner.gql(INPUTS, { f: { search: 'zebracrossing' } })).inputs.totalCount).toBe(1);

    expect((await t.agent().gql(ERASE, { c: mine.receiptCode })).eraseMyWords).toBe(true);

    const listed = (await commissioner.gql(INPUTS, { f: { surveyId: survey.id } })).inputs;
    expect(listed.totalCount).toBe(2);
    expect(listed.edges.find((e: any) => e.node.id === mine.inputId).node).toMatchObject({ text: null, erased: true });
    expect(listed.edges.find((e: any) => e.node.id === other.inputId).node).toMatchObject({ text: 'the youth club is brilliant', erased: false });

    const after = (await commissioner.gql(RESULTS, { id: survey.id })).surveyResults;
    expect(after.responseCount).toBe(before.responseCount);
    expect(after.questions.map((q: any) => q.answered)).toEqual(before.questions.map((q: any) => q.answered));
    expect(after.questions.map((q: any) => q.choices)).toEqual(before.questions.map((q: any) => q.choices));
    const texts = after.questions.flatMap((q: any) => q.texts?.edges ?? []).map((e: any) => e.node);
    expect(texts).toContainEqual({ text: null, erased: true });
    expect(JSON.stringify(after)).not.toContain('zebracrossing');

    const th = (await commissioner.gql(THEME, { id: themeId })).theme;
    expect(th.inputCount).toBe(2);
    expect(th.inputs.edges.map((e: any) => e.node.text)).toEqual(expect.arrayContaining([null, 'the youth club is brilliant']));

    const trace = (await commissioner.gql(TRACE, { id: mine.inputId })).trace;
    expect(trace.input).toEqual({ id: mine.inputId, text: null, erased: true });
    expect(trace.themes).toEqual([{ id: themeId }]);

    const csv = await csvOf(survey.id);
    expect(csv).not.toContain('zebracrossing');
    expect(csv).toContain('[erased]');
    expect((await commissioner.gql(INPUTS, { f: { search: 'zebracrossing' } })).inputs.totalCount).toBe(0);

    // Nothing left in the row itself, nor a hash that could confirm a guess.
    const [row] = await sql('select text, speaker_label, payload_hash, erased_by from voice_input where id = ?', [mine.inputId]);
    expect(row).toEqual({ text: '', speaker_label: null, payload_hash: null, erased_by: 'PERSON' });
    const [response] = await sql('select payload_hash from survey_response where id = ?', [mine.responseId]);
    expect(response.payload_hash).toBe('erased');
  });

  it('is audited without the words, once, however often it is asked', async () => {
    const { answers } = await answeredSurvey(t, commissioner, ['I would like the bus pass to be free']);
    const [a] = answers;
    await t.agent().gql(ERASE, { c: a.receiptCode });
    await t.agent().gql(ERASE, { c: a.receiptCode });
    const audits = await sql('select action, actor, details from audit_entry where target_id = ?', [a.responseId]);
    expect(audits).toEqual([{ action: 'eraseMyWords', actor: 'person with the receipt code', details: { erased: 1, keptForSafeguarding: 0 } }]);
    expect(JSON.stringify(await sql('select * from audit_entry where target_id = ?', [a.responseId]))).not.toContain('bus pass');
  });

  it('keeps the coded answers of the response', async () => {
    const { answers } = await answeredSurvey(t, commissioner, ['words to erase']);
    const before = await sql('select question_id, choice_ids, scale from answer where response_id = ? order by question_id', [answers[0].responseId]);
    expect(before.length).toBeGreaterThan(0);
    await t.agent().gql(ERASE, { c: answers[0].receiptCode });
    expect(await sql('select question_id, choice_ids, scale from answer where response_id = ? order by question_id', [answers[0].responseId])).toEqual(before);
  });

  it('keeps words a safeguarding concern holds with the concern', async () => {
    const disclosure = 'my mums boyfriend hits me when shes at work and i dont want to go home';
    const { answers } = await answeredSurvey(t, commissioner, [disclosure]);
    const [concern] = await sql('select id from safeguarding_concern where input_id = ?', [answers[0].inputId]);
    expect(concern).toBeDefined();
    expect((await t.agent().gql(ERASE, { c: answers[0].receiptCode })).eraseMyWords).toBe(true);
    const { safeguardingConcern } = await lead.gql(`query($id: ID!) { safeguardingConcern(id: $id) { input { text erased } } }`, { id: concern.id });
    expect(safeguardingConcern.input).toEqual({ text: disclosure, erased: false });
  });

  it('refuses an unknown code on the code field and, past the limit, rate-limits the caller', async () => {
    const stranger = t.agent('10.77.0.1');
    expect(await stranger.fails(ERASE, { c: 'otter-maple-cloud-0000' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    for (let i = 0; i < 25; i++) await stranger.request(ERASE, { c: `otter-maple-cloud-${1000 + i}` });
    expect((await stranger.fails(ERASE, { c: 'otter-maple-cloud-0001' })).code).toBe('RATE_LIMITED');
  });
});

describe('eraseParticipant', () => {
  it("erases a forum member's comments and vote reason, ends their account, and keeps their vote counted", async () => {
    const forum = await forumWithMembers(t, commissioner, 2);
    const p = await openProposal(commissioner, 'open', { forumId: forum.id });
    const [member, friend] = forum.members;
    await member.agent.gql(VOTE, { p: p.id, c: 'FOR', r: 'because saturdays are when my dad can take me' });
    await friend.agent.gql(VOTE, { p: p.id, c: 'FOR' });
    await member.agent.gql(`mutation($p: ID!, $t: String!, $s: String!) { commentOnProposal(proposalId: $p, text: $t, clientSubmissionId: $s) { id } }`, {
      p: p.id,
      t: 'could the cafe open too',
      s: submissionId(),
    });
    const inputs = await sql<{ id: string }>('select id from voice_input where author_id = ?', [member.id]);
    expect(inputs).toHaveLength(2);

    expect((await admin.gql(ERASE_PARTICIPANT, { a: member.id, r: 'Asked by their parent, 3 December' })).eraseParticipant).toBe(true);

    expect(await sql('select text, erased_by from voice_input where author_id = ?', [member.id])).toEqual([
      { text: '', erased_by: 'ADMIN' },
      { text: '', erased_by: 'ADMIN' },
    ]);
    const { proposal } = await commissioner.gql(`query($id: ID!) { proposal(id: $id) { votesCast tally { for } comments { text author } } }`, { id: p.id });
    expect(proposal.votesCast).toBe(2);
    expect(proposal.comments).toEqual([{ text: null, author: 'A forum member' }]);
    const [account] = await sql('select display_name, deactivated_at from account where id = ?', [member.id]);
    expect(account.display_name).toBeNull();
    expect(account.deactivated_at).not.toBeNull();
    expect((await member.agent.gql(`{ viewer { id } }`)).viewer).toBeNull();

    const audits = await sql('select action, details from audit_entry where target_id = ?', [member.id]);
    expect(audits).toContainEqual({ action: 'eraseParticipant', details: { reason: 'Asked by their parent, 3 December', erased: 2, keptForSafeguarding: 0 } });
    // A retry changes nothing and is not audited twice.
    await admin.gql(ERASE_PARTICIPANT, { a: member.id, r: 'again' });
    expect((await sql('select 1 from audit_entry where target_id = ? and action = ?', [member.id, 'eraseParticipant'])).length).toBe(1);
  });

  it('is for admins only, within their organisation, with a reason', async () => {
    const forum = await forumWithMembers(t, commissioner, 1);
    const [member] = forum.members;
    expect((await commissioner.fails(ERASE_PARTICIPANT, { a: member.id, r: 'x' })).code).toBe('FORBIDDEN');
    expect(await admin.fails(ERASE_PARTICIPANT, { a: member.id, r: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const south = await t.staff('admin@southmoor.example');
    expect((await south.fails(ERASE_PARTICIPANT, { a: member.id, r: 'x' })).code).toBe('NOT_FOUND');
    // Staff accounts are not participants.
    const [staffRow] = await sql('select id from account where email = ?', ['practitioner@northbridge.example']);
    expect((await admin.fails(ERASE_PARTICIPANT, { a: staffRow.id, r: 'x' })).code).toBe('NOT_FOUND');
    expect((await sql('select display_name from account where id = ?', [member.id]))[0].display_name).toBe(member.displayName);
  });
});

describe('a participant’s data on request', () => {
  it('exports everything held about a forum member, with who viewed it, and audits the export', async () => {
    const forum = await forumWithMembers(t, commissioner, 1);
    const p = await openProposal(commissioner, 'open', { forumId: forum.id });
    const [member] = forum.members;
    await member.agent.gql(VOTE, { p: p.id, c: 'AGAINST', r: 'saturday is football' });
    const url = `${t.url}/exports/participants/${member.id}.json`;
    const res = await fetch(url, { headers: { cookie: admin.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const data = await res.json();
    expect(data.account).toMatchObject({ id: member.id, role: 'FORUM_MEMBER', displayName: member.displayName, forum: forum.name });
    expect(data.words).toEqual([expect.objectContaining({ kind: 'VOTE_REASON', text: 'saturday is football', status: 'held' })]);
    expect(data.votes).toEqual([expect.objectContaining({ proposal: p.title, choice: 'AGAINST' })]);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.votes[0].castAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(new Date(data.account.createdAt).getTime()).toBeGreaterThan(Date.now() - 3600_000);
    const audits = await sql('select action from audit_entry where target_id = ?', [member.id]);
    expect(audits.map((a) => a.action)).toContain('exportParticipant');
    // The first export is itself in the second: who looked at this person's data.
    const again = await (await fetch(url, { headers: { cookie: admin.cookie } })).json();
    expect(again.audit.map((a: any) => a.action)).toContain('exportParticipant');
  });

  it("exports a participant's survey responses with receipt codes and coded answers, leaving out withheld words", async () => {
    // Participants join with a code a worker makes, and answer while signed in.
    const codes = (await admin.gql(`mutation { createParticipantCodes(count: 1) }`)).createParticipantCodes;
    const child = t.agent('10.78.0.1');
    await child.gql(`mutation($c: String!) { joinWithCode(code: $c) { id } }`, { c: codes[0] });
    const { viewer } = await child.gql(`{ viewer { id } }`);
    const { survey } = await answeredSurvey(t, commissioner, []);
    const disclosure = 'my mums boyfriend hits me when shes at work and i dont want to go home';
    const { submitResponse } = await child.gql(SUBMIT, {
      i: { surveyId: survey.id, clientSubmissionId: submissionId(), ageBand: 'AGE_12_TO_17', answers: answersFor(survey, disclosure) },
    });
    const data = await (await fetch(`${t.url}/exports/participants/${viewer.id}.json`, { headers: { cookie: admin.cookie } })).json();
    expect(data.surveyResponses).toEqual([expect.objectContaining({ receiptCode: submitResponse.receiptCode, survey: expect.any(String) })]);
    expect(data.surveyResponses[0].answers.length).toBeGreaterThan(0);
    expect(data.words).toEqual([expect.objectContaining({ status: 'withheld', text: null })]);
    expect(JSON.stringify(data)).not.toContain('hits me');
  });

  it('is for admins of the same organisation only', async () => {
    const forum = await forumWithMembers(t, commissioner, 1);
    const url = `${t.url}/exports/participants/${forum.members[0].id}.json`;
    expect((await fetch(url)).status).toBe(401);
    expect((await fetch(url, { headers: { cookie: commissioner.cookie } })).status).toBe(403);
    const south = await t.staff('admin@southmoor.example');
    expect((await fetch(url, { headers: { cookie: south.cookie } })).status).toBe(404);
    expect((await fetch(`${t.url}/exports/participants/not-an-id.json`, { headers: { cookie: admin.cookie } })).status).toBe(404);
  });
});

// Last in the file: the moved clock makes every older word due, the demo world's included.
describe('retention', () => {
  /** Calendar months from now, as PostgreSQL counts them (make_interval). */
  const inMonths = (n: number) => {
    const d = new Date();
    d.setUTCMonth(d.getUTCMonth() + n);
    return d;
  };
  const state = () => ({ config: t.config, log: (t.app as any).log, mail: memoryTransport() }) as any;
  const SETTINGS = `mutation($m: Int) { updateOrganisationSettings(input: { retainWordsMonths: $m }) { retainWordsMonths } }`;
  const textOf = async (id: string) => (await sql('select text, erased_by from voice_input where id = ?', [id]))[0];

  it('erases words, speaker labels and quotes older than the organisation’s period on a moved clock, keeping counts, coded answers and themes’ counts', async () => {
    await admin.gql(SETTINGS, { m: 12 });
    const { survey, answers } = await answeredSurvey(t, commissioner, ['the waiting room is too cold', 'more evening sessions']);
    const themeId = await theme(commissioner, 'Comfort', { inputIds: answers.map((a) => a.inputId) });
    const disclosure = 'my mums boyfriend hits me when shes at work and i dont want to go home';
    const held = (await answeredSurvey(t, commissioner, [disclosure])).answers[0];
    const southAdmin = await t.staff('admin@southmoor.example');
    const southStaff = await t.staff('commissioner@southmoor.example');
    const south = (await answeredSurvey(t, southStaff, ['southmoor words'])).answers[0];
    expect((await southAdmin.gql(`{ organisationSettings { retainWordsMonths } }`)).organisationSettings.retainWordsMonths).toBe(24);
    // An event contribution quoted, with consent, on the event's public "what we heard" page.
    const { eventId } = await eventContributions(commissioner, []);
    const { recordContribution: quoted } = await commissioner.gql(`mutation($i: ContributionInput!) { recordContribution(input: $i) { id } }`, {
      i: { eventId, clientSubmissionId: submissionId(), text: 'we want a youth club on fridays', capture: 'OWN_WORDS', ageBand: 'AGE_12_TO_17', speakerLabel: 'Group of 4 Year 9s', consentToQuote: true },
    });
    await commissioner.gql(`mutation($e: ID!) { closeEvent(eventId: $e, report: "Report", whatWeHeard: "You want more to do on Fridays.") { id } }`, { e: eventId });
    const { event } = await commissioner.gql(`query($id: ID!) { event(id: $id) { feedbackCode } }`, { id: eventId });
    const FEEDBACK = `query($c: String!) { eventFeedback(code: $c) { quotes { text } } }`;
    expect((await t.agent().gql(FEEDBACK, { c: event.feedbackCode })).eventFeedback.quotes).toEqual([{ text: 'we want a youth club on fridays' }]);
    const results = (await commissioner.gql(RESULTS, { id: survey.id })).surveyResults;
    const answersBefore = await sql('select count(*)::int as n from answer');

    // Eleven months on, nothing of this is due yet.
    await runJobNow(t.orm, state(), retentionJob, inMonths(11));
    expect((await textOf(answers[0].inputId)).text).toBe('the waiting room is too cold');

    const erased = (await runJobNow(t.orm, state(), retentionJob, inMonths(13))) as number;
    expect(erased).toBeGreaterThanOrEqual(2);
    expect(await textOf(answers[0].inputId)).toEqual({ text: '', erased_by: 'RETENTION' });
    expect(await textOf(answers[1].inputId)).toEqual({ text: '', erased_by: 'RETENTION' });
    // Quotes and speaker labels go with the words.
    expect((await t.agent().gql(FEEDBACK, { c: event.feedbackCode })).eventFeedback.quotes).toEqual([]);
    expect((await sql('select text, speaker_label from voice_input where id = ?', [quoted.id]))[0]).toEqual({ text: '', speaker_label: null });
    const eventInputs = (await commissioner.gql(INPUTS, { f: { eventId } })).inputs;
    expect(eventInputs.edges.map((e: any) => e.node)).toEqual([{ id: quoted.id, text: null, erased: true, withheld: false, speakerLabel: null }]);
    // Southmoor keeps words for 24 months; an open concern keeps its words whatever their age.
    expect((await textOf(south.inputId)).text).toBe('southmoor words');
    expect((await textOf(held.inputId)).text).toBe(disclosure);

    const after = (await commissioner.gql(RESULTS, { id: survey.id })).surveyResults;
    expect(after.responseCount).toBe(results.responseCount);
    expect(after.questions.map((q: any) => [q.answered, q.choices])).toEqual(results.questions.map((q: any) => [q.answered, q.choices]));
    expect(await sql('select count(*)::int as n from answer')).toEqual(answersBefore);
    const th = (await commissioner.gql(THEME, { id: themeId })).theme;
    expect(th.inputCount).toBe(2);
    expect(th.inputs.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ text: null, erased: true }),
      expect.objectContaining({ text: null, erased: true }),
    ]);
    const [audit] = await sql(`select actor, details from audit_entry where action = 'applyRetention' and target_id = (select organisation_id::text from voice_input where id = ?)`, [answers[0].inputId]);
    expect(audit.actor).toBe('system (retention)');
    expect(audit.details.erased).toBeGreaterThanOrEqual(2);

    // Run again at the same moment: nothing more to erase.
    expect(await runJobNow(t.orm, state(), retentionJob, inMonths(13))).toBe(0);
  });

  it('erases words a concern held once the concern has been closed for its own period', async () => {
    const disclosure = 'he hurts me and i am scared to go home';
    const held = (await answeredSurvey(t, commissioner, [disclosure])).answers[0];
    const [concern] = await sql('select id from safeguarding_concern where input_id = ?', [held.inputId]);
    expect(concern).toBeDefined();
    await lead.gql(`mutation($id: ID!) { closeConcern(id: $id, note: "Referred to MASH; closed here") { id } }`, { id: concern.id });
    await runJobNow(t.orm, state(), retentionJob, inMonths(71));
    expect((await textOf(held.inputId)).text).toBe(disclosure);
    await runJobNow(t.orm, state(), retentionJob, inMonths(73));
    expect(await textOf(held.inputId)).toEqual({ text: '', erased_by: 'RETENTION' });
  });

  it('fires once a day however many instances tick it', async () => {
    const now = inMonths(200);
    const fired = await Promise.all([tickJob(t.orm, state(), retentionJob, now), tickJob(t.orm, state(), retentionJob, now)]);
    expect(fired.filter(Boolean)).toHaveLength(1);
  });

  it('applyRetention erases the admin’s organisation’s due words now and says how many; admins only', async () => {
    await admin.gql(SETTINGS, { m: 1 });
    const { answers } = await answeredSurvey(t, commissioner, ['an old answer about the bus']);
    const south = (await answeredSurvey(t, await t.staff('commissioner@southmoor.example'), ['an old southmoor answer'])).answers[0];
    // Move the words' clock back rather than the server's.
    await sql(`update voice_input set created_at = now() - interval '40 days' where id in (?)`, [[answers[0].inputId]]);
    await sql(`update voice_input set created_at = now() - interval '800 days' where id in (?)`, [[south.inputId]]);
    expect((await commissioner.fails(`mutation { applyRetention }`)).code).toBe('FORBIDDEN');
    expect((await admin.gql(`mutation { applyRetention }`)).applyRetention).toBe(1);
    expect(await textOf(answers[0].inputId)).toEqual({ text: '', erased_by: 'RETENTION' });
    // Another organisation's words wait for its own run.
    expect((await textOf(south.inputId)).text).toBe('an old southmoor answer');
    expect((await admin.gql(`mutation { applyRetention }`)).applyRetention).toBe(0);
  });
});
