import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseInputs } from '../server/src/voices/erasure.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { answersFor, SUBMIT, submissionId, survey } from './support/factories.js';
import { urduTranslation } from './support/translation-factories.js';
import { answeredSurvey, decisionInput, eventContributions, freshService, proposal, RECORD_DECISION, theme } from './support/trace-factories.js';

const UPDATE_SURVEY = `mutation($id: ID!, $i: UpdateSurveyInput!) { updateSurvey(id: $id, input: $i) { id title purpose audience access closesAt status service { id } } }`;
const COPY_SURVEY = `mutation($id: ID!) { copySurvey(id: $id) { id title status shareCode questions { id type prompt required scaleMax wordings { ageBand text } choices { id label } } } }`;
const REOPEN = `mutation($id: ID!, $c: DateTimeISO) { reopenSurvey(id: $id, closesAt: $c) { id status closesAt } }`;
const UPDATE_EVENT = `mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { id title venue startsAt endsAt questions status } }`;
const CANCEL_EVENT = `mutation($id: ID!, $r: String!) { cancelEvent(id: $id, reason: $r) { id status cancelledReason } }`;
const CORRECT = `mutation($id: ID!, $t: String!, $r: String!) { correctContribution(inputId: $id, text: $t, reason: $r) { id text withheld } }`;
const RENAME = `mutation($id: ID!, $l: String!, $d: String) { renameTheme(id: $id, label: $l, description: $d) { id label description } }`;
const MERGE = `mutation($into: ID!, $from: [ID!]!) { mergeThemes(intoId: $into, fromIds: $from) { id label inputCount } }`;
const AMEND = `mutation($id: ID!, $i: AmendDecisionInput!, $r: String!) { amendDecision(id: $id, input: $i, reason: $r) { id title youSaidWeDid outcome amendedAt history { at by reason title youSaidWeDid outcome } } }`;
const UPDATE_SERVICE = `mutation($id: ID!, $n: String, $d: String) { updateService(id: $id, name: $n, description: $d) { id name description } }`;
const DISCLOSURE = 'the session was fun but my mums boyfriend hits me when shes at work and i dont want to go home';

let t: TestApp;
let practitioner: Agent;
let commissioner: Agent;
let admin: Agent;
let southmoor: Agent;

beforeAll(async () => {
  t = await startTestApp();
  practitioner = await t.staff('practitioner@northbridge.example');
  commissioner = await t.staff('commissioner@northbridge.example');
  admin = await t.staff('admin@northbridge.example');
  southmoor = await t.staff('admin@southmoor.example');
});
afterAll(() => t.close());

async function audit(targetId: string, action: string): Promise<Array<{ actor: string; details: any }>> {
  return t.orm.em.fork().getConnection().execute('select actor, details from audit_entry where target_id = ? and action = ? order by at', [targetId, action]);
}

async function answer(surveyId: string) {
  const { survey: s } = await practitioner.gql(`query($id: ID!) { survey(id: $id) { id questions { id type choices { id label } scaleMax maxLength } } }`, { id: surveyId });
  return t.agent().gql(SUBMIT, { i: { surveyId, clientSubmissionId: submissionId(), ageBand: 'AGE_8_TO_11', answers: answersFor({ ...s, shareCode: '' }) } });
}

