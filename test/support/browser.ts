// Browser (e2e) tests: headless Chromium driven by playwright-core, against Heard serving the built
// client and the API on one origin. Each test file calls browserSuite(): one browser and one app
// for the file, and a fresh context per page (a fresh profile, so no cookies or storage leak
// between tests).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { DEMO_PASSWORD, startTestApp, type TestApp } from './app.js';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Browser test files use `describe.skipIf(!HAS_CHROMIUM)`; `npm test` warns loudly when it is false. */
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);

const ROOT = resolve(import.meta.dirname, '../..');
export const CLIENT_DIST = join(ROOT, 'client', 'dist');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * `startTestApp()` serving the built client from client/dist, so pages and API share one origin
 * (as in production: same-site cookie, self-only CSP). `npm test` builds the client first; when
 * running vitest directly, run `npm run build -w client` after changing the client.
 */
export async function startBrowserApp(options: { seed?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const index = join(CLIENT_DIST, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build -w client\` (npm test does it for you)`);
  if (newestMtime(join(ROOT, 'client', 'src')) > statSync(index).mtimeMs) {
    console.warn('client/dist is older than client/src: these browser tests run the old build. Run `npm run build -w client`.');
  }
  return startTestApp({ ...options, env: { ...options.env, CLIENT_DIR: CLIENT_DIST } });
}

const requestLog = new WeakMap<BrowserContext, Request[]>();

/** Records every request the context's pages (and workers) make, for expectNoThirdPartyRequests. */
export function recordRequests(context: BrowserContext): Request[] {
  let log = requestLog.get(context);
  if (!log) {
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    requestLog.set(context, (log = requests));
  }
  return log;
}

type ContextOptions = {
  /** BCP 47 tag; sets navigator.languages, which Heard uses to pick the first language. */
  locale?: string;
  /** The app's URL, so pages can `goto('/join')`. */
  baseURL?: string;
};

/** A phone: 375×740 CSS px, touch, mobile viewport. Requests are recorded from the start. */
export async function phoneContext(browser: Browser, { locale = 'en-GB', baseURL }: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 375, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
  });
  recordRequests(context);
  return context;
}

/** A desktop or laptop screen (staff at work). Requests are recorded from the start. */
export async function desktopContext(browser: Browser, { locale = 'en-GB', baseURL }: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale });
  recordRequests(context);
  return context;
}

export interface BrowserSuite {
  /** Heard, seeded with the demo world, serving the built client (ready from the first test on). */
  readonly app: TestApp;
  /** A new page in a context of its own: a phone or a desktop, in the browser language given. */
  page(kind: 'phone' | 'desktop', locale?: string): Promise<Page>;
}

/**
 * The harness every browser test file shares; call it inside the file's describe. Starts Heard and
 * Chromium before the tests, closes each test's contexts after it and stops both at the end.
 * `initScript` runs in every page before its own scripts (e.g. to record speech).
 */
export function browserSuite(options: { initScript?: () => void } = {}): BrowserSuite {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    [app, browser] = await Promise.all([startBrowserApp(), launchBrowser()]);
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });
  return {
    get app() {
      if (!app) throw new Error('The browser suite has not started yet: use it inside tests and hooks.');
      return app;
    },
    async page(kind, locale) {
      const open = kind === 'phone' ? phoneContext : desktopContext;
      const context = await open(browser!, { locale, baseURL: this.app.url });
      if (options.initScript) await context.addInitScript(options.initScript);
      contexts.push(context);
      return context.newPage();
    },
  };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page as it is now and fails listing every violation and where it is. */
