// Surveys in the browser: a practitioner builds a mixed survey with wordings per age band,
// previews and publishes it; a young child answers on a phone from the QR link, goes offline,
// sends, and the response arrives exactly once when the signal comes back. Also: a reload keeps
// answers, results hide small numbers, Urdu pages are right-to-left and accessible, assisted entry,
// and printable participant codes. One browser and one app for the file; a fresh context per test.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Agent } from '../support/app.js';
import { SUBMIT, answersFor, submissionId, survey, type SurveyFixture } from '../support/factories.js';
import {
  HAS_CHROMIUM,
  browserSuite,
  checkTouchTargets,
  expectAxeClean,
  expectNoHorizontalOverflow,
  expectNoThirdPartyRequests,
  signInAsStaff,
} from '../support/browser.js';
import { message } from '../support/messages.js';

/** Records what the page asks the browser to read aloud, instead of speaking. */
const RECORD_SPEECH = () => {
  const spoken: Array<{ text: string; lang: string }> = [];
  (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
  class Utterance {
    lang = '';
    rate = 1;
    voice: unknown = null;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => {},
      // The phone has an English voice (read-aloud speaks only with a voice for the text's language).
      getVoices: () => [{ lang: 'en-GB', name: 'English (United Kingdom)' }],
      addEventListener: () => {},
      removeEventListener: () => {},
    },
    configurable: true,
  });
};