describe('updateSurvey', () => {
  it('fixes a typo in a published survey’s title and moves its closing date, audited before and after', async () => {
    const s = await survey(practitioner, 'open', { title: 'How was Eraly Help for you?' });
    await answer(s.id);
    const closesAt = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const { updateSurvey } = await practitioner.gql(UPDATE_SURVEY, { id: s.id, i: { title: 'How was Early Help for you?', closesAt } });
    expect(updateSurvey).toMatchObject({ title: 'How was Early Help for you?', closesAt, status: 'OPEN' });
    const [entry] = await audit(s.id, 'updateSurvey');
    expect(entry.details.before).toMatchObject({ title: 'How was Eraly Help for you?', closesAt: null });
    expect(entry.details.after).toMatchObject({ title: 'How was Early Help for you?', closesAt });
    expect(entry.details.before).not.toHaveProperty('purpose');
  });

  it('refuses, once people have answered, a change of service, access or a removed age band, naming which', async () => {
    const s = await survey(practitioner, 'open');
    await answer(s.id);
    const other = await freshService(t, `Youth Service ${Date.now()}`);
    expect(await practitioner.fails(UPDATE_SURVEY, { id: s.id, i: { serviceId: other } })).toMatchObject({ code: 'CONFLICT', field: 'serviceId' });
    expect(await practitioner.fails(UPDATE_SURVEY, { id: s.id, i: { access: 'PARTICIPANTS_ONLY' } })).toMatchObject({ code: 'CONFLICT', field: 'access' });
    const removed = await practitioner.fails(UPDATE_SURVEY, { id: s.id, i: { audience: ['AGE_8_TO_11'] } });
    expect(removed).toMatchObject({ code: 'CONFLICT', field: 'audience' });
    expect(removed.message).toContain('AGE_4_TO_7');
    // Nothing changed, and no audit row for the refusals.
    const { survey: after } = await practitioner.gql(`query($id: ID!) { survey(id: $id) { access audience service { id } } }`, { id: s.id });
    expect(after).toMatchObject({ access: 'ANYONE_WITH_LINK', audience: ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17'], service: null });
    expect(await audit(s.id, 'updateSurvey')).toHaveLength(0);
    // Adding an age band does not change what earlier answers meant.
    const { updateSurvey } = await practitioner.gql(UPDATE_SURVEY, { id: s.id, i: { audience: ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17', 'PARENT_CARER'] } });
    expect(updateSurvey.audience).toContain('PARENT_CARER');
  });

  it('changes service and access freely before anyone has answered', async () => {
    const s = await survey(practitioner, 'open');
    const other = await freshService(t, `Play Service ${Date.now()}`);
    const { updateSurvey } = await practitioner.gql(UPDATE_SURVEY, { id: s.id, i: { serviceId: other, access: 'PARTICIPANTS_ONLY' } });
    expect(updateSurvey).toMatchObject({ service: { id: other }, access: 'PARTICIPANTS_ONLY' });
  });

  it('refuses a closing date in the past and an empty title, by field', async () => {
    const s = await survey(practitioner, 'open');
    expect(await practitioner.fails(UPDATE_SURVEY, { id: s.id, i: { closesAt: new Date(Date.now() - 1000).toISOString() } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    expect(await practitioner.fails(UPDATE_SURVEY, { id: s.id, i: { title: '' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
  });

  it('does not reveal or change another organisation’s survey, and is refused to safeguarding leads', async () => {
    const s = await survey(practitioner, 'open');
    expect(await southmoor.fails(UPDATE_SURVEY, { id: s.id, i: { title: 'Mine now' } })).toMatchObject({ code: 'NOT_FOUND' });
    const lead = await t.staff('safeguarding@northbridge.example');
    expect(await lead.fails(UPDATE_SURVEY, { id: s.id, i: { title: 'Mine now' } })).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('copySurvey and reopenSurvey', () => {
  it('copies a survey as a new draft with its questions, wordings and choices under new ids', async () => {
    const s = await survey(practitioner, 'closed');
    const { copySurvey } = await practitioner.gql(COPY_SURVEY, { id: s.id });
    expect(copySurvey.id).not.toBe(s.id);
    expect(copySurvey.status).toBe('DRAFT');
    expect(copySurvey.shareCode).not.toBe(s.shareCode);
    expect(copySurvey.questions.map((q: any) => q.type)).toEqual(s.questions.map((q) => q.type));
    expect(copySurvey.questions[0].wordings).toEqual([{ ageBand: 'AGE_4_TO_7', text: 'Was it good?' }]);
    expect(copySurvey.questions[1].choices.map((c: any) => c.label)).toEqual(['My worker', 'A teacher', 'Someone else']);
    const oldIds = new Set([...s.questions.map((q) => q.id), ...s.questions.flatMap((q) => q.choices.map((c) => c.id))]);
    for (const q of copySurvey.questions) {
      expect(oldIds.has(q.id)).toBe(false);
      for (const c of q.choices) expect(oldIds.has(c.id)).toBe(false);
    }
    const [entry] = await audit(copySurvey.id, 'copySurvey');
    expect(entry.details).toEqual({ copiedFrom: s.id });
    expect((await southmoor.fails(COPY_SURVEY, { id: s.id })).code).toBe('NOT_FOUND');
  });

  it('copies the translations with the survey, each question’s under the copy’s question', async () => {
    const s = await survey(practitioner, 'draft');
    const urdu = urduTranslation(s);
    await practitioner.gql(`mutation($s: ID!, $i: SurveyTranslationInput!) { translateSurvey(surveyId: $s, input: $i) { id } }`, { s: s.id, i: urdu });
    const { copySurvey } = await practitioner.gql(COPY_SURVEY, { id: s.id });
    const TRANSLATIONS = `query($id: ID!) { survey(id: $id) { language languages questions { id } translations { language complete title purpose whatHappensNext questions { questionId prompt wordings { ageBand text } choiceLabels } } } }`;
    const { survey: copy } = await practitioner.gql(TRANSLATIONS, { id: copySurvey.id });
    expect(copy.language).toBe('en');
    expect(copy.languages).toEqual(['en', 'ur']);
    expect(copy.translations).toHaveLength(1);
    const [tr] = copy.translations;
    expect(tr).toMatchObject({ language: 'ur', complete: true, title: urdu.title, purpose: urdu.purpose, whatHappensNext: urdu.whatHappensNext });
    // Each translated question belongs to the copy's question in the same place, not the original's.
    expect(tr.questions.map((q: any) => q.questionId)).toEqual(copy.questions.map((q: any) => q.id));
    expect(tr.questions.map((q: any) => q.prompt)).toEqual(urdu.questions.map((q) => q.prompt));
    expect(tr.questions[0].wordings).toEqual([{ ageBand: 'AGE_4_TO_7', text: 'کیا یہ اچھا تھا؟' }]);
    expect(tr.questions[1].choiceLabels).toEqual(['میرا کارکن', 'ایک استاد', 'کوئی اور']);
    // Changing the original's translation afterwards leaves the copy's alone.
    await practitioner.gql(`mutation($s: ID!, $l: String!) { removeSurveyTranslation(surveyId: $s, language: $l) { id } }`, { s: s.id, l: 'ur' });
    expect((await practitioner.gql(TRANSLATIONS, { id: copySurvey.id })).survey.languages).toEqual(['en', 'ur']);
  });

  it('reopens a closed survey with a new closing date so it takes answers again, audited', async () => {
    const s = await survey(practitioner, 'closed');
    const closesAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const { reopenSurvey } = await practitioner.gql(REOPEN, { id: s.id, c: closesAt });
    expect(reopenSurvey).toMatchObject({ status: 'OPEN', closesAt });
    const { submitResponse } = await answer(s.id);
    expect(submitResponse.receiptCode).toBeTruthy();
    const [entry] = await audit(s.id, 'reopenSurvey');
    expect(entry.details).toMatchObject({ before: { status: 'CLOSED' }, after: { status: 'OPEN', closesAt } });
  });

  it('refuses to reopen a draft or an open survey, and a closing date in the past', async () => {
    const draft = await survey(practitioner, 'draft');
    expect(await practitioner.fails(REOPEN, { id: draft.id })).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const open = await survey(practitioner, 'open');
    expect(await practitioner.fails(REOPEN, { id: open.id })).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const closed = await survey(practitioner, 'closed');
    expect(await practitioner.fails(REOPEN, { id: closed.id, c: new Date(Date.now() - 1000).toISOString() })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'closesAt' });
    expect((await southmoor.fails(REOPEN, { id: closed.id })).code).toBe('NOT_FOUND');
  });
});

describe('updateEvent and cancelEvent', () => {
  async function plannedEvent(): Promise<string> {
    const { createEvent } = await practitioner.gql(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
      i: { title: 'School sesion', kind: 'SCHOOL_SESSION', startsAt: new Date(Date.now() + 86_400_000).toISOString(), questions: ['What helps?'] },
    });
    return createEvent.id;
  }

  it('corrects an event’s title, venue and questions, audited before and after', async () => {
    const id = await plannedEvent();
    const { updateEvent } = await practitioner.gql(UPDATE_EVENT, { id, i: { title: 'School session', venue: 'Northbridge Academy', questions: ['What helps you?'] } });
    expect(updateEvent).toMatchObject({ title: 'School session', venue: 'Northbridge Academy', questions: ['What helps you?'] });
    const [entry] = await audit(id, 'updateEvent');
    expect(entry.details.before).toMatchObject({ title: 'School sesion', venue: null, questions: ['What helps?'] });
    expect(entry.details.after).toMatchObject({ title: 'School session', venue: 'Northbridge Academy' });
  });

  it('refuses an end before the start, and another organisation’s event', async () => {
    const id = await plannedEvent();
    expect(await practitioner.fails(UPDATE_EVENT, { id, i: { endsAt: new Date(Date.now()).toISOString() } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
    expect((await southmoor.fails(UPDATE_EVENT, { id, i: { title: 'x' } })).code).toBe('NOT_FOUND');
    expect(await audit(id, 'updateEvent')).toHaveLength(0);
  });

  it('cancels a planned event with the reason; nothing can then be recorded or changed there', async () => {
    const id = await plannedEvent();
    const { cancelEvent } = await practitioner.gql(CANCEL_EVENT, { id, r: 'The school closed for snow.' });
    expect(cancelEvent).toMatchObject({ status: 'CANCELLED', cancelledReason: 'The school closed for snow.' });
    expect((await audit(id, 'cancelEvent'))[0].details).toEqual({ reason: 'The school closed for snow.' });
    const contribute = await practitioner.fails(`mutation($i: ContributionInput!) { recordContribution(input: $i) { id } }`, {
      i: { eventId: id, clientSubmissionId: submissionId(), text: 'It was good', capture: 'SCRIBED', consentToQuote: false },
    });
    expect(contribute).toMatchObject({ code: 'CONFLICT', field: 'eventId' });
    expect((await practitioner.fails(UPDATE_EVENT, { id, i: { title: 'Again' } })).code).toBe('CONFLICT');
    expect((await practitioner.fails(CANCEL_EVENT, { id, r: 'Twice' })).code).toBe('CONFLICT');
  });

  it('refuses to cancel an event that has been held, and a cancel without a reason', async () => {
    const { eventId } = await eventContributions(practitioner, ['We liked the games']);
    expect(await practitioner.fails(CANCEL_EVENT, { id: eventId, r: 'Oops' })).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const id = await plannedEvent();
    expect(await practitioner.fails(CANCEL_EVENT, { id, r: '  ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await southmoor.fails(CANCEL_EVENT, { id, r: 'Not yours' })).code).toBe('NOT_FOUND');
  });
});

describe('correctContribution', () => {
  it('corrects a mis-typed contribution; the earlier text is only in the audit trail', async () => {
    const { inputIds: [id] } = await eventContributions(practitioner, ['We want more hlep with homework']);
    const { correctContribution } = await practitioner.gql(CORRECT, { id, t: 'We want more help with homework', r: 'Typo' });
    expect(correctContribution).toMatchObject({ id, text: 'We want more help with homework', withheld: false });
    const [entry] = await audit(id, 'correctContribution');
    expect(entry.details).toEqual({ reason: 'Typo', before: { text: 'We want more hlep with homework' }, after: { text: 'We want more help with homework' } });
    // The audit log as the API shows it never carries the words.
    const { auditLog } = await admin.gql(`query($id: ID!) { auditLog(targetId: $id) { edges { node { action actor } } } }`, { id });
    expect(JSON.stringify(auditLog)).not.toContain('hlep');
    const { inputs } = await commissioner.gql(`query($s: String) { inputs(filter: { search: $s }) { totalCount } }`, { s: 'hlep' });
    expect(inputs.totalCount).toBe(0);
  });

  it('screens the corrected words: a possible disclosure is withheld for a safeguarding lead', async () => {
    const { inputIds: [id] } = await eventContributions(practitioner, ['The session was fun']);
    const { correctContribution } = await practitioner.gql(CORRECT, { id, t: DISCLOSURE, r: 'Wrote down the rest of what they said' });
    expect(correctContribution).toMatchObject({ withheld: true, text: null });
    const [concern] = await t.orm.em.fork().getConnection().execute('select status from safeguarding_concern where input_id = ?', [id]);
    expect(concern.status).toBe('OPEN');
  });

  it('never rewrites a child’s own survey answer, and refuses without a reason or for another organisation', async () => {
    const { answers: [a] } = await answeredSurvey(t, practitioner, ['More clubs please']);
    expect(await practitioner.fails(CORRECT, { id: a.inputId, t: 'Fewer clubs', r: 'no' })).toMatchObject({ code: 'CONFLICT', field: 'inputId' });
    const { inputIds: [id] } = await eventContributions(practitioner, ['Good']);
    expect(await practitioner.fails(CORRECT, { id, t: 'Great', r: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await practitioner.fails(CORRECT, { id, t: ' ', r: 'x' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect((await southmoor.fails(CORRECT, { id, t: 'Great', r: 'x' })).code).toBe('NOT_FOUND');
    const [row] = await t.orm.em.fork().getConnection().execute('select text from voice_input where id = ?', [id]);
    expect(row.text).toBe('Good');
  });
});

describe('renameTheme and mergeThemes', () => {
  it('renames a theme, audited, and refuses a label another theme has', async () => {
    const id = await theme(practitioner, `Waiting too lnog ${Date.now()}`);
    const label = `Waiting too long ${Date.now()}`;
    const { renameTheme } = await practitioner.gql(RENAME, { id, l: label, d: 'Replies take weeks.' });
    expect(renameTheme).toMatchObject({ label, description: 'Replies take weeks.' });
    expect((await audit(id, 'renameTheme'))[0].details).toMatchObject({ after: { label } });
    const other = await theme(practitioner, `Other ${Date.now()}`);
    expect(await practitioner.fails(RENAME, { id: other, l: label.toUpperCase() })).toMatchObject({ code: 'CONFLICT', field: 'label' });
    expect((await southmoor.fails(RENAME, { id, l: 'Hijack' })).code).toBe('NOT_FOUND');
  });

  it('merges themes: inputs, proposals and decisions move, an input tagged to both is counted once', async () => {
    const svc = await freshService(t, `Merge Service ${Date.now()}`);
    const { inputIds } = await eventContributions(practitioner, ['Replies are slow', 'Nobody calls back', 'Wait for weeks'], { serviceId: svc });
    const into = await theme(practitioner, `Slow replies ${Date.now()}`, { inputIds: [inputIds[0], inputIds[1]] });
    const from = await theme(practitioner, `Waiting ${Date.now()}`, { inputIds: [inputIds[1], inputIds[2]] });
    const p = await proposal(t, commissioner, 'draft', { themeIds: [from] });
    const { recordDecision } = await commissioner.gql(RECORD_DECISION, { i: decisionInput({ themeIds: [from] }) });
    const { mergeThemes } = await practitioner.gql(MERGE, { into, from: [from] });
    expect(mergeThemes).toMatchObject({ id: into, inputCount: 3 });
    const conn = t.orm.em.fork().getConnection();
    const tags = await conn.execute('select input_id from theme_input where theme_id = ?', [into]);
    expect(tags.map((r: any) => r.input_id).sort()).toEqual([...inputIds].sort());
    expect(await conn.execute('select 1 from proposal_theme where theme_id = ? and proposal_id = ?', [into, p.id])).toHaveLength(1);
    expect(await conn.execute('select 1 from decision_theme where theme_id = ? and decision_id = ?', [into, recordDecision.id])).toHaveLength(1);
    expect(await conn.execute('select 1 from theme where id = ?', [from])).toHaveLength(0);
    const [entry] = await audit(into, 'mergeThemes');
    expect(entry.details).toMatchObject({ fromIds: [from], moved: { inputs: 1, proposals: 1, decisions: 1 } });
  });

  it('refuses merging a theme into itself, another organisation’s theme, or nothing', async () => {
    const a = await theme(practitioner, `A ${Date.now()}`);
    expect(await practitioner.fails(MERGE, { into: a, from: [a] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromIds.0' });
    expect(await practitioner.fails(MERGE, { into: a, from: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromIds' });
    const theirs = await theme(southmoor, `Theirs ${Date.now()}`);
    expect(await practitioner.fails(MERGE, { into: a, from: [theirs] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromIds.0' });
    expect((await practitioner.fails(MERGE, { into: theirs, from: [a] })).code).toBe('NOT_FOUND');
    const conn = t.orm.em.fork().getConnection();
    expect(await conn.execute('select 1 from theme where id in (?, ?)', [a, theirs])).toHaveLength(2);
  });
});

describe('amendDecision', () => {
  it('amends a decision, keeps the earlier version in history, and receipts show the current one with “updated on”', async () => {
    const svc = await freshService(t, `Amend Service ${Date.now()}`);
    const { answers: [a] } = await answeredSurvey(t, practitioner, ['Open on Saturdays please'], { serviceId: svc });
    const { recordDecision } = await commissioner.gql(RECORD_DECISION, { i: decisionInput({ inputIds: [a.inputId], serviceId: svc }) });
    const { amendDecision } = await commissioner.gql(AMEND, {
      id: recordDecision.id,
      i: { youSaidWeDid: 'You said weekdays are hard. We are opening on Saturdays from October.' },
      r: 'The start moved to October',
    });
    expect(amendDecision.youSaidWeDid).toBe('You said weekdays are hard. We are opening on Saturdays from October.');
    expect(amendDecision.amendedAt).toBeTruthy();
    expect(amendDecision.history).toHaveLength(1);
    expect(amendDecision.history[0]).toMatchObject({
      reason: 'The start moved to October',
      youSaidWeDid: decisionInput().youSaidWeDid,
      by: expect.stringContaining('COMMISSIONER'),
    });
    const { receipt } = await t.agent().gql(`query($c: String!) { receipt(code: $c) { outcomes { youSaidWeDid amendedAt } } }`, { c: a.receiptCode });
    expect(receipt.outcomes).toEqual([{ youSaidWeDid: amendDecision.youSaidWeDid, amendedAt: amendDecision.amendedAt }]);
    const { youSaidWeDid } = await t.agent().gql(`query($s: ID!) { youSaidWeDid(serviceId: $s) { youSaidWeDid amendedAt } }`, { s: svc });
    expect(youSaidWeDid).toEqual([{ youSaidWeDid: amendDecision.youSaidWeDid, amendedAt: amendDecision.amendedAt }]);
    const [entry] = await audit(recordDecision.id, 'amendDecision');
    expect(entry.details).toMatchObject({ reason: 'The start moved to October', before: { youSaidWeDid: decisionInput().youSaidWeDid } });
  });

  it('refuses without a reason, with nothing changed, a short why-not, and an outcome change on decided proposals', async () => {
    const { recordDecision } = await commissioner.gql(RECORD_DECISION, { i: decisionInput() });
    const id = recordDecision.id;
    expect(await commissioner.fails(AMEND, { id, i: { title: 'New' }, r: ' ' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await commissioner.fails(AMEND, { id, i: { title: decisionInput().title }, r: 'Same' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(await commissioner.fails(AMEND, { id, i: { outcome: 'NOT_ADOPTED', rationale: 'No money' }, r: 'Board changed its mind' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.rationale',
    });
    const p = await proposal(t, commissioner, 'votingClosed');
    const decided = await commissioner.gql(RECORD_DECISION, { i: decisionInput({ proposalIds: [p.id] }) });
    expect(await commissioner.fails(AMEND, { id: decided.recordDecision.id, i: { outcome: 'DEFERRED' }, r: 'Wait' })).toMatchObject({ code: 'CONFLICT', field: 'input.outcome' });
    expect((await southmoor.fails(AMEND, { id, i: { title: 'Theirs' }, r: 'x' })).code).toBe('NOT_FOUND');
    expect((await practitioner.fails(AMEND, { id, i: { title: 'Mine' }, r: 'x' })).code).toBe('FORBIDDEN');
    const { decision } = await commissioner.gql(`query($id: ID!) { decision(id: $id) { title amendedAt history { title } } }`, { id });
    expect(decision).toEqual({ title: decisionInput().title, amendedAt: null, history: [] });
  });
});

describe('updateService', () => {
  it('renames a service, audited before and after, ADMIN only, and refuses a name in use', async () => {
    const id = await freshService(t, `Erly Help ${Date.now()}`);
    const name = `Early Help Hub ${Date.now()}`;
    const { updateService } = await admin.gql(UPDATE_SERVICE, { id, n: name, d: 'Support before problems grow.' });
    expect(updateService).toMatchObject({ name, description: 'Support before problems grow.' });
    expect((await audit(id, 'updateService'))[0].details).toMatchObject({ after: { name } });
    expect(await admin.fails(UPDATE_SERVICE, { id, n: 'Child Protection' })).toMatchObject({ code: 'CONFLICT', field: 'name' });
    expect((await commissioner.fails(UPDATE_SERVICE, { id, n: 'Mine' })).code).toBe('FORBIDDEN');
    expect((await southmoor.fails(UPDATE_SERVICE, { id, n: 'Theirs' })).code).toBe('NOT_FOUND');
  });
});

// Last in the file: applyRetention erases every word older than the period, the demo world's included.
describe('erasing a corrected contribution', () => {
  const rows = async (id: string) => audit(id, 'correctContribution');

  it('takes the earlier and corrected words out of the correction’s audit row when the words are erased for the person', async () => {
    const { inputIds: [id] } = await eventContributions(practitioner, ['We want more hlep with homework']);
    await practitioner.gql(CORRECT, { id, t: 'We want more help with homework', r: 'Typo' });
    expect((await rows(id))[0].details.before).toEqual({ text: 'We want more hlep with homework' });
    const [{ organisation_id: org }] = await t.orm.em.fork().getConnection().execute('select organisation_id from voice_input where id = ?', [id]);
    // The erasure eraseParticipant and eraseMyWords use.
    const result = await t.orm.em.fork().transactional((tx) => eraseInputs(tx, org, [id], 'ADMIN', new Date()));
    expect(result.erased).toEqual([id]);
    const [entry] = await rows(id);
    expect(entry.details).toEqual({ reason: 'Typo', wordsErased: true });
    expect(JSON.stringify(await t.orm.em.fork().getConnection().execute('select details from audit_entry where target_id = ?', [id]))).not.toMatch(/homework/);
  });

  it('takes them out when the retention rule erases the words, and leaves other corrections’ rows alone', async () => {
    const { inputIds: [old, recent] } = await eventContributions(practitioner, ['Teh youth club shuts too early', 'More trips pleese']);
    await practitioner.gql(CORRECT, { id: old, t: 'The youth club shuts too early', r: 'Typo' });
    await practitioner.gql(CORRECT, { id: recent, t: 'More trips please', r: 'Spelling' });
    const SETTINGS = `mutation($m: Int) { updateOrganisationSettings(input: { retainWordsMonths: $m }) { retainWordsMonths } }`;
    const { organisationSettings: before } = await admin.gql(`{ organisationSettings { retainWordsMonths } }`);
    await admin.gql(SETTINGS, { m: 12 });
    try {
      await t.orm.em.fork().getConnection().execute(`update voice_input set created_at = now() - interval '13 months' where id = ?`, [old]);
      expect((await admin.gql(`mutation { applyRetention }`)).applyRetention).toBeGreaterThanOrEqual(1);
      expect((await rows(old))[0].details).toEqual({ reason: 'Typo', wordsErased: true });
      expect((await rows(recent))[0].details).toEqual({ reason: 'Spelling', before: { text: 'More trips pleese' }, after: { text: 'More trips please' } });
    } finally {
      await admin.gql(SETTINGS, { m: before.retainWordsMonths });
    }
  });
});
