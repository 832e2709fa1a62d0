import type { Language } from '../shared/language.js';

/*
 * A survey link's first screen, written into the page's HTML by the server. On a phone the page
 * would otherwise stay blank until its JavaScript has loaded and asked for the survey; with this,
 * the title and why-we-are-asking show at the first paint, and the page's script starts from the
 * survey given here instead of asking again. The markup is the survey page's intro screen
 * (client/src/features/participate/SurveyApp.tsx, in the Shell of components/Shell.tsx), class for
 * class, so nothing moves when React puts its own in its place. Only for open surveys anyone with
 * the link may answer: the same for everybody, so no session is read and no person's data is in it.
 */

/**
 * The page's own query for the survey (SurveyByShareCode in SurveyApp.tsx) without `viewer`, which
 * depends on who is asking; the page asks for that itself. A test keeps the two selections equal.
 */
export const SURVEY_PAGE_QUERY = `query SurveyPage($code: String!, $language: String) {
  surveyByShareCode(code: $code, language: $language) {
    id
    language
    languages
    title
    purpose
    whatHappensNext
    status
    access
    audience
    closesAt
    questions {
      id
      type
      prompt
      required
      scaleMax
      maxLength
      wordings {
        ageBand
        text
      }
      choices {
        id
        label
        emoji
      }
    }
  }
}`;

/** The fields of the query's result read here. */
export interface PageSurvey {
  language: string;
  languages: string[];
  title: string;
  purpose: string;
  whatHappensNext: string;
  status: string;
  access: string;
  closesAt: string | Date | null;
}

/** The catalog sections the build writes for the server (client/build-plugins.ts shellWords), by language. */
export type Words = Partial<Record<string, Messages>>;
type Messages = { [key: string]: string | Messages };

/** The languages Heard's pages speak, named in themselves: the client's LANGUAGES (i18n/i18n.ts). */
const LANGUAGES: ReadonlyArray<{ code: Language; name: string; dir: 'ltr' | 'rtl' }> = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
];

const directionOf = (code: string) => LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';

/** Text for an HTML element or a quoted attribute: every character that could end either is replaced. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * JSON for a `<script type="application/json">`: nothing in it can close the element or start a
 * comment, whatever the strings hold (`<` `>` `&` and the line separators JSON allows but
 * JavaScript once did not are escaped).
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function lookup(messages: Messages | undefined, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A message in the page language, else English, else its key (as the client's translate does), escaped. */
function translator(words: Words, language: Language) {
  return (key: string, values: Record<string, string> = {}) => {
    const message = lookup(words[language], key) ?? lookup(words.en, key) ?? key;
    return escapeHtml(message.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => values[name] ?? ''));
  };
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The intro screen in its Shell: what goes inside #root. Its links work as links; its buttons do
 * something only once the page's script has drawn its own, so until then they are disabled (they
 * look the same, and say they cannot be pressed yet rather than ignore a press).
 */
export function firstScreen(words: Words, language: Language, survey: PageSurvey): string {
  const t = translator(words, language);
  // The page language when the survey is complete in it, else the survey's own; marked when it differs.
  const content = survey.languages.includes(language) ? language : survey.language;
  const lang = content !== language ? ` lang="${escapeHtml(content)}"` : '';
  const others = survey.languages.filter((l) => l !== content);
  const closes = survey.closesAt ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(survey.closesAt)) : null;
  const switcher = LANGUAGES.map(
    (l) =>
      `<li><button type="button" class="language-switcher__button" lang="${l.code}" dir="${l.dir}"${l.code === language ? ' aria-current="true"' : ''} disabled>` +
      `${escapeHtml(l.name)}${l.code === language ? `<span class="visually-hidden"> ${t('language.current')}</span>` : ''}</button></li>`,
  ).join('');
  const otherLanguages = others.length
    ? `<nav class="survey-languages" aria-labelledby="survey-languages-label"><p id="survey-languages-label" class="body">${t('surveys.take.alsoIn')}</p><ul class="survey-languages__list">` +
      others.map((l) => `<li><button type="button" class="button button--secondary" disabled><span lang="${escapeHtml(l)}" dir="${directionOf(l)}">${escapeHtml(languageName(l))}</span></button></li>`).join('') +
      '</ul></nav>'
    : '';
  return (
    '<div class="shell shell--child">' +
    `<a href="#main-content" class="skip-link">${t('app.skipLink')}</a>` +
    '<header class="header"><div class="header__inner width-container width-container--wide">' +
    `<div class="header__brand"><a class="header__name" aria-label="${t('app.homeLink')}" href="/">${t('app.name')}</a></div>` +
    `<div class="header__tools"><nav class="language-switcher" aria-label="${t('language.label')}"><ul class="language-switcher__list">${switcher}</ul></nav></div>` +
    '</div></header>' +
    '<div class="shell__body"><div class="width-container"><main id="main-content" class="main survey" tabindex="-1">' +
    `<h1 class="heading-xl" tabindex="-1"><span${lang}>${escapeHtml(survey.title)}</span></h1>` +
    otherLanguages +
    `<h2 class="heading-m">${t('surveys.take.why')}</h2>` +
    `<p class="body-l survey__text"${lang}>${escapeHtml(survey.purpose)}</p>` +
    `<h2 class="heading-m">${t('surveys.take.whatNext')}</h2>` +
    `<p class="body survey__text"${lang}>${escapeHtml(survey.whatHappensNext)}</p>` +
    '<ul class="list list--bullet">' +
    `<li>${t('surveys.take.noName')}</li><li>${t('surveys.take.skip')}</li><li>${t('surveys.take.saved.onPhone')}</li>` +
    (closes ? `<li>${t('surveys.take.closes', { date: closes })}</li>` : '') +
    '</ul>' +
    `<button type="button" class="button button--primary button--large" disabled>${t('surveys.take.start')}</button>` +
    '</main></div></div>' +
    '<footer class="footer"><div class="width-container width-container--wide">' +
    `<p>${t('app.footer')}</p>` +
    `<nav aria-label="${t('app.footerLinks')}"><ul class="footer__links"><li><a href="/privacy">${t('app.privacyLink')}</a></li><li><a href="/accessibility">${t('app.accessibilityLink')}</a></li></ul></nav>` +
    '</div></footer>' +
    '</div>'
  );
}

/** The id of the script element that hands the survey to the page (SurveyApp.tsx reads it). */
export const SURVEY_DATA_ID = 'survey-data';

/**
 * The survey shell (client/dist/survey.html) with the survey's first screen in #root, the page's
 * language and direction on <html>, the survey's title as the document's, and the survey itself
 * with the code and language it was asked for. Null when there is nothing to write: a survey that
 * is not open, or that needs a participant's code.
 */
export function surveyPage(shell: string, words: Words, language: Language, code: string, survey: PageSurvey | null | undefined): string | null {
  if (!survey || survey.status !== 'OPEN' || survey.access !== 'ANYONE_WITH_LINK') return null;
  const t = translator(words, language);
  const data = `<script type="application/json" id="${SURVEY_DATA_ID}">${scriptJson({ code, language, survey })}</script>`;
  return shell
    .replace(/<html lang="[^"]*" dir="[^"]*">/, () => `<html lang="${language}" dir="${directionOf(language)}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(survey.title)} – ${t('app.titleSuffix')}</title>`)
    .replace('<div id="root"></div>', () => `<div id="root">${firstScreen(words, language, survey)}</div>\n    ${data}`);
}
