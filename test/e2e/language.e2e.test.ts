// A survey in the family's language, in the browser: a phone set to Urdu opens a survey translated
// into Urdu, sees and hears it in Urdu (with an Urdu voice), answers, and the response records
// Urdu. A phone with no voice for the survey's language is told so, kindly, and nothing is read in
// the wrong voice. Read-aloud is offered at every age, on by default for 4–7s.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Agent } from '../support/app.js';
import { survey } from '../support/factories.js';
import { HAS_CHROMIUM, browserSuite, checkTouchTargets, expectAxeClean, expectNoHorizontalOverflow, signInAsStaff } from '../support/browser.js';
import { message } from '../support/messages.js';
import { urduTranslation } from '../support/translation-factories.js';

/**
 * The phone's speech: an English and an Urdu voice, no Polish one. What the page asks to be read is
 * recorded (with the voice's language) instead of spoken: headless Chromium has no voices at all.
 */
const PHONE_VOICES = () => {
  const voices = [
    { lang: 'en-GB', name: 'English (United Kingdom)' },
    { lang: 'ur-PK', name: 'Urdu (Pakistan)' },
  ];
  const spoken: Array<{ text: string; lang: string; voice: string | null }> = [];
  (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
  class Utterance {
    lang = '';
    rate = 1;
    voice: { name: string } | null = null;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, 'speechSynthesis', {
    value: {
      speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name ?? null }),
      cancel: () => {},
      getVoices: () => voices,
      addEventListener: () => {},
      removeEventListener: () => {},
    },
    configurable: true,
  });
};

