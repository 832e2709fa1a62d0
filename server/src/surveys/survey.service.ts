import { notifyChange } from '../shared/cache-bus.js';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { Organisation } from '../identity/organisation.entity.js';
import { newAccessCode } from '../identity/secrets.js';
import { Service } from '../services/service.entity.js';
import { ownService } from '../services/service.service.js';
import { performAction } from '../shared/audit.js';
import { sameOrganisation } from '../shared/auth.js';
import type { Actor } from '../shared/context.js';
import { badInput, conflict, notFound } from '../shared/errors.js';
import { Question, QuestionType, Survey, SurveyAccess, SurveyStatus, type StoredChoice, type StoredTranslation } from './survey.entity.js';
import type { CreateSurveyInput, QuestionInput, SurveyTranslationInput } from './survey.inputs.js';
import { hasChoices, normaliseLanguage } from './survey-language.js';
import { organisationSettings } from '../identity/settings.service.js';
import { enterOrganisationOf } from '../shared/tenancy.js';

const DEFAULT_SCALE_MAX = 5;
const DEFAULT_TEXT_MAX = 2000;

/** Loads a survey of the actor's organisation with its service and questions, or NOT_FOUND. */
export async function findSurvey(em: EntityManager, actor: Actor, id: string): Promise<Survey> {
  const survey = await em.findOne(Survey, { id }, { populate: ['service', 'questions'] });
  return sameOrganisation(actor, survey, 'Survey');
}

function requireDraft(survey: Survey): void {
  if (survey.status !== SurveyStatus.DRAFT) {
    throw conflict('This survey has been published, so its questions can no longer change.', { field: 'surveyId' });
  }
}

/** Creates a DRAFT survey with a new share code. Purpose and what-happens-next are required. Audited. */
export async function createSurvey(em: EntityManager, actor: Actor, input: CreateSurveyInput): Promise<Survey> {
  const service = await ownService(em, actor, input.serviceId);
  if (input.closesAt && input.closesAt.getTime() <= Date.now()) throw badInput('closesAt', 'The closing date must be in the future.');
  const audience = [...new Set(input.audience)];
  const language = input.language == null ? 'en' : normaliseLanguage(input.language);
  if (!language) throw badInput('language', 'Give the language as a tag such as en, ur or pl.');
  return performAction(em, actor, 'createSurvey', async (tx) => {
    const survey = new Survey(tx.getReference(Organisation, actor.organisationId), tx.getReference(Account, actor.accountId), {
      title: input.title.trim(),
      purpose: input.purpose.trim(),
      whatHappensNext: input.whatHappensNext.trim(),
      audience,
      // Same alphabet as join codes: easy to type from a poster.
      shareCode: newAccessCode().replace('-', '').slice(0, 8),
    });
    survey.service = service;
    survey.access = input.access ?? SurveyAccess.ANYONE_WITH_LINK;
    survey.closesAt = input.closesAt ?? null;
    survey.language = language;
    tx.persist(survey);
    return survey;
  });
}

/** Checks a question's shape for its type and returns the fields to store. */
function questionFields(input: QuestionInput, previous?: Question): Pick<Question, 'type' | 'prompt' | 'wordings' | 'required' | 'choices' | 'scaleMax' | 'maxLength'> {
  const bands = new Set<string>();
  for (const [i, w] of (input.wordings ?? []).entries()) {
    if (bands.has(w.ageBand)) throw badInput(`wordings.${i}.ageBand`, 'Give one wording per age band.');
    bands.add(w.ageBand);
  }
  const given = input.choices ?? [];
  let choices: StoredChoice[] = [];
  let scaleMax: number | null = null;
  switch (input.type) {
    case QuestionType.SINGLE_CHOICE:
    case QuestionType.MULTI_CHOICE:
      if (given.length < 2) throw badInput('choices', 'Give at least two choices.');
      // Keep choice ids stable by position, so an edit in draft does not orphan preview answers.
      choices = given.map((c, i) => ({ id: previous?.choices[i]?.id ?? randomUUID(), label: c.label.trim(), emoji: c.emoji?.trim() || null }));
      break;
    case QuestionType.YES_NO:
      if (given.length) throw badInput('choices', 'Yes/no questions get their two choices automatically.');
      choices = [
        { id: previous?.choices[0]?.id ?? randomUUID(), label: 'Yes', emoji: '👍' },
        { id: previous?.choices[1]?.id ?? randomUUID(), label: 'No', emoji: '👎' },
      ];
      break;
    case QuestionType.SCALE:
      if (given.length) throw badInput('choices', 'Scale questions do not have choices.');
      scaleMax = input.scaleMax ?? DEFAULT_SCALE_MAX;
      break;
    case QuestionType.TEXT:
      if (given.length) throw badInput('choices', 'Text questions do not have choices.');
      break;
  }
  if (input.type !== QuestionType.SCALE && input.scaleMax != null) throw badInput('scaleMax', 'Only scale questions have a number of points.');
  if (input.type !== QuestionType.TEXT && input.maxLength != null) throw badInput('maxLength', 'Only text questions have a length limit.');
  return {
    type: input.type,
    prompt: input.prompt.trim(),
    wordings: (input.wordings ?? []).map((w) => ({ ageBand: w.ageBand, text: w.text.trim() })),
    required: input.required ?? false,
    choices,
    scaleMax,
    maxLength: input.maxLength ?? DEFAULT_TEXT_MAX,
  };
}