// axe takes 1–2 s a page on a small CI machine, and this file checks many pages and states.
describe.skipIf(!HAS_CHROMIUM)('surveys in the browser', { timeout: 240_000 }, () => {
  const suite = browserSuite({ initScript: RECORD_SPEECH });
  let practitioner: Agent;
  beforeAll(async () => {
    practitioner = await suite.app.staff('practitioner@northbridge.example');
  });

  async function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    return suite.app.orm.em.fork().getConnection().execute(query, params);
  }

  async function responseCount(surveyId: string): Promise<number> {
    const [row] = await sql<{ n: number }>('select count(*)::int as n from survey_response where survey_id = ?', [surveyId]);
    return row.n;
  }

  const h1 = (page: Page) => page.locator('h1').first().textContent();

  /** Checks a child-facing page: accessible, big touch targets, no sideways scrolling. */
  async function checkChildPage(page: Page, label: string): Promise<void> {
    await expectAxeClean(page, label);
    await checkTouchTargets(page);
    await expectNoHorizontalOverflow(page);
  }

  async function addQuestion(page: Page, fill: () => Promise<void>, expectedCount: number): Promise<void> {
    await fill();
    await page.locator('.question-card--new button[type="submit"]').click();
    await expect.poll(() => page.locator('.question-list > li').count()).toBe(expectedCount);
    // The add form starts empty again.
    await expect.poll(() => page.locator('#new-prompt').inputValue()).toBe('');
  }

  test('a practitioner builds and publishes a survey; a child answers it offline on a phone and it arrives once', async () => {
    const staff = await suite.page('desktop');
    await signInAsStaff(staff, 'practitioner@northbridge.example');
    await staff.getByRole('navigation', { name: message('en', 'staff.navLabel') }).getByRole('link', { name: message('en', 'staff.nav.surveys') }).click();
    await staff.waitForURL((url) => url.pathname === '/staff/surveys');
    await expect.poll(() => h1(staff)).toBe(message('en', 'staffSurveys.list.title'));
    await expectAxeClean(staff, 'survey list');

    // Create: purpose and what happens next are required, and the summary says so.
    await staff.getByRole('link', { name: message('en', 'staffSurveys.list.create') }).click();
    await staff.waitForURL((url) => url.pathname === '/staff/surveys/new');
    await staff.locator('form button[type="submit"]').click();
    await expect.poll(() => staff.locator('.error-summary__list a').allTextContents()).toEqual([
      message('en', 'staffSurveys.create.errors.title'),
      message('en', 'staffSurveys.create.errors.purpose'),
      message('en', 'staffSurveys.create.errors.whatHappensNext'),
      message('en', 'staffSurveys.create.errors.audience'),
    ]);
    await expectAxeClean(staff, 'create survey with errors');
    await staff.locator('#title').fill('How was the family hub?');
    await staff.locator('#purpose').fill('We want to know what the family hub is like for you, so we can make it better.');
    await staff.locator('#whatHappensNext').fill('We will read every answer and tell you in the spring what we changed.');
    for (const band of ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17']) await staff.locator(`input[name="audience"][value="${band}"]`).check();
    await staff.locator('#serviceId').selectOption({ label: 'Early Help' });
    await staff.locator('form button[type="submit"]').click();
    await staff.waitForURL((url) => /^\/staff\/surveys\/[0-9a-f-]{36}$/.test(url.pathname));
    const surveyId = new URL(staff.url()).pathname.split('/').pop()!;
    await expect.poll(() => h1(staff)).toBe('How was the family hub?');
    await expectAxeClean(staff, 'empty survey builder');

    // Questions of every type, with wordings for the younger bands and emoji pictures.
    await addQuestion(staff, async () => {
      await staff.locator('#new-type').check(); // SCALE, the first type
      await staff.locator('#new-prompt').fill('How do you feel about the family hub?');
      await staff.locator('#new-wording-AGE_4_TO_7').fill('Do you like the hub?');
      await staff.locator('#new-wording-AGE_8_TO_11').fill('How do you feel when you go to the hub?');
      await staff.locator('#new-required').check();
    }, 1);
    await addQuestion(staff, async () => {
      await staff.locator('#new-type-SINGLE_CHOICE').check();
      await staff.locator('#new-prompt').fill('Who do you see most at the hub?');
      await staff.locator('#new-wording-AGE_4_TO_7').fill('Who do you see?');
      await staff.locator('#new-choice-0').fill('My worker');
      await staff.locator('#new-choice-0-emoji').fill('🧑');
      await staff.locator('#new-choice-1').fill('Other children');
      await staff.locator('#new-choice-1-emoji').fill('🧒');
      await staff.getByRole('button', { name: message('en', 'staffSurveys.question.addChoice') }).click();
      await staff.locator('#new-choice-2').fill('My family');
      await staff.locator('#new-choice-2-emoji').fill('👪');
    }, 2);
    await addQuestion(staff, async () => {
      await staff.locator('#new-type-MULTI_CHOICE').check();
      await staff.locator('#new-prompt').fill('What do you do there?');
      await staff.locator('#new-choice-0').fill('Play');
      await staff.locator('#new-choice-0-emoji').fill('⚽');
      await staff.locator('#new-choice-1').fill('Eat');
      await staff.locator('#new-choice-1-emoji').fill('🍎');
    }, 3);
    await addQuestion(staff, async () => {
      await staff.locator('#new-type-TEXT').check();
      await staff.locator('#new-prompt').fill('What would make it better?');
      await staff.locator('#new-maxLength').fill('280');
    }, 4);
    await addQuestion(staff, async () => {
      await staff.locator('#new-type-YES_NO').check();
      await staff.locator('#new-prompt').fill('Do you feel safe there?');
      await staff.locator('#new-wording-AGE_4_TO_7').fill('Is it a safe place?');
      await staff.locator('#new-required').check();
    }, 5);
    await addQuestion(staff, async () => {
      await staff.locator('#new-type-TEXT').check();
      await staff.locator('#new-prompt').fill('A question to remove');
    }, 6);

    // Reorder (the yes/no question moves above the text question), edit and remove.
    const prompts = () => staff.locator('.question-card__prompt').evaluateAll((els) => els.map((e) => e.lastChild?.textContent?.trim()));
    await staff.getByRole('button', { name: message('en', 'staffSurveys.detail.moveUpQuestion', { number: 5 }) }).click();
    await expect.poll(prompts).toEqual([
      'How do you feel about the family hub?',
      'Who do you see most at the hub?',
      'What do you do there?',
      'Do you feel safe there?',
      'What would make it better?',
      'A question to remove',
    ]);
    await staff.getByRole('button', { name: message('en', 'staffSurveys.detail.removeQuestion', { number: 6 }) }).click();
    await staff.getByRole('button', { name: message('en', 'staffSurveys.detail.confirmRemove', { number: 6 }) }).click();
    await expect.poll(() => staff.locator('.question-list > li').count()).toBe(5);
    await staff.getByRole('button', { name: message('en', 'staffSurveys.detail.editQuestion', { number: 3 }) }).click();
    const editor = staff.locator('.question-list form');
    await editor.locator('input[id$="-choice-1"]').fill('Eat and drink');
    await editor.locator('button[type="submit"]').click();
    await expect.poll(() => staff.locator('.question-card__choices').nth(1).textContent()).toContain('Eat and drink');
    expect(await staff.locator('.question-card__meta').nth(4).textContent()).toContain(message('en', 'staffSurveys.question.characters', { max: 280 }));
    await expectAxeClean(staff, 'survey builder with questions');

    // Preview as each age band, drawn by the participant components.
    await staff.getByRole('link', { name: message('en', 'staffSurveys.detail.preview') }).click();
    await staff.waitForURL((url) => url.pathname.endsWith('/preview'));
    const bands = staff.getByRole('navigation', { name: message('en', 'staffSurveys.preview.bandsLabel') });
    await bands.getByRole('link', { name: message('en', 'staffSurveys.band.AGE_4_TO_7') }).click();
    await expect.poll(() => staff.locator('.phone-preview__question h3').first().textContent()).toBe('Do you like the hub?');
    expect(await staff.locator('.phone-preview__question').first().locator('.answer-option__picture svg.face').count()).toBe(5);
    await expectAxeClean(staff, 'preview for 4 to 7');
    await bands.getByRole('link', { name: message('en', 'staffSurveys.band.AGE_8_TO_11') }).click();
    await expect.poll(() => staff.locator('.phone-preview__question h3').first().textContent()).toBe('How do you feel when you go to the hub?');
    await bands.getByRole('link', { name: message('en', 'staffSurveys.preview.standard') }).click();
    await expect.poll(() => staff.locator('.phone-preview__question h3').first().textContent()).toBe('How do you feel about the family hub?');
    expect(await staff.locator('.phone-preview .answer-options--numbers').count()).toBe(1);
    await expectAxeClean(staff, 'preview, standard');

    // Publish (with a confirmation), which freezes the questions and leads to the share page.
    await staff.goto(`/staff/surveys/${surveyId}`);
    await staff.getByRole('button', { name: message('en', 'staffSurveys.detail.publish') }).click();
    await expectAxeClean(staff, 'publish confirmation');
    await staff.getByRole('button', { name: message('en', 'staffSurveys.detail.publishYes') }).click();
    await staff.waitForURL((url) => url.pathname === `/staff/surveys/${surveyId}/share`);
    await expect.poll(() => staff.locator('.poster__qr svg').count()).toBe(1);
    await expect.poll(() => staff.getByRole('link', { name: message('en', 'staffSurveys.share.downloadPng') }).getAttribute('href')).toMatch(/^data:image\/png;base64,/);
    expect(await staff.getByRole('link', { name: message('en', 'staffSurveys.share.downloadSvg') }).getAttribute('href')).toMatch(/^data:image\/svg\+xml/);
    await expectAxeClean(staff, 'share page');
    const link = await staff.locator('#share-link').inputValue();
    expect(link).toMatch(new RegExp(`^${suite.app.url}/s/[0-9A-Z]{8}$`));

    // Published questions are frozen: no edit controls, and the API refuses a change clearly.
    await staff.goto(`/staff/surveys/${surveyId}`);
    await expect.poll(() => staff.locator('.inset-text').first().textContent()).toBe(message('en', 'staffSurveys.detail.frozen'));
    expect(await staff.getByRole('button', { name: message('en', 'staffSurveys.detail.edit') }).count()).toBe(0);
    const refused = await practitioner.fails('mutation($s: ID!) { addQuestion(surveyId: $s, input: { type: TEXT, prompt: "Late" }) { id } }', { s: surveyId });
    expect(refused.code).toBe('CONFLICT');
    expectNoThirdPartyRequests(staff, suite.app.url);

    // A young child opens the QR link on a phone.
    const child = await suite.page('phone');
    await child.goto(link);
    await expect.poll(() => h1(child)).toBe('How was the family hub?');
    expect(await child.locator('main').textContent()).toContain('We want to know what the family hub is like for you');
    await checkChildPage(child, 'survey start');
    await child.getByRole('button', { name: message('en', 'surveys.take.start') }).click();
    await expect.poll(() => h1(child)).toBe(message('en', 'surveys.take.age.title'));
    await child.getByRole('button', { name: message('en', 'surveys.take.continue') }).click();
    await expect.poll(() => child.locator('.error-summary__list a').textContent()).toBe(message('en', 'surveys.take.age.missing'));
    await checkChildPage(child, 'age band with an error');
    await child.getByRole('radio', { name: message('en', 'ageBand.AGE_4_TO_7') }).check();
    await child.getByRole('button', { name: message('en', 'surveys.take.continue') }).click();

    // 4–7: faces with words, the band's wording, and everything can be heard.
    await expect.poll(() => h1(child)).toBe('Do you like the hub?');
    expect(await child.locator('.survey-progress__text').textContent()).toBe(message('en', 'surveys.take.progress', { current: 1, total: 5 }));
    expect(await child.locator('.answer-option__picture svg.face').count()).toBe(5);
    expect(await child.locator('.answer-option__text').allTextContents()).toEqual(
      ['reallySad', 'sad', 'ok', 'happy', 'reallyHappy'].map((face) => message('en', `surveys.answer.faces.${face}`)),
    );
    await checkChildPage(child, 'question 1 (faces) for 4 to 7');
    // Required: no skip, and going on without an answer says why.
    expect(await child.getByRole('button', { name: message('en', 'surveys.take.skipThis') }).count()).toBe(0);
    await child.getByRole('button', { name: message('en', 'surveys.take.next') }).click();
    await expect.poll(() => child.locator('.error-summary__list a').textContent()).toBe(message('en', 'surveys.take.answerMissing'));
    await child.getByRole('button', { name: message('en', 'surveys.answer.hearIt') }).click();
    await child.getByRole('button', { name: message('en', 'surveys.answer.hearChoice', { label: message('en', 'surveys.answer.faces.reallyHappy') }) }).click();
    expect(await child.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken)).toEqual([
      { text: 'Do you like the hub?', lang: 'en-GB' },
      { text: message('en', 'surveys.answer.faces.reallyHappy'), lang: 'en-GB' },
    ]);
    await child.getByRole('radio', { name: message('en', 'surveys.answer.faces.reallyHappy') }).check();
    await child.getByRole('button', { name: message('en', 'surveys.take.next') }).click();

    await expect.poll(() => h1(child)).toBe('Who do you see?');
    expect(await child.locator('.answer-option__picture').allTextContents()).toEqual(['🧑', '🧒', '👪']);
    await child.getByRole('radio', { name: 'Other children' }).check();
    await checkChildPage(child, 'question 2 (pictures) for 4 to 7');
    await child.getByRole('button', { name: message('en', 'surveys.take.next') }).click();

    await expect.poll(() => h1(child)).toBe('What do you do there?');
    await child.getByRole('checkbox', { name: 'Play' }).check();
    await child.getByRole('checkbox', { name: 'Eat and drink' }).check();
    await child.getByRole('button', { name: message('en', 'surveys.take.next') }).click();

    await expect.poll(() => h1(child)).toBe('Is it a safe place?');
    expect(await child.locator('.answer-option__text').allTextContents()).toEqual([message('en', 'surveys.answer.yes'), message('en', 'surveys.answer.no')]);
    await child.getByRole('radio', { name: message('en', 'surveys.answer.yes') }).check();
    await child.getByRole('button', { name: message('en', 'surveys.take.next') }).click();

    // Optional text: skipped.
    await expect.poll(() => h1(child)).toBe('What would make it better?');
    expect(await child.locator('textarea').getAttribute('maxlength')).toBe('280');
    await checkChildPage(child, 'question 5 (text) for 4 to 7');
    await child.getByRole('button', { name: message('en', 'surveys.take.skipThis') }).click();
    await expect.poll(() => h1(child)).toBe(message('en', 'surveys.take.check.title'));
    expect(await child.locator('main').textContent()).toContain(message('en', 'surveys.take.check.answered_other', { count: 4, total: 5 }));

    // The signal drops just before sending: the answers wait on the phone.
    await child.context().setOffline(true);
    await child.getByRole('button', { name: message('en', 'surveys.take.check.send') }).click();
    await expect.poll(() => h1(child)).toBe(message('en', 'surveys.take.saved.title'));
    await expect.poll(() => child.locator('[role="status"]').textContent()).toContain(message('en', 'surveys.take.saved.offline'));
    await checkChildPage(child, 'answers waiting to send (offline)');
    const stored = await child.evaluate(() => ({ outbox: localStorage.getItem('heard.outbox'), keys: Object.keys(localStorage) }));
    expect(JSON.parse(stored.outbox!).items).toHaveLength(1);
    expect(stored.keys).toContain(`heard.answers.${surveyId}`);
    expect(await responseCount(surveyId)).toBe(0);

    // Back online: sent once, the receipt shows, and nothing is left on the phone.
    await child.context().setOffline(false);
    await expect.poll(() => h1(child), { timeout: 15_000 }).toBe(message('en', 'surveys.take.receipt.title'));
    const code = (await child.locator('.receipt__code').textContent())!.trim();
    expect(code).toMatch(/^[a-z]+ [a-z]+ [a-z]+ \d{4}$/);
    expect(await child.locator('main').textContent()).toContain('We will read every answer and tell you in the spring what we changed.');
    expect(await child.locator('.support-panel').count()).toBe(0);
    await checkChildPage(child, 'receipt');
    expect(await responseCount(surveyId)).toBe(1);
    const [response] = await sql<{ receipt_code: string; age_band: string; channel: string }>(
      'select receipt_code, age_band, channel from survey_response where survey_id = ?',
      [surveyId],
    );
    expect(response).toEqual({ receipt_code: code.replace(/ /g, '-'), age_band: 'AGE_4_TO_7', channel: 'ONLINE' });
    // Nothing of the child's is left on the phone: only the page language and the survey's own copy (to open offline).
    expect(await child.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'heard.language' && k !== 'heard.surveys'))).toEqual([]);

    // Opening the link again starts afresh and sends nothing more.
    await child.reload();
    await expect.poll(() => h1(child)).toBe('How was the family hub?');
    expect(await responseCount(surveyId)).toBe(1);

    // The practitioner closes the survey, after a confirmation; the link then says so kindly.
    await staff.goto(`/staff/surveys/${surveyId}`);
    await staff.getByRole('button', { name: message('en', 'staffSurveys.detail.close') }).click();
    await expect.poll(() => staff.getByText(message('en', 'staffSurveys.detail.closeConfirm')).isVisible()).toBe(true);
    await expectAxeClean(staff, 'close confirmation');
    await staff.getByRole('button', { name: message('en', 'staffSurveys.detail.closeYes') }).click();
    await expect.poll(() => staff.locator('.status-tag').first().textContent()).toBe(message('en', 'staffSurveys.status.CLOSED'));
    await child.reload();
    await expect.poll(() => h1(child)).toBe(message('en', 'surveys.take.closed.title'));
    await checkChildPage(child, 'closed survey');
    expect(await child.getByRole('button', { name: message('en', 'surveys.take.start') }).count()).toBe(0);
    expectNoThirdPartyRequests(child, suite.app.url);
  });

  test('a survey link shows its first screen before any script has run, accessible, and the page then draws the same', async () => {
    const s = await survey(practitioner, 'open', { title: 'Is the <youth> club "good" & safe?' });
    for (const [locale, language] of [['en-GB', 'en'], ['ur-PK', 'ur']] as const) {
      const phone = await suite.page('phone', locale);
      // No script at all: what shows is what the server wrote.
      await phone.route('**/*.js', (route) => route.abort());
      await phone.goto(`/s/${s.shareCode}`);
      expect(await h1(phone)).toBe('Is the <youth> club "good" & safe?');
      expect(await phone.locator('html').getAttribute('dir')).toBe(language === 'ur' ? 'rtl' : 'ltr');
      expect(await phone.locator('main h2').first().textContent()).toBe(message(language, 'surveys.take.why'));
      await expect.poll(() => phone.getByRole('button', { name: message(language, 'surveys.take.start') }).isDisabled()).toBe(true);
      await checkChildPage(phone, `the first screen as the server wrote it (${language})`);
      const written = await phone.locator('#root').innerHTML();

      // With its script the page draws the same screen in place of it, with working buttons.
      await phone.unroute('**/*.js');
      await phone.reload();
      await expect.poll(() => phone.getByRole('button', { name: message(language, 'surveys.take.start') }).isEnabled()).toBe(true);
      expect((await phone.locator('#root').innerHTML()).replaceAll('<!-- -->', '')).toBe(written.replaceAll(' disabled=""', ''));
    }
  });

  test('a reload in the middle of a survey keeps the answers and the place, and they leave the phone once sent', async () => {
    const open = await survey(practitioner, 'open');
    const page = await suite.page('phone');
    await page.goto(`/s/${open.shareCode}`);
    await page.getByRole('button', { name: message('en', 'surveys.take.start') }).click();
    await page.getByRole('radio', { name: message('en', 'ageBand.AGE_12_TO_17') }).check();
    await page.getByRole('button', { name: message('en', 'surveys.take.continue') }).click();
    await expect.poll(() => h1(page)).toBe('How was Early Help for you?');
    // 12 and over: a numbered scale.
    await page.getByRole('radio', { name: '4', exact: true }).check();
    await checkChildPage(page, 'numbered scale for 12 to 17');
    await page.getByRole('button', { name: message('en', 'surveys.take.next') }).click();
    await expect.poll(() => h1(page)).toBe('Who did you see most?');
    await page.getByRole('radio', { name: 'A teacher' }).check();

    await page.reload();
    await expect.poll(() => h1(page)).toBe('Who did you see most?');
    expect(await page.getByRole('radio', { name: 'A teacher' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: message('en', 'common.back') }).click();
    await expect.poll(() => h1(page)).toBe('How was Early Help for you?');
    expect(await page.getByRole('radio', { name: '4', exact: true }).isChecked()).toBe(true);
    const draft = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), `heard.answers.${open.id}`))!);
    expect(draft.clientSubmissionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(draft.ageBand).toBe('AGE_12_TO_17');

    await page.getByRole('button', { name: message('en', 'surveys.take.next') }).click();
    await page.getByRole('button', { name: message('en', 'surveys.take.next') }).click();
    await page.getByRole('button', { name: message('en', 'surveys.take.skipThis') }).click(); // what helped (optional)
    await page.getByRole('radio', { name: message('en', 'surveys.answer.yes') }).check();
    await page.getByRole('button', { name: message('en', 'surveys.take.next') }).click();
    await page.locator('textarea').fill('More time to talk please');
    await page.getByRole('button', { name: message('en', 'surveys.take.finish') }).click();
    await page.getByRole('button', { name: message('en', 'surveys.take.check.send') }).click();
    await expect.poll(() => h1(page)).toBe(message('en', 'surveys.take.receipt.title'));
    expect(await page.evaluate((key) => localStorage.getItem(key), `heard.answers.${open.id}`)).toBeNull();
    const [row] = await sql<{ client_submission_id: string }>('select client_submission_id from survey_response where survey_id = ?', [open.id]);
    expect(row.client_submission_id).toBe(draft.clientSubmissionId);
    expect(await responseCount(open.id)).toBe(1);
  });

  test('results hide small numbers, refuse a band too small kindly, withhold a disclosure, and link the CSV', async () => {
    const open = await survey(practitioner, 'open');
    const send = (ageBand: string, text?: string) =>
      suite.app.agent().gql(SUBMIT, { i: { surveyId: open.id, clientSubmissionId: submissionId(), ageBand, answers: answersFor(open, text) } });
    for (let i = 0; i < 12; i++) await send('AGE_12_TO_17');
    for (let i = 0; i < 3; i++) await send('AGE_4_TO_7');
    await send('AGE_12_TO_17', 'my step dad hits me when mum is at work');

    const page = await suite.page('desktop');
    await signInAsStaff(page, 'commissioner@northbridge.example');
    await page.goto(`/staff/surveys/${open.id}/results`);
    await expect.poll(() => h1(page)).toBe(message('en', 'staffSurveys.results.titleOf', { title: 'How was Early Help for you?' }));
    const fewer = message('en', 'staffSurveys.results.fewerThan', { threshold: 10 });
    const bandRow = (band: string) => page.locator('tr', { has: page.locator('th', { hasText: message('en', `staffSurveys.band.${band}`) }) }).first().locator('td');
    await expect.poll(() => bandRow('AGE_4_TO_7').textContent()).toBe(fewer);
    expect(await page.locator('main').textContent()).toContain(message('en', 'staffSurveys.results.responses_other', { count: 16 }));
    // Every hidden count (the 3, and one more so that the 3 cannot be worked out from the total)
    // says "fewer than 10": none shows as a number, or as 0.
    const hidden = await page.locator('.suppressed').allTextContents();
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(new Set(hidden)).toEqual(new Set([fewer]));
    expect(await page.locator('table td').allTextContents()).not.toContain('3');
    await expect.poll(() => page.locator('.results-chart svg').count()).toBeGreaterThan(0);
    expect(await page.locator('.text-answers__item--withheld').textContent()).toContain(message('en', 'staffSurveys.results.withheld'));
    expect(await page.locator('main').textContent()).not.toContain('my step dad hits me');
    // Words are shown without their age band, which would give a hidden band count away.
    expect(new Set(await page.locator('.text-answers__meta').allTextContents())).toEqual(new Set([message('en', 'staffSurveys.capture.OWN_WORDS')]));
    expect(await page.getByRole('link', { name: message('en', 'staffSurveys.results.csv') }).getAttribute('href')).toBe(`/exports/surveys/${open.id}/results.csv`);
    await expectAxeClean(page, 'results for all ages');

    // The CSV downloads with the same suppression.
    const csv = await page.evaluate((href) => fetch(href).then((r) => r.text()), `/exports/surveys/${open.id}/results.csv`);
    expect(csv).toContain('suppressed');
    expect(csv).not.toContain('my step dad hits me');

    const filters = page.getByRole('navigation', { name: message('en', 'staffSurveys.results.filterLabel') });
    await filters.getByRole('link', { name: message('en', 'staffSurveys.band.AGE_4_TO_7') }).click();
    await expect.poll(() => page.locator('main [role="status"]').textContent()).toContain(
      message('en', 'staffSurveys.results.bandTooSmall', { band: message('en', 'staffSurveys.band.AGE_4_TO_7') }),
    );
    await expectAxeClean(page, 'results for a band too small');
    await page.getByRole('link', { name: message('en', 'staffSurveys.results.showAll') }).click();
    await expect.poll(() => bandRow('AGE_4_TO_7').textContent()).toBe(fewer);
    expectNoThirdPartyRequests(page, suite.app.url);
  });

  test('in Urdu the participant pages are right-to-left, translated and accessible, and support comes in Urdu', async () => {
    const open = await survey(practitioner, 'open');
    const page = await suite.page('phone', 'ur');
    await page.goto(`/s/${open.shareCode}`);
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
    await expect.poll(() => page.getByRole('button', { name: message('ur', 'surveys.take.start') }).count()).toBe(1);
    expect(await page.locator('main h2').first().textContent()).toBe(message('ur', 'surveys.take.why'));
    await checkChildPage(page, 'survey start in Urdu');
    await page.getByRole('button', { name: message('ur', 'surveys.take.start') }).click();
    await expect.poll(() => h1(page)).toBe(message('ur', 'surveys.take.age.title'));
    await checkChildPage(page, 'age band in Urdu');
    await page.getByRole('radio', { name: message('ur', 'ageBand.AGE_8_TO_11') }).check();
    await page.getByRole('button', { name: message('ur', 'surveys.take.continue') }).click();
    // 8–11: faces, with their words in Urdu.
    await expect.poll(() => page.locator('.answer-option__text').allTextContents()).toEqual(
      ['reallySad', 'sad', 'ok', 'happy', 'reallyHappy'].map((face) => message('ur', `surveys.answer.faces.${face}`)),
    );
    expect(await page.locator('.survey-progress__text').textContent()).toBe(message('ur', 'surveys.take.progress', { current: 1, total: 5 }));
    await checkChildPage(page, 'question in Urdu');
    await page.getByRole('radio', { name: message('ur', 'surveys.answer.faces.happy'), exact: true }).check();
    await page.getByRole('button', { name: message('ur', 'surveys.take.next') }).click();
    await page.getByRole('radio', { name: 'My worker' }).check();
    await page.getByRole('button', { name: message('ur', 'surveys.take.next') }).click();
    await page.getByRole('button', { name: message('ur', 'surveys.take.skipThis') }).click();
    await page.getByRole('radio', { name: message('ur', 'surveys.answer.no') }).check();
    await page.getByRole('button', { name: message('ur', 'surveys.take.next') }).click();
    await page.locator('textarea').fill('he hits me');
    await page.getByRole('button', { name: message('ur', 'surveys.take.finish') }).click();
    await expect.poll(() => h1(page)).toBe(message('ur', 'surveys.take.check.title'));
    await checkChildPage(page, 'ready to send in Urdu');

    await page.context().setOffline(true);
    await page.getByRole('button', { name: message('ur', 'surveys.take.check.send') }).click();
    await expect.poll(() => page.locator('[role="status"]').textContent()).toContain(message('ur', 'surveys.take.saved.offline'));
    await checkChildPage(page, 'waiting to send in Urdu (offline)');
    await page.context().setOffline(false);

    // The receipt, with calm support in Urdu (from the server, by Accept-Language) and phone
    // numbers that stay left-to-right.
    await expect.poll(() => h1(page), { timeout: 15_000 }).toBe(message('ur', 'surveys.take.receipt.title'));
    await expect.poll(() => page.locator('.support-panel p').first().textContent()).toContain('ہمیں بتانے کا شکریہ');
    const call = page.locator('.support-panel a[href="tel:08001111"]');
    expect(await call.getAttribute('dir')).toBe('ltr');
    expect(await page.locator('.support-panel a[href="tel:999"]').count()).toBe(1);
    expect(await page.locator('.receipt__code').getAttribute('dir')).toBe('ltr');
    await checkChildPage(page, 'receipt with support in Urdu');
    expect(await responseCount(open.id)).toBe(1);
    expectNoThirdPartyRequests(page, suite.app.url);
  });

  test('a practitioner enters a response for a child, saying how it was captured', async () => {
    const open: SurveyFixture = await survey(practitioner, 'open');
    const page = await suite.page('desktop');
    await signInAsStaff(page, 'practitioner@northbridge.example');
    await page.goto(`/staff/surveys/${open.id}`);
    await page.getByRole('link', { name: message('en', 'staffSurveys.detail.enter') }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/enter'));
    await page.getByRole('button', { name: message('en', 'staffSurveys.enter.submit') }).click();
    await expect.poll(() => page.locator('.error-summary__list a').count()).toBe(5); // channel, capture, age, two required questions
    await expectAxeClean(page, 'assisted entry with errors');
    await page.getByRole('radio', { name: message('en', 'staffSurveys.channel.PAPER') }).check();
    await page.getByRole('radio', { name: message('en', 'staffSurveys.capture.SCRIBED') }).check();
    await page.locator('input[name="ageBand"][value="AGE_8_TO_11"]').check();
    await page.locator(`input[name="enter-${open.questions[0].id}"][value="3"]`).check();
    await page.locator(`input[name="enter-${open.questions[3].id}"]`).first().check();
    await page.locator(`#enter-${open.questions[4].id}`).fill('They said the hub is too far away');
    await page.getByRole('button', { name: message('en', 'staffSurveys.enter.submit') }).click();
    await expect.poll(() => page.locator('.receipt-code-staff').textContent()).toMatch(/^[a-z]+ [a-z]+ [a-z]+ \d{4}$/);
    await expectAxeClean(page, 'assisted entry saved');
    const rows = await sql<{ channel: string; capture: string; age_band: string }>('select channel, capture, age_band from survey_response where survey_id = ?', [open.id]);
    expect(rows).toEqual([{ channel: 'PAPER', capture: 'SCRIBED', age_band: 'AGE_8_TO_11' }]);
    const [voice] = await sql<{ capture: string }>('select capture from voice_input where survey_id = ?', [open.id]);
    expect(voice.capture).toBe('SCRIBED');
  });

  test('staff make participant codes and print them as QR cards that open the join page with the code filled in', async () => {
    const page = await suite.page('desktop');
    await signInAsStaff(page, 'practitioner@northbridge.example');
    await page.getByRole('navigation', { name: message('en', 'staff.navLabel') }).getByRole('link', { name: message('en', 'staff.nav.codes') }).click();
    await page.waitForURL((url) => url.pathname === '/staff/codes');
    await page.locator('#count').fill('3');
    await page.locator('form button[type="submit"]').click();
    await expect.poll(() => page.locator('.code-card').count()).toBe(3);
    await expect.poll(() => page.locator('.code-card svg').count()).toBe(3);
    const label = (await page.locator('.code-card__qr').first().getAttribute('aria-label'))!;
    const code = (await page.locator('.code-card__code').first().textContent())!.replace(' ', '-');
    expect(label).toBe(message('en', 'staffSurveys.codes.qrLabel', { code: code.replace('-', ' ') }));
    await expectAxeClean(page, 'participant codes');
    // Staff wording loads with the staff area, and in the language chosen there.
    await page.locator('.language-switcher button[lang="ur"]').click();
    await expect.poll(() => h1(page)).toBe(message('ur', 'staffSurveys.codes.title'));
    expect(await page.locator('.code-card').count()).toBe(3);
    // Printing shows only the cards.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.header').isVisible()).toBe(false);
    expect(await page.locator('form').isVisible()).toBe(false);
    expect(await page.locator('.code-card').first().isVisible()).toBe(true);

    const child = await suite.page('phone');
    await child.goto(`/join?code=${encodeURIComponent(code)}`);
    await expect.poll(() => child.locator('#code').inputValue()).toBe(code);
    await child.getByRole('radio', { name: message('en', 'ageBand.AGE_8_TO_11') }).check();
    await child.locator('form button[type="submit"]').click();
    await child.waitForURL((url) => url.pathname === '/me');
  });
});
