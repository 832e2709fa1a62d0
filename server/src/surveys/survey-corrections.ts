import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../identity/account.entity.js';
import { newAccessCode } from '../identity/secrets.js';
import { changedFields as changed, performAction } from '../shared/audit.js';
import { notifyChange } from '../shared/cache-bus.js';
import type { Actor, AppState } from '../shared/context.js';
import type { AgeBand } from '../shared/enums.js';
import { badInput, conflict } from '../shared/errors.js';
import { Question, Survey, SurveyAccess, SurveyStatus, type StoredQuestionTranslation, type StoredTranslation } from './survey.entity.js';
import type { UpdateSurveyInput } from './survey.inputs.js';
import { findSurvey } from './survey.service.js';
import { ownService } from '../services/service.service.js';

interface SurveySnapshot {
  title: string;
  purpose: string;
  whatHappensNext: string;
  audience: AgeBand[];
  access: SurveyAccess;
  serviceId: string | null;
  closesAt: string | null;
}

function snapshot(s: Survey): SurveySnapshot {
  return {
    title: s.title,
    purpose: s.purpose,
    whatHappensNext: s.whatHappensNext,
    audience: [...s.audience],
    access: s.access,
    serviceId: s.service?.id ?? null,
    closesAt: s.closesAt ? s.closesAt.toISOString() : null,
  };
}

async function responseCount(em: EntityManager, surveyId: string): Promise<number> {
  const [{ n }] = await em
    .getConnection()
    .execute<Array<{ n: number }>>('select count(*)::int as n from survey_response where survey_id = ?', [surveyId], 'all', em.getTransactionContext());
  return n;
}

/**
 * Corrects a survey at any stage: wording (title, purpose, what happens next) and the closing
 * date may always change. Once anyone has answered, a change that would alter what those answers
 * meant is refused with CONFLICT naming the field: a different service (`serviceId`), different
 * access (`access`), or an age band taken out of the audience (`audience`; adding one is fine).
 * The closing date of a survey taking answers must be in the future (or removed). Published
 * surveys' cached definitions are dropped so new answers see the change. Audited with the changed
 * fields before and after.
 */
export async function updateSurvey(em: EntityManager, app: AppState | null, actor: Actor, id: string, input: UpdateSurveyInput): Promise<Survey> {
  for (const field of ['title', 'purpose', 'whatHappensNext'] as const) {
    if (input[field] === null || (input[field] != null && !input[field]!.trim())) throw badInput(field, 'This cannot be empty.');
  }
  if (input.audience === null) throw badInput('audience', 'Choose at least one age band.');
  if (input.access === null) throw badInput('access', 'Choose who can answer.');
  if (input.closesAt && input.closesAt.getTime() <= Date.now()) throw badInput('closesAt', 'The closing date must be in the future.');
  const service = input.serviceId ? await ownService(em, actor, input.serviceId) : null;
  const details: { before?: Partial<SurveySnapshot>; after?: Partial<SurveySnapshot> } = {};
  const survey = await performAction(
    em,
    actor,
    'updateSurvey',
    async (tx) => {
      const s = await findSurvey(tx, actor, id);
      const before = snapshot(s);
      if (input.title != null) s.title = input.title.trim();
      if (input.purpose != null) s.purpose = input.purpose.trim();
      if (input.whatHappensNext != null) s.whatHappensNext = input.whatHappensNext.trim();
      if (input.audience) s.audience = [...new Set(input.audience)];
      if (input.access) s.access = input.access;
      if (input.serviceId !== undefined) s.service = service;
      if (input.closesAt !== undefined) s.closesAt = input.closesAt ?? null;
      const diff = changed(before, snapshot(s));
      if (s.status !== SurveyStatus.DRAFT && (await responseCount(tx, s.id)) > 0) {
        if ('serviceId' in diff.after) {
          throw conflict('People have already answered this survey about its service: it cannot move to another service. Copy it instead.', { field: 'serviceId' });
        }
        if ('access' in diff.after) {
          throw conflict('People have already answered under the current access: it cannot change now. Copy the survey instead.', { field: 'access' });
        }
        const removed = before.audience.filter((band) => !s.audience.includes(band));
        if (removed.length) {
          throw conflict(`People have already answered for ${removed.join(', ')}: age bands cannot be taken out now. Copy the survey instead.`, {
            field: 'audience',
          });
        }
      }
      Object.assign(details, diff);
      // Every instance drops its cached definition when this commits (titles and dates are in it).
      await notifyChange(tx, 'survey', s.id);
      return s;
    },
    details,
  );
  app?.caches.of('survey-definitions').delete(survey.id);
  return survey;
}

