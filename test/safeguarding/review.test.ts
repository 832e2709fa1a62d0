import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from '../support/app.js';
import { forumWithMembers, proposal as forumProposal } from '../support/proposal-factories.js';
import { answeredSurvey, eventContributions, theme } from '../support/trace-factories.js';
import { addWorkingDays } from '../../server/src/shared/working-days.js';

/*
 * OrganisationSettings.reviewFreeText (on by default): words wait for a practitioner to read them
 * before commissioners, forums, public pages or exports see them. One test per read path, each
 * with its twin after the practitioner has read the words (or with review off), so every test
 * shows the gate is what hides the words.
 */

const WORDS = 'the bus to the youth club never comes on time and we wait in the rain';

let t: TestApp;
let admin: Agent;
let commissioner: Agent;
let practitioner: Agent;
let lead: Agent;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.staff('admin@northbridge.example');
  commissioner = await t.staff('commissioner@northbridge.example');
  practitioner = await t.staff('practitioner@northbridge.example');
  lead = await t.staff('safeguarding@northbridge.example');
});
afterAll(() => t.close());

const REVIEW = `mutation($ids: [ID!]!) { reviewInputs(inputIds: $ids) { id text reviewed } }`;
const INPUT_TEXT = `query($f: InputFilter) { inputs(filter: $f, first: 50) { totalCount edges { node { id text reviewed reviewDueBy } } } }`;

async function textOf(agent: Agent, inputId: string, filter: Record<string, unknown>): Promise<string | null | undefined> {
  const { inputs } = await agent.gql(INPUT_TEXT, { f: filter });
  return inputs.edges.find((e: any) => e.node.id === inputId)?.node.text;
}

async function setReview(on: boolean) {
  await admin.gql(`mutation($i: OrganisationSettingsInput!) { updateOrganisationSettings(input: $i) { reviewFreeText } }`, { i: { reviewFreeText: on } });
}