export async function expectAxeClean(page: Page, label: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (violations.length === 0) return;
  const lines = violations.flatMap((v) => [
    `- ${v.id} (${v.impact ?? 'n/a'}): ${v.help} ${v.helpUrl}`,
    ...v.nodes.slice(0, 5).map((n) => `    at ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  ]);
  throw new Error(`axe found ${violations.length} accessibility violation(s) on ${label} (${page.url()}):\n${lines.join('\n')}`);
}

/**
 * Fails if anything the page's context requested (since the context was made by phoneContext or
 * desktopContext, or since recordRequests) went anywhere but `origin`, data: or blob:.
 */
export function expectNoThirdPartyRequests(page: Page, origin: string): void {
  const log = requestLog.get(page.context());
  if (!log) throw new Error('Requests were not recorded: make the context with phoneContext/desktopContext, or call recordRequests(context) first');
  const expected = new URL(origin).origin;
  const thirdParty = log
    .map((request) => request.url())
    .filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== expected);
  if (thirdParty.length) throw new Error(`Requests left ${expected}:\n${[...new Set(thirdParty)].join('\n')}`);
  if (log.length === 0) throw new Error('No requests were recorded at all: is the page loaded?');
}

/** Signs in through the sign-in page (demo password) and waits for the staff home page. */
export async function signInAsStaff(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  if (!new URL(page.url(), 'http://x').pathname.startsWith('/sign-in')) await page.goto('/sign-in');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => url.pathname.startsWith('/staff'));
  await page.locator('h1').first().waitFor();
}

export type TouchTargetProblem = { element: string; width: number; height: number };

/**
 * Fails unless every visible interactive element — a, button, input, select, textarea,
 * [role=button], and a label wrapping a radio or checkbox — is at least `min`×`min` CSS px
 * (WCAG 2.5.5 Target Size (Enhanced), which Heard requires on child-facing pages).
 *
 * Exempt, narrowly:
 * - inline links in running text (WCAG 2.5.5's "inline" exception): an <a> whose nearest block
 *   (p, li, dd, td, th, figcaption, blockquote) has non-whitespace text outside every link in it,
 *   i.e. the link sits inside a sentence. A link alone in a paragraph is not exempt.
 * - elements that are not rendered (display:none, visibility:hidden, type=hidden) and the
 *   visually-hidden pattern (a box of at most 1×1 px). Off-screen elements that appear on focus
 *   (the skip link) are measured. Radio and checkbox inputs are measured even at opacity 0: in
 *   Heard's CSS the transparent native input is the hit area laid over the drawn control.
 */
export async function checkTouchTargets(page: Page, min = 44): Promise<void> {
  const problems = await page.evaluate((minimum): TouchTargetProblem[] => {
    const selector = 'a[href], button, input, select, textarea, [role="button"], label';
    const blockSelector = 'p, li, dd, td, th, figcaption, blockquote';
    const describe = (el: Element) => {
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const type = el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : '';
      return `<${el.tagName.toLowerCase()}${id}${cls}${type}> "${text}"`;
    };
    const isInlineLink = (el: Element) => {
      if (el.tagName !== 'A') return false;
      const block = el.parentElement?.closest(blockSelector);
      if (!block) return false;
      const clone = block.cloneNode(true) as Element;
      clone.querySelectorAll('a').forEach((a) => a.remove());
      return /\S/.test(clone.textContent ?? '');
    };
    const out: TouchTargetProblem[] = [];
    for (const el of Array.from(document.querySelectorAll(selector))) {
      if (el.tagName === 'LABEL' && !el.querySelector('input[type="radio"], input[type="checkbox"]')) continue;
      if (el instanceof HTMLInputElement && el.type === 'hidden') continue;
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      const rect = el.getBoundingClientRect();
      if (rect.width <= 1 && rect.height <= 1) continue; // visually hidden
      if (isInlineLink(el)) continue;
      if (rect.width < minimum || rect.height < minimum) {
        out.push({ element: describe(el), width: Math.round(rect.width * 10) / 10, height: Math.round(rect.height * 10) / 10 });
      }
    }
    return out;
  }, min);
  if (problems.length) {
    const lines = problems.map((p) => `- ${p.element}: ${p.width}×${p.height}`);
    throw new Error(`Touch targets smaller than ${min}×${min} px on ${page.url()}:\n${lines.join('\n')}`);
  }
}

/** Fails if the page is wider than its viewport (sideways scrolling on a phone). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  if (scrollWidth > innerWidth) throw new Error(`The page is ${scrollWidth}px wide in a ${innerWidth}px viewport (${page.url()})`);
}