/** The translations of a survey for its copy, each question's under the copy's question id. */
function copyTranslations(translations: Record<string, StoredTranslation>, newIds: Map<string, string>): Record<string, StoredTranslation> {
  const copied: Record<string, StoredTranslation> = {};
  for (const [language, tr] of Object.entries(translations ?? {})) {
    const questions: Record<string, StoredQuestionTranslation> = {};
    for (const [questionId, q] of Object.entries(tr.questions ?? {})) {
      const id = newIds.get(questionId);
      // A translation of a question no longer in the survey has nothing to belong to.
      if (id) questions[id] = { prompt: q.prompt, wordings: (q.wordings ?? []).map((w) => ({ ...w })), choiceLabels: [...(q.choiceLabels ?? [])] };
    }
    copied[language] = { title: tr.title, purpose: tr.purpose, whatHappensNext: tr.whatHappensNext, questions };
  }
  return copied;
}

/**
 * A new DRAFT copy of a survey (for next term): same language, wording, audience, access, service,
 * questions with their wordings and choices (new ids, so answers never mix) and translations (under
 * the new question ids), a new share code and no closing date. Audited on the copy, naming the
 * original.
 */
export async function copySurvey(em: EntityManager, actor: Actor, id: string): Promise<Survey> {
  return performAction(
    em,
    actor,
    'copySurvey',
    async (tx) => {
      const original = await findSurvey(tx, actor, id);
      const copy = new Survey(original.organisation, tx.getReference(Account, actor.accountId), {
        title: original.title,
        purpose: original.purpose,
        whatHappensNext: original.whatHappensNext,
        audience: [...original.audience],
        shareCode: newAccessCode().replace('-', '').slice(0, 8),
      });
      copy.access = original.access;
      copy.service = original.service;
      copy.language = original.language;
      tx.persist(copy);
      // Translations are kept by question id: the copy's questions have new ids.
      const newIds = new Map<string, string>();
      for (const q of original.questions.getItems().sort((a, b) => a.position - b.position)) {
        const question = new Question(copy, q.position, q.type, q.prompt);
        question.wordings = q.wordings.map((w) => ({ ...w }));
        question.required = q.required;
        question.choices = q.choices.map((c) => ({ ...c, id: randomUUID() }));
        question.scaleMax = q.scaleMax;
        question.maxLength = q.maxLength;
        tx.persist(question);
        copy.questions.add(question);
        newIds.set(q.id, question.id);
      }
      copy.translations = copyTranslations(original.translations, newIds);
      return copy;
    },
    { copiedFrom: id },
  );
}

/**
 * Opens a closed survey again (or one whose closing date has passed), with a new closing date
 * (in the future) or none. Answers given before stay. Errors: BAD_USER_INPUT (`closesAt` not in
 * the future), NOT_FOUND, CONFLICT (a draft, or a survey that is open and not past its date).
 * Audited with the old and new closing date.
 */
export async function reopenSurvey(em: EntityManager, app: AppState | null, actor: Actor, id: string, closesAt: Date | null): Promise<Survey> {
  if (closesAt && closesAt.getTime() <= Date.now()) throw badInput('closesAt', 'The new closing date must be in the future.');
  const details: Record<string, unknown> = {};
  const survey = await performAction(
    em,
    actor,
    'reopenSurvey',
    async (tx) => {
      const s = await findSurvey(tx, actor, id);
      const lapsed = s.status === SurveyStatus.OPEN && s.closesAt !== null && s.closesAt.getTime() <= Date.now();
      if (s.status === SurveyStatus.DRAFT) throw conflict('This survey has not been published yet: publish it instead.', { field: 'id' });
      if (s.status === SurveyStatus.OPEN && !lapsed) throw conflict('This survey is already open.', { field: 'id' });
      Object.assign(details, { before: { status: s.status, closesAt: s.closesAt?.toISOString() ?? null }, after: { status: SurveyStatus.OPEN, closesAt: closesAt?.toISOString() ?? null } });
      s.status = SurveyStatus.OPEN;
      s.closedAt = null;
      s.closesAt = closesAt;
      await notifyChange(tx, 'survey', s.id);
      return s;
    },
    details,
  );
  app?.caches.of('survey-definitions').delete(survey.id);
  return survey;
}
