import type { EntityManager } from '@mikro-orm/postgresql';
import { organisationSettings } from '../identity/settings.service.js';
import type { Actor } from '../shared/context.js';
import { effectiveThreshold } from '../shared/disclosure.js';
import { AgeBand } from '../shared/enums.js';
import { CodedError } from '../shared/errors.js';
import { AGE_BANDS, protectSurvey, type Band, type ProtectedView, type QuestionCube, type Refusal } from '../shared/suppression.js';
import type { QuestionResult, SurveyResults } from './survey-results.js';
import { QuestionType } from './survey.entity.js';
import { findSurvey } from './survey.service.js';
import { provideTextBandRelease, type TextBandRelease } from '../voices/voice-input.service.js';
import { currentCounts } from './survey-counts.js';

const zeroBands = (): Record<Band, number> => Object.fromEntries(AGE_BANDS.map((b) => [b, 0])) as Record<Band, number>;

/**
 * Counts every cell of a survey's results (responses, answered, and each choice or scale value,
 * by age band): the survey's snapshot (surveys/survey-counts.ts) plus what came after it, or
 * everything when it has none — three grouped queries either way.
 */
export async function countCube(em: EntityManager, surveyId: string, questions: Array<{ id: string; type: QuestionType; valueIds: string[] }>) {
  const { responses, answered, values } = await currentCounts(em, surveyId);
  const cubeResponses = zeroBands();
  for (const r of responses) cubeResponses[r.age_band] = r.n;
  const cubes = new Map<string, QuestionCube>(
    questions.map((q) => [
      q.id,
      {
        id: q.id,
        kind: q.type === QuestionType.MULTI_CHOICE || q.type === QuestionType.TEXT ? 'INDEPENDENT' : 'PARTITION',
        valueIds: q.valueIds,
        answered: zeroBands(),
        counts: Object.fromEntries(AGE_BANDS.map((b) => [b, Object.fromEntries(q.valueIds.map((v) => [v, 0]))])) as QuestionCube['counts'],
      },
    ]),
  );
  for (const r of answered) {
    const cube = cubes.get(r.question_id);
    if (cube) cube.answered[r.age_band] = r.n;
  }
  for (const r of values) {
    const cube = cubes.get(r.question_id);
    if (cube && r.value in cube.counts[r.age_band]) cube.counts[r.age_band][r.value] = r.n;
  }
  return { responses: cubeResponses, questions: [...cubes.values()] };
}

/** The value ids of a question's cells: its choices, or its scale points 1..max. */
function valueIds(question: { type: QuestionType; choices: Array<{ id: string }>; scaleMax: number | null }): string[] {
  if (question.type === QuestionType.SCALE) return Array.from({ length: question.scaleMax ?? 5 }, (_, i) => String(i + 1));
  if (question.type === QuestionType.TEXT) return [];
  return question.choices.map((c) => c.id);
}

/** Counts every view of a survey's results and protects them together (for screen and CSV). */
export async function protectedResults(em: EntityManager, actor: Actor, surveyId: string) {
  const survey = await findSurvey(em, actor, surveyId);
  const threshold = effectiveThreshold((await organisationSettings(em, actor.organisationId)).suppressionThreshold);
  const questions = survey.questions.getItems().sort((a, b) => a.position - b.position);
  const cube = await countCube(em, survey.id, questions.map((q) => ({ id: q.id, type: q.type, valueIds: valueIds(q) })));
  const total = AGE_BANDS.reduce((sum, b) => sum + cube.responses[b], 0);
  return { survey, questions, threshold, total, views: protectSurvey(cube, threshold) };
}

const BAND_WORDS: Record<Band, string> = {
  AGE_4_TO_7: 'aged 4 to 7',
  AGE_8_TO_11: 'aged 8 to 11',
  AGE_12_TO_17: 'aged 12 to 17',
  AGE_18_TO_25: 'aged 18 to 25',
  PARENT_CARER: 'parents and carers',
  NOT_SAID: 'who did not say their age',
};

