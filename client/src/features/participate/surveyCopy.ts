/*
 * The last copy of each survey this phone opened, by share code and language, so a survey link
 * opened once in a school hall opens again without signal. The service worker caches the page
 * shell; a survey's definition comes from a GraphQL POST, which the Cache API cannot key, so the
 * page keeps it here itself. Only the survey's own published content is kept (no answers, no viewer).
 */
const KEY = 'heard.surveys';
const KEEP = 10;

type Copies = Record<string, { at: number; survey: unknown }>;

function read(): Copies {
  try {
    return JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Copies;
  } catch {
    return {};
  }
}

export function keepSurveyCopy(code: string, language: string, survey: unknown): void {
  try {
    const copies = read();
    copies[`${code.toUpperCase()}|${language}`] = { at: Date.now(), survey };
    const newest = Object.entries(copies)
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, KEEP);
    window.localStorage.setItem(KEY, JSON.stringify(Object.fromEntries(newest)));
  } catch {
    // Storage full or blocked: the survey still works while there is signal.
  }
}

/** The kept copy in this language, else in any language. */
export function surveyCopy<T>(code: string, language: string): T | null {
  const copies = read();
  const exact = copies[`${code.toUpperCase()}|${language}`];
  if (exact) return exact.survey as T;
  const any = Object.entries(copies).find(([key]) => key.startsWith(`${code.toUpperCase()}|`));
  return any ? (any[1].survey as T) : null;
}

/**
 * The survey the server wrote into this page (server/src/surveys/survey-page.ts), when it is the one
 * asked for, in the language asked for: shown at once while the page asks for it (and for who is
 * signed in) as usual, and still there if asking fails. Another survey or language is asked for as before.
 */
let given: { code: string; language: string; survey: unknown } | null | undefined;
export function surveyFromPage<T>(code: string, language: string): T | null {
  if (given === undefined) {
    try {
      given = JSON.parse(document.getElementById('survey-data')?.textContent ?? 'null');
    } catch {
      given = null;
    }
  }
  return given && given.code === code && given.language === language ? (given.survey as T) : null;
}
