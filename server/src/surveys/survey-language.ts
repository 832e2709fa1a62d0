import { AgeBand } from '../shared/enums.js';
import { QuestionType, type Question, type StoredChoice, type StoredWording, type Survey } from './survey.entity.js';

/**
 * Which language a survey's text is shown in, for this request. `surveyByShareCode(code, language)`
 * sets it on the survey it returns, so that survey's title, purpose, prompts, wordings and choice
 * labels come back in that language. Keyed by the entity object, which belongs to one request's
 * EntityManager, so nothing leaks between requests; nothing is written to the entity.
 */
const displayLanguages = new WeakMap<Survey, string>();

/** BCP 47 tags as used here: a 2–3 letter language, optionally a region or script (en, ur, pl, pt-BR). */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The canonical form of a tag: language lower case, the rest as given. Null when it is not a tag. */
export function normaliseLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const trimmed = tag.trim();
  const [first, ...rest] = trimmed.split('-');
  const canonical = [first.toLowerCase(), ...rest].join('-');
  return LANGUAGE_TAG.test(canonical) ? canonical : null;
}

export function showIn(survey: Survey, language: string | null): void {
  if (language) displayLanguages.set(survey, language);
}

/** The language asked for, else the one set for this survey in this request, else the survey's own. */
export function languageOf(survey: Survey, asked?: string | null): string {
  return normaliseLanguage(asked) ?? displayLanguages.get(survey) ?? survey.language;
}

/** The translation to use for a language, or null for the survey's own language or none stored. */
function translationIn(survey: Survey, language: string) {
  if (language === survey.language) return null;
  // An exact tag first (pt-BR), then its base language (pt).
  return survey.translations?.[language] ?? survey.translations?.[language.split('-')[0]] ?? null;
}

/** Title, purpose and what-happens-next in a language, each falling back to the survey's own. */
export function surveyText(survey: Survey, field: 'title' | 'purpose' | 'whatHappensNext', asked?: string | null): string {
  const t = translationIn(survey, languageOf(survey, asked));
  return t?.[field]?.trim() ? t[field] : survey[field];
}

/** True when a translation gives every question's prompt and every choice's label. */
export function isComplete(survey: Survey, language: string, questions: Question[]): boolean {
  const t = survey.translations?.[language];
  if (!t?.title.trim() || !t.purpose.trim() || !t.whatHappensNext.trim()) return false;
  return questions.every((q) => {
    const tq = t.questions[q.id];
    if (!tq?.prompt.trim()) return false;
    return q.choices.every((_, i) => !!tq.choiceLabels[i]?.trim());
  });
}

/** The survey's own language, then each language whose translation is complete. */
export function surveyLanguages(survey: Survey, questions: Question[]): string[] {
  const complete = Object.keys(survey.translations ?? {})
    .filter((language) => language !== survey.language && isComplete(survey, language, questions))
    .sort();
  return [survey.language, ...complete];
}

function questionTranslation(question: Question, language: string) {
  return translationIn(question.survey, language)?.questions[question.id] ?? null;
}

/** The question's general prompt in a language, falling back to the survey's own. */
export function promptIn(question: Question, asked?: string | null): string {
  const tq = questionTranslation(question, languageOf(question.survey, asked));
  return tq?.prompt.trim() ? tq.prompt : question.prompt;
}

/**
 * The wording for an age band in a language: the translated band wording, the translated prompt,
 * then the same in the survey's own language. A translated general prompt is preferred over a
 * band wording in another language: a child should not get a question in a language they did not choose.
 */
export function promptFor(question: Question, ageBand: AgeBand | null, asked?: string | null): string {
  const tq = questionTranslation(question, languageOf(question.survey, asked));
  const band = (ws: StoredWording[] | undefined) => (ageBand ? ws?.find((w) => w.ageBand === ageBand && w.text.trim())?.text : undefined);
  return band(tq?.wordings) ?? (tq?.prompt.trim() ? tq.prompt : undefined) ?? band(question.wordings) ?? question.prompt;
}

/** The band wordings shown in a language: translated ones where given, the survey's own otherwise. */
export function wordingsIn(question: Question, asked?: string | null): StoredWording[] {
  const tq = questionTranslation(question, languageOf(question.survey, asked));
  if (!tq) return question.wordings;
  const bands = new Set([...question.wordings, ...tq.wordings].map((w) => w.ageBand));
  return [...bands].map((ageBand) => tq.wordings.find((w) => w.ageBand === ageBand) ?? question.wordings.find((w) => w.ageBand === ageBand)!);
}

/** A choice as GraphQL reads it: its label in the language shown, and its labels in every language for labelFor. */
export interface ChoiceView extends StoredChoice {
  /** Labels by language, including the survey's own; not a GraphQL field. */
  labels?: Record<string, string>;
  ownLanguage?: string;
}

/** The question's choices with labels in a language (each falling back to the survey's own). */
export function choicesIn(question: Question, asked?: string | null): ChoiceView[] {
  const survey = question.survey;
  const language = languageOf(survey, asked);
  return question.choices.map((choice, i) => {
    const labels: Record<string, string> = { [survey.language]: choice.label };
    for (const [lang, t] of Object.entries(survey.translations ?? {})) {
      const label = t.questions[question.id]?.choiceLabels[i];
      if (label?.trim()) labels[lang] = label;
    }
    return { ...choice, label: labels[language] ?? labels[language.split('-')[0]] ?? choice.label, labels, ownLanguage: survey.language };
  });
}

/** A choice's label in a language, falling back to the survey's own (results choices carry no translations). */
export function labelFor(choice: ChoiceView, asked: string | null | undefined): string {
  const language = normaliseLanguage(asked);
  // No language asked: the label as shown (already in the survey's display language).
  if (!language || !choice.labels) return choice.label;
  return choice.labels[language] ?? choice.labels[language.split('-')[0]] ?? choice.labels[choice.ownLanguage ?? ''] ?? choice.label;
}

/** Questions whose type has choices that a translation must label. */
export function hasChoices(question: Question): boolean {
  return question.type !== QuestionType.SCALE && question.type !== QuestionType.TEXT;
}
