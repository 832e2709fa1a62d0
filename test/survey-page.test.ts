// A survey link's page carries the survey's first screen (server/src/surveys/survey-page.ts): the
// words escaped whatever staff typed, in the page language, and only for open surveys anyone may answer.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURVEY_PAGE_QUERY } from '../server/src/surveys/survey-page.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { survey } from './support/factories.js';
import { urduTranslation } from './support/translation-factories.js';

const ROOT = resolve(import.meta.dirname, '..');
const catalog = (language: string) => JSON.parse(readFileSync(join(ROOT, 'client/src/i18n', `${language}.json`), 'utf8'));

// A client build in miniature: the shells and the words the build writes for the server (client/build-plugins.ts).
const SHELL = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <title>Heard</title>
    <script type="module" crossorigin src="/assets/index.js"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>Heard needs JavaScript turned on.</noscript>
  </body>
</html>
`;
const clientDir = mkdtempSync(join(tmpdir(), 'heard-client-'));
writeFileSync(join(clientDir, 'index.html'), SHELL);
writeFileSync(join(clientDir, 'survey.html'), SHELL);
const words = Object.fromEntries(['en', 'ur', 'pl'].map((l) => [l, (({ app, language, surveys }) => ({ app, language, surveys: { take: surveys.take } }))(catalog(l))]));
writeFileSync(join(clientDir, 'survey-words.json'), JSON.stringify(words));

let t: TestApp;
let practitioner: Agent;
beforeAll(async () => {
  t = await startTestApp({ env: { CLIENT_DIR: clientDir } });
  practitioner = await t.staff('practitioner@northbridge.example');
});
afterAll(() => t.close());

async function page(code: string, language = 'en-GB,en;q=0.9') {
  const response = await fetch(`${t.url}/s/${code}`, { headers: { 'accept-language': language } });
  return { response, html: await response.text() };
}

/** The survey handed to the page's script, as the script reads it. */
function given(html: string) {
  const json = /<script type="application\/json" id="survey-data">([^<]*)<\/script>/.exec(html)?.[1];
  return json ? JSON.parse(json) : null;
}

describe('a survey link', () => {
  it('is written with the first screen, the title and the survey the page would ask for', async () => {
    const s = await survey(practitioner, 'open');
    const { response, html } = await page(s.shareCode);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('vary')).toMatch(/accept-language/);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<title>How was Early Help for you? – Heard</title>');
    expect(html).toContain('<h1 class="heading-xl" tabindex="-1"><span>How was Early Help for you?</span></h1>');
    expect(html).toContain(`<h2 class="heading-m">${words.en.surveys.take.why}</h2><p class="body-l survey__text">We want to know what it was like, so we can make it better.</p>`);
    expect(html).toContain('<main id="main-content" class="main survey" tabindex="-1">');

    // Exactly what the page's own query returns (bar `viewer`, which the page still asks for).
    const { surveyByShareCode } = await t.agent().gql(SURVEY_PAGE_QUERY, { code: s.shareCode, language: 'en' });
    expect(given(html)).toEqual({ code: s.shareCode, language: 'en', survey: surveyByShareCode });
  });

  it('escapes whatever staff wrote, in the markup and in the survey handed to the script', async () => {
    const title = `</script><script>alert(1)</script><img src=x onerror="alert('2')"> & </title>`;
    const purpose = `<!-- <b>bold</b> --> "quoted" 'single' \u2028 ${'<'}/style>`;
    const s = await survey(practitioner, 'open', { title, purpose, whatHappensNext: '<a href="javascript:alert(3)">next</a>' });
    const { html } = await page(s.shareCode);
    expect(html).not.toMatch(/<script>|<img|<b>|<a href="javascript|<!--|<\/style>/i);
    expect(html.match(/<script/g)).toHaveLength(2); // the shell's module and the survey's data, nothing else
    expect(html.match(/<\/title>/g)).toHaveLength(1);
    expect(html).toContain('&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=&#34;alert(&#39;2&#39;)&#34;&#62; &#38; &#60;/title&#62;');
    expect(given(html).survey).toMatchObject({ title, purpose });
  });

  it('is in the language of Accept-Language, right to left for Urdu, with the survey in it when translated', async () => {
    const s = await survey(practitioner, 'open');
    const english = await page(s.shareCode, 'ur-PK,ur;q=0.9,en;q=0.8');
    expect(english.html).toContain('<html lang="ur" dir="rtl">');
    expect(english.html).toContain(`<h2 class="heading-m">${words.ur.surveys.take.why}</h2>`);
    // Not translated: the survey's own English, marked as such inside the Urdu page.
    expect(english.html).toContain('<span lang="en">How was Early Help for you?</span>');
    expect(given(english.html).language).toBe('ur');

    await practitioner.gql(`mutation($s: ID!, $i: SurveyTranslationInput!) { translateSurvey(surveyId: $s, input: $i) { id } }`, { s: s.id, i: urduTranslation(s) });
    const urdu = await page(s.shareCode, 'ur');
    expect(urdu.html).toContain('<span>ارلی ہیلپ آپ کے لیے کیسا تھا؟</span>');
    expect(urdu.html).toContain('<nav class="survey-languages"');
    expect((await page(s.shareCode, 'pl,en;q=0.5')).html).toContain('<html lang="pl" dir="ltr">');
  });

  it('is the plain shell for a survey that is closed, a draft, for participants only, or not there', async () => {
    const closed = await survey(practitioner, 'closed');
    const draft = await survey(practitioner, 'draft');
    const participantsOnly = await survey(practitioner, 'open', { access: 'PARTICIPANTS_ONLY' });
    for (const code of [closed.shareCode, draft.shareCode, participantsOnly.shareCode, 'NOSUCHCODE', 'no%3Cscript%3E', 'x'.repeat(500)]) {
      const { response, html } = await page(code);
      expect(response.status, code).toBe(200);
      expect(html, code).toBe(SHELL);
    }
  });
});

describe('the survey handed to the page', () => {
  it('has the selection of the page’s own query, so the page can use it as its answer', () => {
    const source = readFileSync(join(ROOT, 'client/src/features/participate/SurveyApp.tsx'), 'utf8');
    const selection = (text: string) => {
      const start = text.indexOf('{', text.indexOf('surveyByShareCode(code: $code, language: $language)'));
      let depth = 0;
      for (let i = start; i < text.length; i++) {
        depth += text[i] === '{' ? 1 : text[i] === '}' ? -1 : 0;
        if (depth === 0) return text.slice(start, i + 1).replace(/\s+/g, ' ');
      }
      return null;
    };
    expect(selection(SURVEY_PAGE_QUERY)).toBeTruthy();
    expect(selection(SURVEY_PAGE_QUERY)).toBe(selection(source));
  });
});