/** Adds a question at the end of a draft survey. Audited. */
export async function addQuestion(em: EntityManager, actor: Actor, surveyId: string, input: QuestionInput): Promise<Question> {
  const fields = questionFields(input);
  return performAction(em, actor, 'addQuestion', async (tx) => {
    const survey = await findSurvey(tx, actor, surveyId);
    requireDraft(survey);
    const question = new Question(survey, survey.questions.length + 1, fields.type, fields.prompt);
    Object.assign(question, fields);
    tx.persist(question);
    return question;
  });
}

async function findQuestion(em: EntityManager, actor: Actor, questionId: string): Promise<Question> {
  const question = await em.findOne(Question, { id: questionId }, { populate: ['survey.questions', 'survey.service'] });
  if (!question || question.survey.organisation.id !== actor.organisationId) throw notFound('Question');
  requireDraft(question.survey);
  return question;
}

/** Replaces a draft question's type, wording, choices and settings. Audited. */
export async function updateQuestion(em: EntityManager, actor: Actor, questionId: string, input: QuestionInput): Promise<Question> {
  return performAction(em, actor, 'updateQuestion', async (tx) => {
    const question = await findQuestion(tx, actor, questionId);
    Object.assign(question, questionFields(input, question));
    return question;
  });
}

/** Renumbers positions 1..n in the given order. */
function renumber(questions: Question[]): void {
  questions.forEach((q, i) => (q.position = i + 1));
}

/** Removes a draft question and closes the gap. Audited. */
export async function removeQuestion(em: EntityManager, actor: Actor, questionId: string): Promise<Survey> {
  return performAction(em, actor, 'removeQuestion', async (tx) => {
    const question = await findQuestion(tx, actor, questionId);
    const survey = question.survey;
    tx.remove(question);
    renumber(survey.questions.getItems().filter((q) => q !== question).sort((a, b) => a.position - b.position));
    return survey;
  }, { questionId });
}

/** Moves a draft question to a 1-based position, shifting the others. Audited. */
export async function moveQuestion(em: EntityManager, actor: Actor, questionId: string, position: number): Promise<Survey> {
  return performAction(em, actor, 'moveQuestion', async (tx) => {
    const question = await findQuestion(tx, actor, questionId);
    const ordered = question.survey.questions.getItems().sort((a, b) => a.position - b.position);
    if (!Number.isInteger(position) || position < 1 || position > ordered.length) {
      throw badInput('position', `Choose a position from 1 to ${ordered.length}.`);
    }
    const rest = ordered.filter((q) => q !== question);
    rest.splice(position - 1, 0, question);
    renumber(rest);
    return question.survey;
  }, { questionId, position });
}

/** DRAFT → OPEN: freezes the questions and starts taking responses. Needs at least one question. Audited. */
export async function publishSurvey(em: EntityManager, actor: Actor, id: string): Promise<Survey> {
  return performAction(em, actor, 'publishSurvey', async (tx) => {
    const survey = await findSurvey(tx, actor, id);
    requireDraft(survey);
    if (survey.questions.length === 0) throw badInput('id', 'Add at least one question before publishing.');
    if (survey.closesAt && survey.closesAt.getTime() <= Date.now()) throw badInput('closesAt', 'The closing date has passed; change it before publishing.');
    survey.status = SurveyStatus.OPEN;
    survey.publishedAt = new Date();
    await notifyChange(tx, 'survey', survey.id);
    return survey;
  });
}

/** OPEN → CLOSED: no new responses. Audited. */
export async function closeSurvey(em: EntityManager, actor: Actor, id: string): Promise<Survey> {
  return performAction(em, actor, 'closeSurvey', async (tx) => {
    const survey = await findSurvey(tx, actor, id);
    if (survey.status !== SurveyStatus.OPEN) throw conflict('Only an open survey can be closed.', { field: 'id' });
    survey.status = SurveyStatus.CLOSED;
    survey.closedAt = new Date();
    await notifyChange(tx, 'survey', survey.id);
    return survey;
  });
}

/** The organisation's surveys, newest first, optionally by status. */
export function listSurveys(em: EntityManager, actor: Actor, status: SurveyStatus | null): Promise<Survey[]> {
  return em.find(
    Survey,
    { organisation: actor.organisationId, ...(status ? { status } : {}) },
    { populate: ['service', 'questions'], orderBy: { createdAt: 'desc' } },
  );
}

