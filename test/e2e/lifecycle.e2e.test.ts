// The data-protection pages in a real browser: the privacy notice and the accessibility statement
// in English, Urdu (right to left) and Polish, reached from the footer of a survey page, axe-clean,
// with 44 px touch targets, reflowing at 320 px and reachable by keyboard; and a child deleting
// their words from the receipt page, after a confirmation step, in their language.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { HAS_CHROMIUM, browserSuite, checkTouchTargets, expectAxeClean, expectNoHorizontalOverflow, expectNoThirdPartyRequests } from '../support/browser.js';
import { message } from '../support/messages.js';
import { answeredSurvey } from '../support/trace-factories.js';
import { survey, type SurveyFixture } from '../support/factories.js';

const LOCALES = { en: 'en-GB', ur: 'ur-PK', pl: 'pl-PL' } as const;

describe.skipIf(!HAS_CHROMIUM)('privacy, accessibility and erasure in the browser', { timeout: 300_000 }, () => {
  const suite = browserSuite();
  let open: SurveyFixture;

  beforeAll(async () => {
    open = await survey(await suite.app.staff('practitioner@northbridge.example'), 'open');
  });

  const h1 = (page: Page) => page.locator('h1').textContent();

  /** Every link and button on the page, in order, is reached by pressing Tab. */
  async function expectAllReachableByTab(page: Page) {
    const wanted = await page.locator('main a[href], main button, footer a[href]').count();
    const reached = new Set<string>();
    for (let i = 0; i < 60 && reached.size < wanted; i++) {
      await page.keyboard.press('Tab');
      const key = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !el.closest('main, footer') || !el.matches('a[href], button')) return null;
        const all = Array.from(document.querySelectorAll('main a[href], main button, footer a[href]'));
        return String(all.indexOf(el));
      });
      if (key) reached.add(key);
    }
    expect(reached.size).toBe(wanted);
  }

  for (const language of ['en', 'ur', 'pl'] as const) {
    test(`the privacy notice and accessibility statement in ${language}, from a survey page's footer`, async () => {
      const page = await suite.page('phone', LOCALES[language]);
      await page.goto(`/s/${open.shareCode}`);
      await page.locator('h1').waitFor();
      const footer = page.getByRole('navigation', { name: message(language, 'app.footerLinks') });
      await footer.getByRole('link', { name: message(language, 'app.privacyLink') }).click();
      await page.waitForURL((url) => url.pathname === '/privacy');
      await expect.poll(() => h1(page)).toBe(message(language, 'privacy.title'));
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, language === 'ur' ? 'rtl' : 'ltr']);
      // The organisation's name, contact and periods are filled in.
      const body = (await page.locator('main').textContent()) ?? '';
      await expect
        .poll(async () => (await page.locator('main').textContent()) ?? '')
        .toContain(message(language, 'privacy.who', { name: 'Northbridge Borough Council', contact: 'Data Protection Officer, Northbridge Borough Council — dpo@northbridge.example' }));
      expect(body).toContain(message(language, 'privacy.short.five'));
      expect(await page.locator('main').textContent()).toContain(message(language, 'privacy.howLong.wordsMonths', { months: 24 }));
      expect(await page.locator('main').textContent()).toContain(message(language, 'privacy.howLong.concern', { months: 72 }));
      await expectAxeClean(page, `privacy notice (${language})`);
      await checkTouchTargets(page);
      await expectNoHorizontalOverflow(page);

      await page.getByRole('navigation', { name: message(language, 'app.footerLinks') }).getByRole('link', { name: message(language, 'app.accessibilityLink') }).click();
      await page.waitForURL((url) => url.pathname === '/accessibility');
      await expect.poll(() => h1(page)).toBe(message(language, 'accessibility.title'));
      await expect
        .poll(async () => (await page.locator('main').textContent()) ?? '')
        .toContain(message(language, 'accessibility.contact', { name: 'Northbridge Borough Council', contact: 'Data Protection Officer, Northbridge Borough Council — dpo@northbridge.example' }));
      for (const heading of ['aimHeading', 'howHeading', 'contactHeading', 'enforcementHeading', 'technicalHeading', 'statusHeading', 'nonAccessibleHeading', 'testingHeading', 'improveHeading']) {
        expect(await page.locator('main').textContent()).toContain(message(language, `accessibility.${heading}`));
      }
      await expectAxeClean(page, `accessibility statement (${language})`);
      await checkTouchTargets(page);
      expectNoThirdPartyRequests(page, suite.app.url);
    });
  }

  test('both pages reflow at 320 px (400% zoom) and every link and button is reached with Tab', async () => {
    const page = await suite.page('desktop');
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/privacy', '/accessibility']) {
      await page.goto(path);
      await page.locator('main li').first().waitFor();
      await expectNoHorizontalOverflow(page);
      await expectAllReachableByTab(page);
    }
  });

  test('a child deletes their words from the receipt page after confirming, in their language', async () => {
    const practitioner = await suite.app.staff('practitioner@northbridge.example');
    const { answers } = await answeredSurvey(suite.app, practitioner, ['the bus to the hub is always late']);
    const [mine] = answers;
    const page = await suite.page('phone', LOCALES.pl);
    await page.goto('/receipt');
    await page.locator('#receipt-code').fill(mine.receiptCode);
    await page.getByRole('button', { name: message('pl', 'receipt.submit') }).click();
    const start = page.getByRole('button', { name: message('pl', 'receipt.erase.start') });
    await start.waitFor();
    await expectAxeClean(page, 'receipt page with the erase section');
    await start.click();
    // The confirmation step: nothing is deleted until the child says yes; "no" goes back.
    await expect.poll(() => page.getByRole('heading', { name: message('pl', 'receipt.erase.confirmHeading') }).isVisible()).toBe(true);
    await expectAxeClean(page, 'erase confirmation');
    await checkTouchTargets(page);
    await page.getByRole('button', { name: message('pl', 'receipt.erase.cancel') }).click();
    await start.waitFor();
    const sql = (q: string, p: unknown[]) => suite.app.orm.em.fork().getConnection().execute(q, p);
    expect((await sql('select text from voice_input where id = ?', [mine.inputId]))[0].text).toBe('the bus to the hub is always late');

    await start.click();
    await page.getByRole('button', { name: message('pl', 'receipt.erase.confirm') }).click();
    await expect.poll(() => page.getByText(message('pl', 'receipt.erase.done')).isVisible()).toBe(true);
    await expectAxeClean(page, 'words deleted');
    expect((await sql('select text, erased_by from voice_input where id = ?', [mine.inputId]))[0]).toEqual({ text: '', erased_by: 'PERSON' });
  });
});