/**
 * The error for a band view that is not shown, saying the true reason: BAD_USER_INPUT on `field`,
 * with `reason` (FEW_RESPONSES or WOULD_REVEAL) and, for the latter, `protects` (the band it
 * keeps from being worked out) for the client to word in the reader's language.
 */
export function refusedBand(field: string, refusal: Refusal, threshold: number): CodedError {
  const message =
    refusal.reason === 'FEW_RESPONSES'
      ? `Fewer than ${threshold} responses came from this age band, so its results are not shown: they could identify someone.`
      : `This age band's results are not shown because, taken away from the all-ages results, they would reveal the answers of ${
          refusal.protects ? `the group ${BAND_WORDS[refusal.protects]}` : 'a smaller group'
        }, which is too small to show.`;
  return new CodedError('BAD_USER_INPUT', message, { field, reason: refusal.reason, protects: refusal.reason === 'WOULD_REVEAL' ? refusal.protects : null });
}

/** The {@link TextBandRelease} for the given surveys (each protected as on its results page). */
async function textBandRelease(em: EntityManager, actor: Actor, surveyIds: string[]): Promise<TextBandRelease> {
  const protectedBy = new Map(await Promise.all([...new Set(surveyIds)].map(async (id) => [id, await protectedResults(em, actor, id)] as const)));
  return {
    shown(surveyId, questionId, band) {
      const r = protectedBy.get(surveyId);
      const view = r?.views[band];
      return Boolean(view && !view.refused && view.questions[questionId] && !view.questions[questionId].answered.suppressed);
    },
    refusal(surveyId, questionId, band) {
      const r = protectedBy.get(surveyId);
      const refusal = r?.views[band].refused;
      if (refusal) return refusedBand('filter.ageBand', refusal, r!.threshold);
      return new CodedError('BAD_USER_INPUT', 'Too few people in this age band answered this question to list their answers by age band.', {
        field: 'filter.ageBand',
        reason: 'FEW_ANSWERS',
      });
    },
  };
}
provideTextBandRelease(textBandRelease);

/**
 * A survey's results for staff, whole or for one age band, with small numbers suppressed: every
 * view is protected together (protectSurvey), so no suppressed count can be recovered from totals
 * or by subtracting one filtered view from another. A band view that is not shown is refused with
 * its reason ({@link refusedBand}: too few responses, or it would reveal a smaller band). The mean
 * of a scale is shown only when none of its counts is hidden.
 */
export async function surveyResults(em: EntityManager, actor: Actor, surveyId: string, ageBand: AgeBand | null): Promise<SurveyResults> {
  const { survey, questions, threshold, total, views } = await protectedResults(em, actor, surveyId);
  const viewKey: 'ALL' | Band = ageBand ?? 'ALL';
  const view: ProtectedView = views[viewKey];
  if (ageBand && (view.refused || view.responseCount.suppressed)) {
    throw refusedBand('ageBand', view.refused ?? { reason: 'WOULD_REVEAL', protects: null }, threshold);
  }
  return {
    survey,
    responseCount: ageBand ? (view.responseCount.count ?? 0) : total,
    suppressionThreshold: threshold,
    byAgeBand: AGE_BANDS.map((b) => ({ ageBand: b as AgeBand, ...views.ALL.byAgeBand[b] })),
    questions: questions.map((question): QuestionResult => {
      const cells = view.questions[question.id];
      const scale =
        question.type === QuestionType.SCALE ? valueIds(question).map((v) => ({ value: Number(v), ...cells.values[v] })) : [];
      const visible = scale.length > 0 && scale.every((s) => !s.suppressed);
      const answeredScale = scale.reduce((n, s) => n + (s.count ?? 0), 0);
      return {
        question,
        answered: cells.answered.count,
        choices: question.type === QuestionType.SCALE ? [] : question.choices.map((choice) => ({ choice, ...cells.values[choice.id] })),
        scale,
        scaleMean: visible && answeredScale > 0 ? Math.round((scale.reduce((n, s) => n + s.value * (s.count ?? 0), 0) / answeredScale) * 100) / 100 : null,
        ageBand,
      };
    }),
  };
}