/**
 * The public entry point from a link or QR code: an OPEN or CLOSED survey (the page tells people
 * it has closed); a draft is not found.
 */
export async function surveyByShareCode(em: EntityManager, code: string): Promise<Survey | null> {
  const shareCode = code.trim().toUpperCase();
  if (!/^[0-9A-Z]{4,16}$/.test(shareCode)) return null;
  await enterOrganisationOf(em, 'survey_share_code', shareCode);
  return em.findOne(Survey, { shareCode, status: { $ne: SurveyStatus.DRAFT } }, { populate: ['service', 'questions'] });
}

/** Checks a translation against the survey's questions and returns what to store. */
function translationFields(survey: Survey, input: SurveyTranslationInput): { language: string; translation: StoredTranslation } {
  const language = normaliseLanguage(input.language);
  if (!language) throw badInput('language', 'Give the language as a tag such as ur or pl.');
  if (language === survey.language) throw badInput('language', 'This is the language the survey is written in; edit the survey instead.');
  const questions = new Map(survey.questions.getItems().map((q) => [q.id, q]));
  const translation: StoredTranslation = {
    title: input.title.trim(),
    purpose: input.purpose.trim(),
    whatHappensNext: input.whatHappensNext.trim(),
    questions: {},
  };
  input.questions.forEach((tq, i) => {
    const at = `questions.${i}`;
    const question = questions.get(tq.questionId);
    if (!question) throw badInput(`${at}.questionId`, 'That question is not in this survey.');
    if (translation.questions[question.id]) throw badInput(`${at}.questionId`, 'Translate each question once.');
    const bands = new Set<string>();
    for (const [j, w] of (tq.wordings ?? []).entries()) {
      if (bands.has(w.ageBand)) throw badInput(`${at}.wordings.${j}.ageBand`, 'Give one wording per age band.');
      bands.add(w.ageBand);
    }
    const labels = (tq.choiceLabels ?? []).map((l) => l.trim());
    if (!hasChoices(question) && labels.length) throw badInput(`${at}.choiceLabels`, 'This question has no choices to translate.');
    // YES_NO and choice questions: one label per choice, or none yet (the translation is then incomplete).
    if (labels.length && labels.length !== question.choices.length) {
      throw badInput(`${at}.choiceLabels`, `Give one label for each of the ${question.choices.length} choices, in order.`);
    }
    const blank = labels.findIndex((l) => !l);
    if (blank >= 0) throw badInput(`${at}.choiceLabels.${blank}`, 'Each choice needs a label.');
    translation.questions[question.id] = {
      prompt: tq.prompt.trim(),
      wordings: (tq.wordings ?? []).map((w) => ({ ageBand: w.ageBand, text: w.text.trim() })),
      choiceLabels: labels,
    };
  });
  return { language, translation };
}

/**
 * Sets (or replaces whole) a survey's translation into one language. Allowed in any status: the
 * wording people read may be translated after publishing, the questions themselves do not change.
 * Questions left out, and choices without labels, fall back to the survey's own language and keep
 * the language out of `languages` until complete. Errors: NOT_FOUND, BAD_USER_INPUT naming the
 * field (unknown or repeated question, wrong number of labels, the survey's own language, a language
 * not among the organisation's contentLanguages). Audited.
 */
export async function translateSurvey(em: EntityManager, actor: Actor, surveyId: string, input: SurveyTranslationInput): Promise<Survey> {
  return performAction(
    em,
    actor,
    'translateSurvey',
    async (tx) => {
      const survey = await findSurvey(tx, actor, surveyId);
      const { language, translation } = translationFields(survey, input);
      const { contentLanguages } = await organisationSettings(tx, actor.organisationId);
      if (!contentLanguages.includes(language)) {
        throw badInput('language', `Your organisation offers surveys in ${contentLanguages.join(', ')}; an admin can add ${language} in the settings.`);
      }
      // A new object, so the ORM sees the jsonb change.
      survey.translations = { ...survey.translations, [language]: translation };
      return survey;
    },
    { language: normaliseLanguage(input.language) },
  );
}

/** Removes a survey's translation into one language. BAD_USER_INPUT (language) when there is none. Audited. */
export async function removeSurveyTranslation(em: EntityManager, actor: Actor, surveyId: string, language: string): Promise<Survey> {
  const tag = normaliseLanguage(language);
  return performAction(
    em,
    actor,
    'removeSurveyTranslation',
    async (tx) => {
      const survey = await findSurvey(tx, actor, surveyId);
      if (!tag || !survey.translations[tag]) throw badInput('language', 'This survey has no translation into that language.');
      const { [tag]: _removed, ...rest } = survey.translations;
      survey.translations = rest;
      return survey;
    },
    { language: tag },
  );
}
