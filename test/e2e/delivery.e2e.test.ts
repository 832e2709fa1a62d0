// How the participant app reaches a cheap phone: a survey link's scripts arrive precompressed
// (brotli) with long-lived caching, and the survey page's own chunks are preloaded by the shell
// rather than discovered one after another.
import type { Response } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Agent } from '../support/app.js';
import { survey } from '../support/factories.js';
import { HAS_CHROMIUM, browserSuite } from '../support/browser.js';

describe.skipIf(!HAS_CHROMIUM)('delivering the participant app', { timeout: 120_000 }, () => {
  const suite = browserSuite();
  let practitioner: Agent;
  beforeAll(async () => {
    practitioner = await suite.app.staff('practitioner@northbridge.example');
  });

  test('a survey link’s scripts arrive brotli-compressed and cached for a year, its own chunks preloaded', async () => {
    const s = await survey(practitioner, 'open');
    const page = await suite.page('phone');
    const scripts: Response[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r);
    });
    const doc = await page.goto(`/s/${s.shareCode}`);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('How was Early Help for you?');

    expect(doc!.headers()['content-encoding']).toBe('br');
    expect(doc!.headers()['cache-control']).toBe('no-cache');
    const preloaded = await page.locator('link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(preloaded.some((href) => /\/assets\/SurveyApp-[\w-]+\.js$/.test(href ?? ''))).toBe(true);

    const big = [];
    for (const r of scripts) {
      const headers = await r.allHeaders();
      // The one script outside the hashed assets registers the service worker: it cannot be cached
      // for a year (a new worker must be found), and it is tiny.
      if (new URL(r.url()).pathname === '/registerSW.js') {
        expect(headers['cache-control']).toBe('no-cache');
        continue;
      }
      expect(r.url()).toMatch(/\/assets\//);
      expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const length = Number(headers['content-length'] ?? (await r.body()).length);
      // Tiny files are not worth compressing; everything else is sent as brotli.
      if (headers['content-encoding']) expect(headers['content-encoding']).toBe('br');
      else expect(length).toBeLessThan(1024);
      if (headers['content-encoding'] === 'br') big.push(r.url());
    }
    expect(big.some((url) => /\/assets\/vendor-[\w-]+\.js$/.test(url))).toBe(true);
    expect(big.some((url) => /\/assets\/SurveyApp-[\w-]+\.js$/.test(url))).toBe(true);
  });

  test('a client that accepts only gzip gets gzip, and one that accepts neither gets the plain file', async () => {
    const html = await (await fetch(`${suite.app.url}/s/ABCD2345`)).text();
    const vendor = html.match(/\/assets\/vendor-[\w-]+\.js/)![0];
    const gz = await fetch(`${suite.app.url}${vendor}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${suite.app.url}${vendor}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBeGreaterThan(200_000);
  });
});
