// The participant app on a phone without signal: installable (a manifest with icons and a service
// worker), a survey opened once opens again offline after a reload, and an answer given offline
// arrives exactly once when the signal comes back. Staff pages are never cached.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Agent } from '../support/app.js';
import { survey } from '../support/factories.js';
import { HAS_CHROMIUM, browserSuite, signInAsStaff } from '../support/browser.js';
import { message } from '../support/messages.js';

describe.skipIf(!HAS_CHROMIUM)('the participant app offline', { timeout: 180_000 }, () => {
  const suite = browserSuite();
  let practitioner: Agent;
  beforeAll(async () => {
    practitioner = await suite.app.staff('practitioner@northbridge.example');
  });

  const h1 = (page: Page) => page.locator('h1').first().textContent();

  /** Waits until the service worker has installed (precached) and controls the page. */
  async function controlled(page: Page): Promise<void> {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  }

  test('the manifest and service worker make it installable, and only the participant shell is precached', async () => {
    const page = await suite.page('phone');
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(href!)).json();
    expect(manifest).toMatchObject({ name: 'Heard', short_name: 'Heard', start_url: '/', display: 'standalone' });
    const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const res = await page.request.get(icon.src);
      expect(res.headers()['content-type']).toBe('image/png');
    }
    await controlled(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL)).toBe(`${suite.app.url}/sw.js`);
    const precached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    expect(precached.some((u) => /\/assets\/SurveyApp-/.test(u))).toBe(true);
    expect(precached.some((u) => /\/assets\/vendor-/.test(u))).toBe(true);
    expect(precached.filter((u) => /StaffApp|ForumApp|Recharts|QrCode/.test(u))).toEqual([]);
  });

  test('a survey opened once opens again offline after a reload, and the answer arrives exactly once on reconnect', async () => {
    const s = await survey(practitioner, 'open', {}, [
      { type: 'YES_NO', prompt: 'Did you feel listened to?', required: true },
      { type: 'TEXT', prompt: 'What could be better?' },
    ]);
    const phone = await suite.page('phone');
    await phone.goto(`/s/${s.shareCode}`);
    await expect.poll(() => h1(phone)).toBe('How was Early Help for you?');
    await controlled(phone);
    await expect.poll(() => h1(phone)).toBe('How was Early Help for you?');

    await phone.context().setOffline(true);
    await phone.reload();
    await expect.poll(() => h1(phone)).toBe('How was Early Help for you?');
    await phone.getByRole('button', { name: message('en', 'surveys.take.start') }).click();
    await phone.getByRole('radio', { name: message('en', 'ageBand.AGE_12_TO_17') }).check();
    await phone.getByRole('button', { name: message('en', 'surveys.take.continue') }).click();
    await expect.poll(() => h1(phone)).toBe('Did you feel listened to?');
    await phone.getByRole('radio', { name: message('en', 'surveys.answer.yes') }).check();
    await phone.getByRole('button', { name: message('en', 'surveys.take.next') }).click();
    await phone.locator('textarea').fill('Written on the bus with no signal');
    await phone.getByRole('button', { name: message('en', 'surveys.take.finish') }).click();
    await phone.getByRole('button', { name: message('en', 'surveys.take.check.send') }).click();
    await expect.poll(() => h1(phone)).toBe(message('en', 'surveys.take.saved.title'));

    const count = async () =>
      (await suite.app.orm.em.fork().getConnection().execute('select count(*)::int as n from survey_response where survey_id = ?', [s.id]))[0].n;
    expect(await count()).toBe(0);

    await phone.context().setOffline(false);
    await expect.poll(() => h1(phone), { timeout: 20_000 }).toBe(message('en', 'surveys.take.receipt.title'));
    await expect.poll(count).toBe(1);
    // Both replays (the page's outbox and the service worker's Background Sync queue, where it ran) store one response.
    await phone.waitForTimeout(1500);
    expect(await count()).toBe(1);
    const voices = await suite.app.orm.em.fork().getConnection().execute('select text from voice_input where survey_id = ?', [s.id]);
    expect(voices).toEqual([{ text: 'Written on the bus with no signal' }]);
  });

  test('staff pages are not kept in any cache', async () => {
    const page = await suite.page('desktop');
    await page.goto('/');
    await controlled(page);
    await signInAsStaff(page, 'practitioner@northbridge.example');
    await page.goto('/staff/surveys');
    await expect.poll(() => h1(page)).toBeTruthy();
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    expect(cached.filter((u) => u.startsWith('/staff'))).toEqual([]);
  });
});