describe('words wait for a practitioner', () => {
  it('is on by default for a new organisation', async () => {
    const { organisationSettings } = await admin.gql(`{ organisationSettings { reviewFreeText } }`);
    expect(organisationSettings.reviewFreeText).toBe(true);
  });

  it('survey results: a commissioner sees the count but not the unread words, then the words once read', async () => {
    const { survey, answers } = await answeredSurvey(t, practitioner, [WORDS]);
    const RESULTS = `query($s: ID!) { surveyResults(surveyId: $s) { responseCount questions { texts(first: 20) { edges { node { id text reviewed } } } } } }`;
    const before = await commissioner.gql(RESULTS, { s: survey.id });
    const node = before.surveyResults.questions.flatMap((q: any) => q.texts.edges.map((e: any) => e.node)).find((n: any) => n.id === answers[0].inputId);
    expect(node).toMatchObject({ text: null, reviewed: false });
    // Counts are never held back, only words (one response, suppressed or not, is counted).
    expect(before.surveyResults.responseCount === null || typeof before.surveyResults.responseCount === 'number').toBe(true);
    // The practitioner reads it in the queue.
    expect(await textOf(practitioner, answers[0].inputId, { surveyId: survey.id })).toBe(WORDS);
    await practitioner.gql(REVIEW, { ids: [answers[0].inputId] });
    const after = await commissioner.gql(RESULTS, { s: survey.id });
    const read = after.surveyResults.questions.flatMap((q: any) => q.texts.edges.map((e: any) => e.node)).find((n: any) => n.id === answers[0].inputId);
    expect(read).toMatchObject({ text: WORDS, reviewed: true });
  });

  it('inputs and word search: nothing unread comes back to a commissioner, not even as a search hit', async () => {
    const { survey, answers } = await answeredSurvey(t, practitioner, ['the skatepark lights are broken again']);
    expect(await textOf(commissioner, answers[0].inputId, { surveyId: survey.id })).toBeNull();
    const hits = await commissioner.gql(INPUT_TEXT, { f: { search: 'skatepark' } });
    expect(hits.inputs.edges.some((e: any) => e.node.id === answers[0].inputId)).toBe(false);
    await practitioner.gql(REVIEW, { ids: [answers[0].inputId] });
    expect(await textOf(commissioner, answers[0].inputId, { surveyId: survey.id })).toBe('the skatepark lights are broken again');
    const again = await commissioner.gql(INPUT_TEXT, { f: { search: 'skatepark' } });
    expect(again.inputs.edges.some((e: any) => e.node.id === answers[0].inputId)).toBe(true);
  });

  it('themes and trace: unread words tagged to a theme or traced stay hidden from a commissioner', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['more football after school please']);
    const themeId = await theme(practitioner, 'Football', { inputIds: [answers[0].inputId] });
    const THEME = `query($id: ID!) { theme(id: $id) { inputs(first: 10) { edges { node { id text } } } } }`;
    const TRACE = `query($id: ID!) { trace(inputId: $id) { input { id text reviewed } } }`;
    expect((await commissioner.gql(THEME, { id: themeId })).theme.inputs.edges[0].node.text).toBeNull();
    expect((await commissioner.gql(TRACE, { id: answers[0].inputId })).trace.input.text).toBeNull();
    await practitioner.gql(REVIEW, { ids: [answers[0].inputId] });
    expect((await commissioner.gql(THEME, { id: themeId })).theme.inputs.edges[0].node.text).toBe('more football after school please');
    expect((await commissioner.gql(TRACE, { id: answers[0].inputId })).trace.input).toMatchObject({ text: 'more football after school please', reviewed: true });
  });

  it('CSV export: unread words are not exported', async () => {
    const { survey, answers } = await answeredSurvey(t, practitioner, ['the staff at the hub listen to us']);
    const csv = async () => (await fetch(`${t.url}/exports/surveys/${survey.id}/results.csv`, { headers: { cookie: commissioner.cookie } })).text();
    const before = await csv();
    expect(before).not.toContain('listen to us');
    expect(before).toContain('[awaiting review]');
    await practitioner.gql(REVIEW, { ids: [answers[0].inputId] });
    expect(await csv()).toContain('the staff at the hub listen to us');
  });

  it('event contributions and the public "what we heard" page: unread words are not shown or quoted', async () => {
    const { createEvent } = await practitioner.gql(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
      i: { title: 'School session', kind: 'SCHOOL_SESSION', startsAt: new Date(Date.now() - 3600_000).toISOString() },
    });
    const { recordContribution } = await practitioner.gql(
      `mutation($i: ContributionInput!) { recordContribution(input: $i) { id text } }`,
      { i: { eventId: createEvent.id, clientSubmissionId: `review-${Date.now()}`, text: 'we want a quiet room at lunch', capture: 'OWN_WORDS', ageBand: 'AGE_12_TO_17', consentToQuote: true } },
    );
    // The practitioner who typed it sees it back.
    expect(recordContribution.text).toBe('we want a quiet room at lunch');
    const EVENT = `query($id: ID!) { event(id: $id) { contributions(first: 10) { edges { node { id text } } } } }`;
    expect((await commissioner.gql(EVENT, { id: createEvent.id })).event.contributions.edges[0].node.text).toBeNull();
    const { closeEvent } = await practitioner.gql(`mutation($id: ID!) { closeEvent(eventId: $id, report: "Held", whatWeHeard: "You asked for a quiet room.") { feedbackCode } }`, { id: createEvent.id });
    const FEEDBACK = `query($c: String!) { eventFeedback(code: $c) { quotes { text } } }`;
    expect((await t.agent().gql(FEEDBACK, { c: closeEvent.feedbackCode })).eventFeedback.quotes).toEqual([]);
    await practitioner.gql(REVIEW, { ids: [recordContribution.id] });
    expect((await t.agent().gql(FEEDBACK, { c: closeEvent.feedbackCode })).eventFeedback.quotes).toEqual([{ text: 'we want a quiet room at lunch' }]);
    expect((await commissioner.gql(EVENT, { id: createEvent.id })).event.contributions.edges[0].node.text).toBe('we want a quiet room at lunch');
  });

  it('forum comments: other members see a comment once read; its author sees it at once', async () => {
    const forum = await forumWithMembers(t, practitioner, 2);
    const p = await forumProposal(practitioner, 'open', { forumId: forum.id });
    const COMMENT = `mutation($p: ID!, $c: String!, $t: String!) { commentOnProposal(proposalId: $p, clientSubmissionId: $c, text: $t) { id text } }`;
    const { commentOnProposal } = await forum.members[0].agent.gql(COMMENT, { p: p.id, c: `c-${Date.now()}`, t: 'saturday mornings work best for us' });
    expect(commentOnProposal.text).toBe('saturday mornings work best for us');
    const COMMENTS = `query($id: ID!) { proposal(id: $id) { comments { id text } } }`;
    const seen = async (agent: Agent) => (await agent.gql(COMMENTS, { id: p.id })).proposal.comments.find((c: any) => c.id === commentOnProposal.id)?.text;
    expect(await seen(forum.members[1].agent)).toBeNull();
    expect(await seen(commissioner)).toBeNull();
    const [row] = await t.orm.em.fork().getConnection().execute('select input_id from proposal_comment where id = ?', [commentOnProposal.id]);
    await practitioner.gql(REVIEW, { ids: [row.input_id] });
    expect(await seen(forum.members[1].agent)).toBe('saturday mornings work best for us');
  });

  it('with review off, a commissioner sees new words at once (the gate is the setting)', async () => {
    await setReview(false);
    try {
      const { survey, answers } = await answeredSurvey(t, practitioner, ['the climbing wall is the best thing']);
      expect(await textOf(commissioner, answers[0].inputId, { surveyId: survey.id })).toBe('the climbing wall is the best thing');
      const { reviewQueue } = await practitioner.gql(`{ reviewQueue(first: 100) { totalCount } }`);
      expect(reviewQueue.totalCount).toBe(0);
    } finally {
      await setReview(true);
    }
  });
});