describe.skipIf(!HAS_CHROMIUM)('surveys in the family’s language', { timeout: 180_000 }, () => {
  const suite = browserSuite({ initScript: PHONE_VOICES });
  let practitioner: Agent;
  beforeAll(async () => {
    practitioner = await suite.app.staff('practitioner@northbridge.example');
  });

  const h1 = (page: Page) => page.locator('h1').first().textContent();
  const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken);

  async function translatedSurvey(translation: (s: Awaited<ReturnType<typeof survey>>) => Record<string, unknown>) {
    const s = await survey(practitioner, 'open');
    await practitioner.gql(`mutation($s: ID!, $i: SurveyTranslationInput!) { translateSurvey(surveyId: $s, input: $i) { id } }`, {
      s: s.id,
      i: translation(s),
    });
    return s;
  }

  test('a survey translated into Urdu is shown, read aloud and answered in Urdu on a phone set to Urdu', async () => {
    const s = await translatedSurvey(urduTranslation);
    const ur = urduTranslation(s);
    const phone = await suite.page('phone', 'ur-PK');
    await phone.goto(`/s/${s.shareCode}`);
    await expect.poll(() => h1(phone)).toBe(ur.title);
    expect(await phone.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
    expect(await phone.locator('main').textContent()).toContain(ur.purpose);
    // The survey's own language is offered too, named in itself.
    await expect.poll(() => phone.getByRole('navigation', { name: message('ur', 'surveys.take.alsoIn') }).getByRole('button', { name: 'English' }).count()).toBe(1);
    await expectAxeClean(phone, 'Urdu survey start');
    await checkTouchTargets(phone);
    await expectNoHorizontalOverflow(phone);

    await phone.getByRole('button', { name: message('ur', 'surveys.take.start') }).click();
    await phone.getByRole('radio', { name: message('ur', 'ageBand.AGE_4_TO_7') }).check();
    await phone.getByRole('button', { name: message('ur', 'surveys.take.continue') }).click();

    // 4–7: the Urdu wording for the band, read-aloud on by default, read in the Urdu voice.
    await expect.poll(() => h1(phone)).toBe('کیا یہ اچھا تھا؟');
    expect(await phone.getByRole('button', { name: message('ur', 'surveys.take.readToMe') }).getAttribute('aria-pressed')).toBe('true');
    await phone.getByRole('button', { name: message('ur', 'surveys.answer.hearIt'), exact: true }).click();
    await expect.poll(() => spoken(phone)).toEqual([{ text: 'کیا یہ اچھا تھا؟', lang: 'ur-PK', voice: 'Urdu (Pakistan)' }]);
    await phone.getByRole('radio', { name: message('ur', 'surveys.answer.faces.happy'), exact: true }).check();
    await phone.getByRole('button', { name: message('ur', 'surveys.take.next') }).click();

    // Choices in Urdu, each with its own hear button.
    await expect.poll(() => h1(phone)).toBe('آپ زیادہ تر کس سے ملے؟');
    expect(await phone.locator('.answer-option__text').allTextContents()).toEqual(['میرا کارکن', 'ایک استاد', 'کوئی اور']);
    await phone.getByRole('button', { name: message('ur', 'surveys.answer.hearChoice', { label: 'ایک استاد' }) }).click();
    await expect.poll(() => spoken(phone)).toHaveLength(2);
    expect(((await spoken(phone)) as unknown[])[1]).toEqual({ text: 'ایک استاد', lang: 'ur-PK', voice: 'Urdu (Pakistan)' });
    await expectAxeClean(phone, 'Urdu choices with hear buttons');
    await checkTouchTargets(phone);
    await phone.getByRole('radio', { name: 'ایک استاد' }).check();
    await phone.getByRole('button', { name: message('ur', 'surveys.take.next') }).click();

    await expect.poll(() => h1(phone)).toBe('کس چیز نے مدد کی؟');
    await phone.getByRole('checkbox', { name: 'کھانا' }).check();
    await phone.getByRole('button', { name: message('ur', 'surveys.take.next') }).click();
    await expect.poll(() => h1(phone)).toBe('کیا آپ کو لگا کہ آپ کی بات سنی گئی؟');
    await phone.getByRole('radio', { name: 'ہاں' }).check();
    await phone.getByRole('button', { name: message('ur', 'surveys.take.next') }).click();
    await expect.poll(() => h1(phone)).toBe('کیا بہتر ہو سکتا ہے؟');
    await phone.locator('textarea').fill('زیادہ وقت');
    await phone.getByRole('button', { name: message('ur', 'surveys.take.finish') }).click();
    await phone.getByRole('button', { name: message('ur', 'surveys.take.check.send') }).click();
    await expect.poll(() => h1(phone)).toBe(message('ur', 'surveys.take.receipt.title'));

    const conn = suite.app.orm.em.fork().getConnection();
    const responses = await conn.execute('select language from survey_response where survey_id = ?', [s.id]);
    expect(responses).toEqual([{ language: 'ur' }]);
    const voices = await conn.execute('select text, language from voice_input where survey_id = ?', [s.id]);
    expect(voices).toEqual([{ text: 'زیادہ وقت', language: 'ur' }]);
  });

  test('with no voice for the survey’s language the phone says so and reads nothing; read-aloud can be turned on at any age', async () => {
    const s = await translatedSurvey((fixture) => ({
      ...urduTranslation(fixture),
      language: 'pl',
      title: 'Jak było w Early Help?',
      questions: urduTranslation(fixture).questions.map((q, i) => ({ ...q, prompt: `Pytanie ${i + 1}`, wordings: [] })),
    }));
    const phone = await suite.page('phone', 'pl-PL');
    await phone.goto(`/s/${s.shareCode}`);
    await expect.poll(() => h1(phone)).toBe('Jak było w Early Help?');
    await phone.getByRole('button', { name: message('pl', 'surveys.take.start') }).click();
    await phone.getByRole('radio', { name: message('pl', 'ageBand.AGE_12_TO_17') }).check();
    await phone.getByRole('button', { name: message('pl', 'surveys.take.continue') }).click();
    await expect.poll(() => h1(phone)).toBe('Pytanie 1');

    // Off by default from 8 up; one tap turns it on for every question and choice.
    const toggle = phone.getByRole('button', { name: message('pl', 'surveys.take.readToMe') });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await phone.getByRole('button', { name: message('pl', 'surveys.answer.hearIt'), exact: true }).count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await phone.getByRole('button', { name: message('pl', 'surveys.answer.hearIt'), exact: true }).click();
    const note = message('pl', 'surveys.answer.noVoice', { language: 'polski' });
    await expect.poll(() => phone.getByRole('status').filter({ hasText: note }).count()).toBe(1);
    expect(await spoken(phone)).toEqual([]);
    await expectAxeClean(phone, 'no voice for Polish');
    await checkTouchTargets(phone);
  });

  test('staff translate a survey beside its own words; publishing warns while a translation is unfinished', async () => {
    const s = await survey(practitioner, 'draft', {}, [
      { type: 'YES_NO', prompt: 'Did you feel listened to?', required: true },
      { type: 'TEXT', prompt: 'What could be better?' },
    ]);
    const staff = await suite.page('desktop');
    await signInAsStaff(staff, 'practitioner@northbridge.example');
    await staff.goto(`/staff/surveys/${s.id}/translate`);
    await expect.poll(() => h1(staff)).toBe(message('en', 'staffSurveys.translate.title'));
    expect(await staff.locator('#tr-language').inputValue()).toBe('ur');
    expect(await staff.locator('.translate__own').first().textContent()).toBe('How was Early Help for you?');

    // Nothing entered: the error summary names the missing parts, and nothing is stored.
    await staff.getByRole('button', { name: message('en', 'staffSurveys.translate.save') }).click();
    await expect.poll(() => staff.locator('.error-summary a').allTextContents()).toEqual([
      message('en', 'staffSurveys.translate.errors.title'),
      message('en', 'staffSurveys.translate.errors.purpose'),
      message('en', 'staffSurveys.translate.errors.whatHappensNext'),
    ]);
    await expectAxeClean(staff, 'translate page with errors');

    // Only the first question: saved, but not finished, and publishing says so.
    await staff.locator('#tr-title').fill('ارلی ہیلپ آپ کے لیے کیسا تھا؟');
    await staff.locator('#tr-purpose').fill('ہم جاننا چاہتے ہیں کہ یہ کیسا تھا۔');
    await staff.locator('#tr-whatHappensNext').fill('ہم ہر جواب پڑھیں گے۔');
    await staff.locator('#tr-q0-prompt').fill('کیا آپ کو لگا کہ آپ کی بات سنی گئی؟');
    await staff.locator('#tr-q0-label-0').fill('ہاں');
    await staff.locator('#tr-q0-label-1').fill('نہیں');
    await staff.getByRole('button', { name: message('en', 'staffSurveys.translate.save') }).click();
    await expect.poll(() => staff.getByRole('status').filter({ hasText: message('en', 'staffSurveys.translate.incomplete') }).count()).toBe(1);
    await staff.goto(`/staff/surveys/${s.id}`);
    await expect.poll(() => staff.getByRole('note').textContent()).toBe(message('en', 'staffSurveys.detail.incompleteTranslations', { languages: 'اردو' }));

    // Finished: offered to children, and the warning goes.
    await staff.goto(`/staff/surveys/${s.id}/translate`);
    await expect.poll(() => staff.locator('#tr-q0-prompt').inputValue()).toBe('کیا آپ کو لگا کہ آپ کی بات سنی گئی؟');
    await staff.locator('#tr-q1-prompt').fill('کیا بہتر ہو سکتا ہے؟');
    await staff.getByRole('button', { name: message('en', 'staffSurveys.translate.save') }).click();
    await expect.poll(() => staff.getByRole('status').filter({ hasText: message('en', 'staffSurveys.translate.complete') }).count()).toBe(1);
    await expectAxeClean(staff, 'translate page');
    const { survey: after } = await practitioner.gql(`query($id: ID!) { survey(id: $id) { languages } }`, { id: s.id });
    expect(after.languages).toEqual(['en', 'ur']);
    await staff.goto(`/staff/surveys/${s.id}`);
    await expect.poll(() => h1(staff)).toBe('How was Early Help for you?');
    expect(await staff.getByRole('note').count()).toBe(0);
  });
});
