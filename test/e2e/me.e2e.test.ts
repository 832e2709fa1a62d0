// The participant's home (/me) on a phone: a child answers a survey without signing in, chooses to
// keep the receipt code on the phone, and finds it at /me with what has happened since — in
// English and in Urdu (right-to-left, the survey's title translated) — then removes it.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Agent } from '../support/app.js';
import { survey } from '../support/factories.js';
import { urduTranslation } from '../support/translation-factories.js';
import {
  HAS_CHROMIUM,
  browserSuite,
  checkTouchTargets,
  expectAxeClean,
  expectNoHorizontalOverflow,
  expectNoThirdPartyRequests,
} from '../support/browser.js';
import { message } from '../support/messages.js';

describe.skipIf(!HAS_CHROMIUM)('the participant home in the browser', { timeout: 180_000 }, () => {
  const suite = browserSuite();
  let practitioner: Agent;
  let commissioner: Agent;
  beforeAll(async () => {
    practitioner = await suite.app.staff('practitioner@northbridge.example');
    commissioner = await suite.app.staff('commissioner@northbridge.example');
  });

  const h1 = (page: Page) => page.locator('h1').first().textContent();
  const en = (key: string, values?: Record<string, string | number>) => message('en', key, values);

  async function checkChildPage(page: Page, label: string): Promise<void> {
    await expectAxeClean(page, label);
    await checkTouchTargets(page);
    await expectNoHorizontalOverflow(page);
  }

  test('a child keeps a receipt on the phone, sees it at /me with the news since, in Urdu too, and removes it', async () => {
    const s = await survey(practitioner, 'open');
    await practitioner.gql(`mutation($s: ID!, $i: SurveyTranslationInput!) { translateSurvey(surveyId: $s, input: $i) { id } }`, { s: s.id, i: urduTranslation(s) });
    const child = await suite.page('phone');

    // Nothing kept yet: the empty state says how to keep one; no sign-in is needed.
    await child.goto('/me');
    await expect.poll(() => h1(child)).toBe(en('participant.my.title'));
    await expect.poll(() => child.locator('.empty-state__message').textContent()).toBe(en('participant.my.empty'));
    await checkChildPage(child, '/me, nothing kept');

    // Answer the survey.
    await child.goto(`/s/${s.shareCode}`);
    await child.getByRole('button', { name: en('surveys.take.start') }).click();
    await child.getByRole('radio', { name: en('ageBand.AGE_12_TO_17') }).check();
    await child.getByRole('button', { name: en('surveys.take.continue') }).click();
    await expect.poll(() => h1(child)).toBe('How was Early Help for you?');
    await child.getByRole('radio', { name: '4', exact: true }).check();
    await child.getByRole('button', { name: en('surveys.take.next') }).click();
    await expect.poll(() => h1(child)).toBe('Who did you see most?');
    await child.getByRole('radio', { name: 'A teacher' }).check();
    await child.getByRole('button', { name: en('surveys.take.next') }).click();
    await child.getByRole('button', { name: en('surveys.take.skipThis') }).click();
    await child.getByRole('radio', { name: en('surveys.answer.yes') }).check();
    await child.getByRole('button', { name: en('surveys.take.next') }).click();
    await child.locator('textarea').fill('Saturdays would be better');
    await child.getByRole('button', { name: en('surveys.take.finish') }).click();
    await child.getByRole('button', { name: en('surveys.take.check.send') }).click();
    await expect.poll(() => h1(child), { timeout: 15_000 }).toBe(en('surveys.take.receipt.title'));
    const code = (await child.locator('.receipt__code').textContent())!.trim();
    // Kept only when the child chooses to, with the reason to think twice on a shared phone.
    expect(await child.evaluate(() => localStorage.getItem('heard.receipts'))).toBeNull();
    expect(await child.locator('.keep-receipt').textContent()).toContain(en('participant.keep.shared'));
    await checkChildPage(child, 'receipt with the choice to keep it');
    await child.getByRole('button', { name: en('participant.keep.button') }).click();
    await expect.poll(() => child.locator('.keep-receipt [role="status"]').textContent()).toBe(en('participant.keep.kept'));
    // The code and the survey's title, nothing the child said.
    const stored = JSON.parse((await child.evaluate(() => localStorage.getItem('heard.receipts')))!);
    expect(stored).toEqual([expect.objectContaining({ code: code.replace(/ /g, '-'), title: 'How was Early Help for you?', language: 'en' })]);
    expect(JSON.stringify(stored)).not.toContain('Saturdays');

    // /me lists it, with what has happened so far.
    await child.getByRole('link', { name: en('participant.keep.seeAll') }).click();
    await child.waitForURL((url) => url.pathname === '/me');
    await expect.poll(() => h1(child)).toBe(en('participant.my.title'));
    const item = child.locator('.my-answer');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.locator('h3').textContent()).toBe('How was Early Help for you?');
    expect(await item.locator('.my-answer__code').textContent()).toBe(code);
    await expect.poll(() => item.locator('.my-answer__status').textContent()).toBe(en('participant.my.reading'));
    expect(await item.locator('.my-answer__new').count()).toBe(0);
    await checkChildPage(child, '/me with a kept answer');

    // A decision rests on what the child said: /me shows it as news since they last looked.
    const [input] = await suite.app.orm.em.fork().getConnection().execute('select id from voice_input where survey_id = ?', [s.id]);
    const decidedAt = new Date(Date.now() - 3600_000);
    await commissioner.gql(`mutation($i: RecordDecisionInput!) { recordDecision(input: $i) { id } }`, {
      i: {
        title: 'Open the family hub on Saturdays',
        summary: 'The hub opens on Saturdays from September.',
        rationale: 'Children and families told us weekdays are hard.',
        outcome: 'ADOPTED',
        decidedAt: decidedAt.toISOString(),
        decidedBy: 'Early Help board',
        youSaidWeDid: 'You said weekdays are hard. The hub opens on Saturdays now.',
        inputIds: [input.id],
      },
    });
    await child.reload();
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(decidedAt);
    await expect.poll(() => item.locator('.my-answer__status').textContent()).toBe(en('participant.my.decided_one', { count: 1, date: day }));
    expect(await item.locator('.my-answer__new').textContent()).toBe(en('participant.my.new'));
    await checkChildPage(child, '/me with news');

    // In Urdu: right-to-left, and the survey's title in Urdu, where it was translated.
    await child.locator('.language-switcher button[lang="ur"]').click();
    await expect.poll(() => child.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ur']);
    await expect.poll(() => h1(child)).toBe(message('ur', 'participant.my.title'));
    await expect.poll(() => item.locator('h3').textContent()).toBe('ارلی ہیلپ آپ کے لیے کیسا تھا؟');
    expect(await item.locator('.my-answer__new').textContent()).toBe(message('ur', 'participant.my.new'));
    await checkChildPage(child, '/me in Urdu');

    // What happened opens with the code already filled in (never in the address), in Urdu.
    await item.getByRole('link', { name: message('ur', 'participant.my.see') }).click();
    await child.waitForURL((url) => url.pathname === '/receipt' && url.search === '');
    await expect.poll(() => child.locator('main h2').first().textContent()).toContain('ارلی ہیلپ آپ کے لیے کیسا تھا؟');
    expect(await child.locator('.receipt-outcome h3').textContent()).toBe('Open the family hub on Saturdays');
    await checkChildPage(child, 'receipt lookup from /me in Urdu');

    // Seen: no longer new.
    await child.goBack();
    await child.waitForURL((url) => url.pathname === '/me');
    await expect.poll(() => item.locator('.my-answer__status').count()).toBe(1);
    expect(await item.locator('.my-answer__new').count()).toBe(0);

    // Removed from the phone: the empty state, and nothing left in storage.
    await item.getByRole('button', { name: message('ur', 'participant.my.forget') }).click();
    await expect.poll(() => child.locator('.empty-state__message').textContent()).toBe(message('ur', 'participant.my.empty'));
    expect(await child.evaluate(() => localStorage.getItem('heard.receipts'))).toBeNull();
    expectNoThirdPartyRequests(child, suite.app.url);
  });
});
