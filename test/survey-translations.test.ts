import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../server/src/shared/audit-entry.entity.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { answersFor, SUBMIT, submissionId, survey, type SurveyFixture } from './support/factories.js';
import { urduTranslation } from './support/translation-factories.js';

let t: TestApp;
let practitioner: Agent;
let otherOrg: Agent;
beforeAll(async () => {
  t = await startTestApp();
  practitioner = await t.staff('practitioner@northbridge.example');
  otherOrg = await t.staff('practitioner@southmoor.example');
});
afterAll(() => t.close());

const TRANSLATE = `mutation($s: ID!, $i: SurveyTranslationInput!) { translateSurvey(surveyId: $s, input: $i) { id language languages } }`;
const REMOVE = `mutation($s: ID!, $l: String!) { removeSurveyTranslation(surveyId: $s, language: $l) { id languages } }`;
const BY_CODE = `query($c: String!, $l: String) { surveyByShareCode(code: $c, language: $l) {
  title purpose whatHappensNext language languages
  questions { prompt young: promptFor(ageBand: AGE_4_TO_7) english: promptFor(ageBand: AGE_4_TO_7, language: "en") choices { label en: labelFor(language: "en") ur: labelFor(language: "ur") } }
} }`;

describe('translating a survey', () => {
  it('offers a language once every question and choice is translated, and audits the change', async () => {
    const s = await survey(practitioner, 'draft');
    const partial = urduTranslation(s);
    partial.questions = partial.questions.slice(0, 2);
    const first = await practitioner.gql(TRANSLATE, { s: s.id, i: partial });
    expect(first.translateSurvey).toEqual({ id: s.id, language: 'en', languages: ['en'] });

    const { translateSurvey } = await practitioner.gql(TRANSLATE, { s: s.id, i: urduTranslation(s) });
    expect(translateSurvey.languages).toEqual(['en', 'ur']);
    const audit = await t.orm.em.fork().find(AuditEntry, { targetId: s.id, action: 'translateSurvey' });
    expect(audit).toHaveLength(2);
    expect(audit[0].details).toEqual({ language: 'ur' });

    const { survey: staffView } = await practitioner.gql(`query($id: ID!) { survey(id: $id) { translations { language complete title questions { questionId choiceLabels } } } }`, { id: s.id });
    expect(staffView.translations).toEqual([
      expect.objectContaining({ language: 'ur', complete: true, title: 'ارلی ہیلپ آپ کے لیے کیسا تھا؟' }),
    ]);
    expect(staffView.translations[0].questions).toHaveLength(5);
  });

  it('shows the survey in the language asked for, falling back per field to its own language', async () => {
    const s = await survey(practitioner, 'open');
    const tr = urduTranslation(s);
    // The second question's prompt is translated but its choices are not yet: labels stay English.
    tr.questions[1] = { ...tr.questions[1], choiceLabels: undefined };
    await practitioner.gql(TRANSLATE, { s: s.id, i: tr });

    const { surveyByShareCode: ur } = await t.agent().gql(BY_CODE, { c: s.shareCode, l: 'ur' });
    expect(ur.title).toBe('ارلی ہیلپ آپ کے لیے کیسا تھا؟');
    expect(ur.languages).toEqual(['en']); // incomplete, so not offered
    expect(ur.questions[0].prompt).toBe('ارلی ہیلپ آپ کے لیے کیسا تھا؟');
    expect(ur.questions[0].young).toBe('کیا یہ اچھا تھا؟');
    expect(ur.questions[0].english).toBe('Was it good?');
    expect(ur.questions[1].prompt).toBe('آپ زیادہ تر کس سے ملے؟');
    expect(ur.questions[1].choices.map((c: any) => c.label)).toEqual(['My worker', 'A teacher', 'Someone else']);
    expect(ur.questions[3].choices).toEqual([
      { label: 'ہاں', en: 'Yes', ur: 'ہاں' },
      { label: 'نہیں', en: 'No', ur: 'نہیں' },
    ]);

    const { surveyByShareCode: en } = await t.agent().gql(BY_CODE, { c: s.shareCode, l: null });
    expect(en.title).toBe('How was Early Help for you?');
    expect(en.questions[3].choices.map((c: any) => c.label)).toEqual(['Yes', 'No']);
    // A language nobody translated into shows the survey's own.
    const { surveyByShareCode: pl } = await t.agent().gql(BY_CODE, { c: s.shareCode, l: 'pl' });
    expect(pl.title).toBe('How was Early Help for you?');
    expect(pl.questions[0].young).toBe('Was it good?');
  });

  it('refuses a translation that does not fit the survey, naming the field and storing nothing', async () => {
    const s = await survey(practitioner, 'draft');
    const fails = (i: unknown) => practitioner.fails(TRANSLATE, { s: s.id, i });
    const good = urduTranslation(s);
    expect(await fails({ ...good, language: 'Urdu please' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    expect(await fails({ ...good, language: 'en' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    const unknownQuestion = { ...good, questions: [{ ...good.questions[0], questionId: '00000000-0000-4000-8000-000000000000' }] };
    expect(await fails(unknownQuestion)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'questions.0.questionId' });
    const twice = { ...good, questions: [good.questions[0], good.questions[0]] };
    expect(await fails(twice)).toMatchObject({ field: 'questions.1.questionId' });
    const tooFewLabels = { ...good, questions: [{ ...good.questions[1], choiceLabels: ['ایک'] }] };
    expect(await fails(tooFewLabels)).toMatchObject({ field: 'questions.0.choiceLabels' });
    const labelsOnScale = { ...good, questions: [{ ...good.questions[0], choiceLabels: ['ایک', 'دو'] }] };
    expect(await fails(labelsOnScale)).toMatchObject({ field: 'questions.0.choiceLabels' });
    expect(await fails({ ...good, title: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    const { survey: after } = await practitioner.gql(`query($id: ID!) { survey(id: $id) { translations { language } } }`, { id: s.id });
    expect(after.translations).toEqual([]);
  });

  it('translates only into the languages the organisation offers surveys in', async () => {
    const s = await survey(practitioner, 'draft');
    const punjabi = { ...urduTranslation(s), language: 'pa' };
    expect(await practitioner.fails(TRANSLATE, { s: s.id, i: punjabi })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    const admin = await t.staff('admin@northbridge.example');
    await admin.gql(`mutation { updateOrganisationSettings(input: { contentLanguages: ["en", "ur", "pl", "pa"] }) { contentLanguages } }`);
    const { translateSurvey } = await practitioner.gql(TRANSLATE, { s: s.id, i: punjabi });
    expect(translateSurvey.languages).toEqual(['en', 'pa']);
  });

  it('lets only staff of the same organisation translate, and a removed language is no longer offered', async () => {
    const s = await survey(practitioner, 'open');
    expect(await t.agent().fails(TRANSLATE, { s: s.id, i: urduTranslation(s) })).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await otherOrg.fails(TRANSLATE, { s: s.id, i: urduTranslation(s) })).toMatchObject({ code: 'NOT_FOUND' });
    await practitioner.gql(TRANSLATE, { s: s.id, i: urduTranslation(s) });
    const { removeSurveyTranslation } = await practitioner.gql(REMOVE, { s: s.id, l: 'ur' });
    expect(removeSurveyTranslation.languages).toEqual(['en']);
    expect(await practitioner.fails(REMOVE, { s: s.id, l: 'ur' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    const audit = await t.orm.em.fork().find(AuditEntry, { targetId: s.id, action: 'removeSurveyTranslation' });
    expect(audit).toHaveLength(1);
  });

  it('keeps the stored translations from anyone but staff', async () => {
    const s = await survey(practitioner, 'open');
    const res = await t.agent().fails(`query($c: String!) { surveyByShareCode(code: $c) { translations { language } } }`, { c: s.shareCode });
    expect(res.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });

  it('writes a survey in the language given, and refuses a language that is not a tag', async () => {
    const { createSurvey } = await practitioner.gql(`mutation { createSurvey(input: { title: "Jak było?", purpose: "p", whatHappensNext: "w", audience: [AGE_8_TO_11], language: "pl" }) { language languages } }`);
    expect(createSurvey).toEqual({ language: 'pl', languages: ['pl'] });
    const res = await practitioner.fails(`mutation { createSurvey(input: { title: "T", purpose: "p", whatHappensNext: "w", audience: [AGE_8_TO_11], language: "Polish!" }) { id } }`);
    expect(res).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
  });
});

describe('answering in a language', () => {
  async function languagesOf(s: SurveyFixture) {
    const conn = t.orm.em.fork().getConnection();
    const responses = await conn.execute(`select language from survey_response where survey_id = ?`, [s.id]);
    const voices = await conn.execute(`select language from voice_input where survey_id = ?`, [s.id]);
    return { responses: responses.map((r: any) => r.language), voices: voices.map((v: any) => v.language) };
  }

  it('records the language the person answered in on the response and on their words', async () => {
    const s = await survey(practitioner, 'open');
    const i = { surveyId: s.id, clientSubmissionId: submissionId(), answers: answersFor(s, 'مجھے زیادہ وقت چاہیے'), language: 'ur' };
    await t.agent().gql(SUBMIT, { i });
    expect(await languagesOf(s)).toEqual({ responses: ['ur'], voices: ['ur'] });
    const { inputs } = await practitioner.gql(`query($s: ID!) { inputs(filter: { surveyId: $s }) { edges { node { text language } } } }`, { s: s.id });
    expect(inputs.edges[0].node).toEqual({ text: 'مجھے زیادہ وقت چاہیے', language: 'ur' });
  });

  it('leaves the language unknown when none is given, and refuses one that is not a tag', async () => {
    const s = await survey(practitioner, 'open');
    await t.agent().gql(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), answers: answersFor(s) } });
    const bad = await t.agent().fails(SUBMIT, { i: { surveyId: s.id, clientSubmissionId: submissionId(), answers: answersFor(s), language: '<ur>' } });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language' });
    expect(await languagesOf(s)).toEqual({ responses: [null], voices: [null] });
  });
});

describe('what happened, in the page language', () => {
  const RECEIPT = `query($c: String!, $l: String) { receipt(code: $c, language: $l) { sourceTitle } }`;
  const SAID_WE_DID = `query($s: ID!, $l: String) { youSaidWeDid(serviceId: $s) { title surveyTitles(language: $l) } }`;

  it('gives the receipt and "you said, we did" the survey title in the language asked for where translated, else its own', async () => {
    const admin = await t.staff('admin@northbridge.example');
    const commissioner = await t.staff('commissioner@northbridge.example');
    const { createService } = await admin.gql(`mutation($n: String!) { createService(name: $n) { id } }`, { n: `Family hubs ${submissionId()}` });
    const s = await survey(practitioner, 'open', { serviceId: createService.id });
    const own = 'How was Early Help for you?';
    await practitioner.gql(TRANSLATE, { s: s.id, i: urduTranslation(s) });
    const { submitResponse } = await t.agent().gql(SUBMIT, {
      i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand: 'AGE_12_TO_17', answers: answersFor(s, 'Open on Saturdays please'), language: 'ur' },
    });
    const receipt = (l?: string) => t.agent('10.8.1.1').gql(RECEIPT, { c: submitResponse.receiptCode, l: l ?? null }).then((r) => r.receipt.sourceTitle);
    expect(await receipt('ur')).toBe('ارلی ہیلپ آپ کے لیے کیسا تھا؟');
    expect(await receipt('ur-PK')).toBe('ارلی ہیلپ آپ کے لیے کیسا تھا؟');
    // No Polish translation: the survey's own title.
    expect(await receipt('pl')).toBe(own);
    expect(await receipt()).toBe(own);
    expect(await receipt('<ur>')).toBe(own);

    const [input] = await t.orm.em.fork().getConnection().execute('select id from voice_input where response_id = ?', [submitResponse.responseId]);
    await commissioner.gql(`mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }`, {
      i: {
        title: 'Open the family hub on Saturdays',
        summary: 'The hub opens on Saturdays from September.',
        rationale: 'Families told us weekdays are hard.',
        outcome: 'ADOPTED',
        decidedAt: new Date(Date.now() - 86_400_000).toISOString(),
        decidedBy: 'Family hubs board',
        youSaidWeDid: 'You said the hub was shut when you were free. It opens on Saturdays now.',
        serviceId: createService.id,
        inputIds: [input.id],
      },
    });
    const saidWeDid = (l: string | null) => t.agent().gql(SAID_WE_DID, { s: createService.id, l }).then((r) => r.youSaidWeDid);
    expect(await saidWeDid('ur')).toEqual([{ title: 'Open the family hub on Saturdays', surveyTitles: ['ارلی ہیلپ آپ کے لیے کیسا تھا؟'] }]);
    expect(await saidWeDid('pl')).toEqual([{ title: 'Open the family hub on Saturdays', surveyTitles: [own] }]);
    expect(await saidWeDid(null)).toEqual([{ title: 'Open the family hub on Saturdays', surveyTitles: [own] }]);
  });
});
