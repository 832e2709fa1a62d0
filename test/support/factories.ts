import type { Agent } from './app.js';

/** A mixed survey: a scale, a single choice, a multi choice, a yes/no and a text question. */
export const MIXED_QUESTIONS = [
  { type: 'SCALE', prompt: 'How was Early Help for you?', required: true, scaleMax: 5, wordings: [{ ageBand: 'AGE_4_TO_7', text: 'Was it good?' }] },
  { type: 'SINGLE_CHOICE', prompt: 'Who did you see most?', choices: [{ label: 'My worker', emoji: '🧑' }, { label: 'A teacher', emoji: '🏫' }, { label: 'Someone else' }] },
  { type: 'MULTI_CHOICE', prompt: 'What helped?', choices: [{ label: 'Talking' }, { label: 'Activities' }, { label: 'Food' }] },
  { type: 'YES_NO', prompt: 'Did you feel listened to?', required: true },
  { type: 'TEXT', prompt: 'What could be better?' },
];

export interface SurveyFixture {
  id: string;
  shareCode: string;
  questions: Array<{ id: string; type: string; choices: Array<{ id: string; label: string }>; scaleMax: number | null; maxLength: number | null }>;
}

const SURVEY_FIELDS = `id shareCode status questions { id type choices { id label } scaleMax maxLength }`;

/**
 * A survey in a named state, made through the API as a practitioner would: 'draft' (with the mixed
 * questions), 'open' (published), 'closed'.
 */
export async function survey(
  staff: Agent,
  state: 'draft' | 'open' | 'closed',
  overrides: Record<string, unknown> = {},
  questions: Array<Record<string, unknown>> = MIXED_QUESTIONS,
): Promise<SurveyFixture> {
  const { createSurvey } = await staff.gql(`mutation($i: CreateSurveyInput!) { createSurvey(input: $i) { id } }`, {
    i: {
      title: 'How was Early Help for you?',
      purpose: 'We want to know what it was like, so we can make it better.',
      whatHappensNext: 'We will read every answer and tell you what we changed in the spring.',
      audience: ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17'],
      ...overrides,
    },
  });
  for (const q of questions) await staff.gql(`mutation($s: ID!, $q: QuestionInput!) { addQuestion(surveyId: $s, input: $q) { id } }`, { s: createSurvey.id, q });
  if (state !== 'draft') await staff.gql(`mutation($id: ID!) { publishSurvey(id: $id) { id } }`, { id: createSurvey.id });
  if (state === 'closed') await staff.gql(`mutation($id: ID!) { closeSurvey(id: $id) { id } }`, { id: createSurvey.id });
  const { survey: s } = await staff.gql(`query($id: ID!) { survey(id: $id) { ${SURVEY_FIELDS} } }`, { id: createSurvey.id });
  return s;
}

let counter = 0;
/** A unique client submission id, as the client makes when answering starts. */
export const submissionId = () => `test-${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Answers to every question of a mixed survey (first choice, scale 4, yes, a short text). */
export function answersFor(s: SurveyFixture, text = 'More time to talk please') {
  return s.questions.map((q) => {
    switch (q.type) {
      case 'SCALE':
        return { questionId: q.id, scale: 4 };
      case 'TEXT':
        return { questionId: q.id, text };
      case 'MULTI_CHOICE':
        return { questionId: q.id, choiceIds: q.choices.slice(0, 2).map((c) => c.id) };
      default:
        return { questionId: q.id, choiceIds: [q.choices[0].id] };
    }
  });
}

export const SUBMIT = `mutation($i: SubmitResponseInput!) { submitResponse(input: $i) { receiptCode responseId duplicate support { message contacts { name phone } } } }`;

/**
 * Turns the organisation's reviewFreeText off, so words are released as soon as they are stored.
 * For tests of other features that read words as a commissioner, forum member or the public; the
 * review itself is tested in test/safeguarding/review.test.ts.
 */
export async function releaseWordsAtOnce(t: { orm: { em: { fork(): { getConnection(): { execute(sql: string, params: unknown[]): Promise<unknown> } } } } }, organisationName = 'Northbridge Borough Council'): Promise<void> {
  await t.orm.em.fork().getConnection().execute('update organisation set review_free_text = false where name = ?', [organisationName]);
}