describe('reviewInputs and the review queue', () => {
  it('lists unread words oldest first, each due two working days after it arrived', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['first text in the queue', 'second text in the queue']);
    const { reviewQueue } = await practitioner.gql(`{ reviewQueue(first: 100) { totalCount edges { node { id text createdAt reviewDueBy } } } }`);
    const ids = reviewQueue.edges.map((e: any) => e.node.id);
    expect(ids.indexOf(answers[0].inputId)).toBeLessThan(ids.indexOf(answers[1].inputId));
    const node = reviewQueue.edges.find((e: any) => e.node.id === answers[0].inputId).node;
    expect(node.text).toBe('first text in the queue');
    // two working days: weekends and England and Wales bank holidays skipped
    expect(new Date(node.reviewDueBy).toISOString()).toBe(addWorkingDays(new Date(node.createdAt), 2).toISOString());
    const times = reviewQueue.edges.map((e: any) => new Date(e.node.createdAt).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('marks words read once, audited once; a retry changes nothing', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['read me once']);
    const id = answers[0].inputId;
    const first = await practitioner.gql(REVIEW, { ids: [id] });
    expect(first.reviewInputs).toEqual([{ id, text: 'read me once', reviewed: true }]);
    const conn = t.orm.em.fork().getConnection();
    const [{ reviewed_at }] = await conn.execute('select reviewed_at from voice_input where id = ?', [id]);
    await lead.gql(REVIEW, { ids: [id, id] });
    const [again] = await conn.execute('select reviewed_at, reviewed_by_id from voice_input where id = ?', [id]);
    expect(again.reviewed_at).toEqual(reviewed_at);
    const audits = await conn.execute(`select count(*)::int as n from audit_entry where action = 'reviewInput' and target_id = ?`, [id]);
    expect(audits[0].n).toBe(1);
    const { reviewQueue } = await practitioner.gql(`{ reviewQueue(first: 100) { edges { node { id } } } }`);
    expect(reviewQueue.edges.some((e: any) => e.node.id === id)).toBe(false);
  });

  it('refuses an id that is not one of the organisation’s texts, naming it, and changes nothing', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['still unread after a bad batch']);
    const res = await practitioner.request(REVIEW, { ids: [answers[0].inputId, '00000000-0000-4000-8000-000000000000'] });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inputIds.1' });
    const [row] = await t.orm.em.fork().getConnection().execute('select reviewed_at from voice_input where id = ?', [answers[0].inputId]);
    expect(row.reviewed_at).toBeNull();
  });

  it('is for practitioners and safeguarding leads only', async () => {
    const { answers } = await answeredSurvey(t, practitioner, ['not for commissioners to release']);
    for (const who of [commissioner, admin]) {
      const res = await who.request(REVIEW, { ids: [answers[0].inputId] });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const queue = await who.request(`{ reviewQueue { totalCount } }`);
      expect(queue.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});
