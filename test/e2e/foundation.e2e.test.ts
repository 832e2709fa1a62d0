// The foundation in a real browser: staff sign in and out, a child joins with a code on a phone,
// Urdu turns the page right-to-left, every public page is accessible in every language, and the
// guards send people to the right place. One browser and one app for the file; a fresh context
// (a fresh profile: no cookies, no storage) per test.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
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

// axe takes 1–2 s a page on a small CI machine; leave room when other test files run alongside.
describe.skipIf(!HAS_CHROMIUM)('foundation in the browser', { timeout: 60_000 }, () => {
  const suite = browserSuite();
  async function participantCode(): Promise<string> {
    const practitioner = await suite.app.staff('practitioner@northbridge.example');
    const { createParticipantCodes } = await practitioner.gql<{ createParticipantCodes: string[] }>(
      'mutation { createParticipantCodes(count: 1) }',
    );
    return createParticipantCodes[0];
  }

  /** A child joins on `page` with a fresh code, typed the way a child might (lower case, spaces). */
  async function joinAsChild(page: Page): Promise<void> {
    const code = await participantCode();
    await page.goto('/join');
    await page.locator('#code').fill(code.toLowerCase().replace(/(.{4})/g, '$1 '));
    await page.getByRole('radio', { name: message('en', 'ageBand.AGE_8_TO_11') }).check();
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/me');
    await expect.poll(() => page.locator('h1').textContent()).toBe(message('en', 'participant.title'));
  }

  test('a member of staff signs in, sees their organisation and its services, and signs out', async () => {
    const page = await suite.page('desktop');
    await page.goto('/');
    await page.getByRole('link', { name: message('en', 'welcome.workHere') }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');

    await signInAsStaff(page, 'commissioner@northbridge.example');
    expect(new URL(page.url()).pathname).toBe('/staff');
    await expect.poll(() => page.locator('.header__subtitle').textContent()).toBe('Northbridge Borough Council');
    await expect.poll(() => page.locator('.summary-list__item h3').allTextContents()).toEqual(
      expect.arrayContaining(['Early Help', 'Child Protection', 'Missing from Home', 'Schools']),
    );
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome, Colin Price');
    // An in-app navigation moved focus to the new page's heading, so a screen reader announces it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expectAxeClean(page, 'staff home');

    // Staff navigation: the current page is marked, and the next page takes focus at the top.
    await page.getByRole('navigation', { name: message('en', 'staff.navLabel') }).getByRole('link', { name: message('en', 'staff.nav.services') }).click();
    await page.waitForURL((url) => url.pathname === '/staff/services');
    await expect.poll(() => page.locator('h1').textContent()).toBe(message('en', 'staff.services.title'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.locator('.staff-nav__link[aria-current="page"]').textContent()).toBe(message('en', 'staff.nav.services'));
    expect(await page.title()).toBe(`${message('en', 'staff.services.title')} – Heard`);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/staff');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Welcome, Colin Price');

    await page.getByRole('button', { name: message('en', 'signOut.staff') }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto('/staff');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expectNoThirdPartyRequests(page, suite.app.url);
  });

  test('a child joins with a code on a phone and lands in the participant space', async () => {
    const page = await suite.page('phone');
    await page.goto('/');
    await page.getByRole('link', { name: message('en', 'welcome.haveCode') }).click();
    await page.waitForURL((url) => url.pathname === '/join');
    await expect.poll(() => page.locator('h1').textContent()).toBe(message('en', 'join.title'));

    // Nothing typed: the error summary takes focus and links to each field.
    await page.locator('form button[type="submit"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expect.poll(() => page.locator('.error-summary__list a').count()).toBe(2);
    await expectAxeClean(page, 'join page with errors');
    await checkTouchTargets(page);

    await joinAsChild(page);
    expect(await page.locator('.header__subtitle').textContent()).toBe(message('en', 'participant.headerLabel'));
    await expect.poll(() => page.getByRole('button', { name: message('en', 'signOut.leave') }).isVisible()).toBe(true);
    await expectAxeClean(page, 'participant home');
    await checkTouchTargets(page);
    await expectNoHorizontalOverflow(page);

    // The participant space is theirs: the staff area sends them back to it.
    await page.goto('/staff');
    await page.waitForURL((url) => url.pathname === '/me');
    expectNoThirdPartyRequests(page, suite.app.url);
  });

  test('Urdu turns the participant space right-to-left and translates it, without sideways scrolling', async () => {
    const page = await suite.page('phone');
    await joinAsChild(page);

    await page.locator('.language-switcher button[lang="ur"]').click();
    await expect.poll(() => page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ur']);
    await expect.poll(() => page.locator('h1').textContent()).toBe(message('ur', 'participant.title'));
    for (const [selector, key] of [
      ['.header__subtitle', 'participant.headerLabel'],
      ['.skip-link', 'app.skipLink'],
      ['.footer p', 'app.footer'],
      ['main h2', 'participant.nextHeading'],
    ] as const) {
      const text = await page.locator(selector).first().textContent();
      expect(text, selector).toBe(message('ur', key));
      expect(text, selector).not.toBe(message('en', key));
    }
    expect(await page.getByRole('button', { name: message('ur', 'signOut.leave') }).isVisible()).toBe(true);
    expect(await page.title()).toBe(`${message('ur', 'participant.title')} – ${message('ur', 'app.titleSuffix')}`);
    // Phone numbers stay left-to-right inside Urdu text.
    expect(await page.locator('a[href="tel:08001111"]').getAttribute('dir')).toBe('ltr');
    await expectNoHorizontalOverflow(page);
    await expectAxeClean(page, 'participant home in Urdu');
    await checkTouchTargets(page);

    // The choice is remembered on this device.
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe(message('ur', 'participant.title'));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expectNoThirdPartyRequests(page, suite.app.url);
  });

  // The browser's language picks the first language, as for a family whose phone is in Urdu.
  test.each(['en', 'ur', 'pl'] as const)('every public page is accessible on a phone in %s', async (language) => {
    const page = await suite.page('phone', language);
    for (const { path, title } of [
      { path: '/', title: 'welcome.title' },
      { path: '/join', title: 'join.title' },
      { path: '/sign-in', title: 'signIn.title' },
      { path: '/no-such-page', title: 'notFound.title' },
    ]) {
      await page.goto(path);
      await expect.poll(() => page.locator('h1').textContent()).toBe(message(language, title));
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        language,
        language === 'ur' ? 'rtl' : 'ltr',
      ]);
      await expectAxeClean(page, `${path} in ${language}`);
      await checkTouchTargets(page);
      await expectNoHorizontalOverflow(page);
    }
    expectNoThirdPartyRequests(page, suite.app.url);
  });

  test('guards send people to their own place', async () => {
    // Staff going to a participant page go to their own home.
    const staff = await suite.page('desktop');
    await signInAsStaff(staff, 'practitioner@northbridge.example');
    await staff.goto('/me');
    await staff.waitForURL((url) => url.pathname === '/staff');
    await expect.poll(() => staff.locator('.header__subtitle').textContent()).toBe('Northbridge Borough Council');
    await staff.goto('/forum');
    await staff.waitForURL((url) => url.pathname === '/staff');

    // Signed out: the staff area asks for a sign-in, then returns to the page asked for.
    const visitor = await suite.page('desktop');
    await visitor.goto('/staff/services');
    await visitor.waitForURL((url) => url.pathname === '/sign-in');
    await expect.poll(() => visitor.locator('h1').textContent()).toBe(message('en', 'signIn.title'));
    await signInAsStaff(visitor, 'admin@northbridge.example');
    await visitor.waitForURL((url) => url.pathname === '/staff/services');

    // Signed out: the participant space shows what this phone kept, and offers to join with a code.
    const child = await suite.page('phone');
    await child.goto('/me');
    await expect.poll(() => child.locator('h1').textContent()).toBe(message('en', 'participant.my.title'));
    expect(await child.getByRole('button', { name: message('en', 'signOut.leave') }).count()).toBe(0);
    await child.getByRole('link', { name: message('en', 'participant.my.join') }).click();
    await child.waitForURL((url) => url.pathname === '/join');
    await expect.poll(() => child.locator('h1').textContent()).toBe(message('en', 'join.title'));
  });
});
