import { releaseWordsAtOnce } from '../support/factories.js';
// Consultation events in a real browser: a practitioner plans an event, records attendance and ten
// contributions on a phone (some with the connection down, one whose answer is lost on the way),
// closes it with "what we heard", and someone who came opens the page from the link. Every page and
// state is checked with axe; the participant page also for touch targets and sideways scrolling.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  HAS_CHROMIUM,
  browserSuite,
  checkTouchTargets,
  expectAxeClean,
  expectNoHorizontalOverflow,
  expectNoThirdPartyRequests,
  signInAsStaff,
} from '../support/browser.js';
import { en, message } from '../support/messages.js';

const TITLE = 'Year 9 voice session, room 4';
const WHAT_WE_HEARD = 'You told us the library is the safest place at lunch, and that you want a quiet room.';
const DISCLOSURE = 'my mums boyfriend hits me when shes at work';

/** Ten things said at the session: [text, capture, consent to quote]. */
const SAID: Array<[string, 'OWN_WORDS' | 'SCRIBED' | 'SUMMARISED', boolean]> = [
  ['The library at lunch is where I feel safe', 'OWN_WORDS', true],
  ['I would talk to my form tutor if nobody could hear', 'OWN_WORDS', false],
  ['The toilets by the sports hall are where people get picked on', 'SCRIBED', true],
  ['Most of the group did not know who the safeguarding lead is', 'SUMMARISED', true],
  ['We want a quiet room that is open every lunchtime', 'OWN_WORDS', true],
  ['The buses home are too crowded to feel safe', 'SCRIBED', false],
  ['Teachers should ask us before changing the rules', 'OWN_WORDS', true],
  ['Lost on the way but kept on the phone', 'SCRIBED', true],
  ['Saved offline, sent when the app opened again', 'OWN_WORDS', false],
  [DISCLOSURE, 'SCRIBED', true],
];

describe.skipIf(!HAS_CHROMIUM)('consultation events in the browser', { timeout: 180_000 }, () => {
  const suite = browserSuite();
  // These pages show words to commissioners and the public: released at once, no reading queue.
  beforeAll(() => releaseWordsAtOnce(suite.app));
  const sql = async (query: string, params: unknown[] = []) => suite.app.orm.em.fork().getConnection().execute(query, params);
  const storedTexts = async (eventId: string) =>
    ((await sql('select text from voice_input where event_id = ? order by text', [eventId])) as Array<{ text: string }>).map((r) => r.text);
  const heading = (page: Page) => page.locator('h1').textContent();

  /** Fills the capture screen and saves; the text box empties once the contribution is in the outbox. */
  async function record(page: Page, [text, capture, consent]: (typeof SAID)[number]) {
    await page.locator('#contribution-text').fill(text);
    await page.getByRole('radio', { name: en(`events.capture.${capture}`) }).check();
    if (consent) await page.locator('#contribution-consent').check();
    await page.getByRole('button', { name: en('events.record.save'), exact: true }).click();
    await expect.poll(() => page.locator('#contribution-text').inputValue()).toBe('');
    expect(await page.locator('#contribution-consent').isChecked()).toBe(false);
  }

  test('a practitioner runs an event end to end and someone who came reads what was heard', async () => {
    // ── Plan it, on a laptop ──
    const desk = await suite.page('desktop');
    await signInAsStaff(desk, 'practitioner@northbridge.example');
    await desk.getByRole('navigation', { name: en('staff.navLabel') }).getByRole('link', { name: en('staff.nav.events') }).click();
    await desk.waitForURL((url) => url.pathname === '/staff/events');
    await expect.poll(() => heading(desk)).toBe(en('events.list.title'));
    // The demo world has a planned family-hub drop-in and a held school session.
    await expect.poll(() => desk.locator('.event-item__title').allTextContents()).toEqual(
      expect.arrayContaining(['Family hub drop-in: what would help at weekends?', 'Feeling safe at school: Year 9 session']),
    );
    await expectAxeClean(desk, 'events list');

    // One service: its events, and the quality of recorded voice across them (small numbers hidden).
    await desk.locator('#event-service-filter').selectOption({ label: 'Schools' });
    await desk.getByRole('button', { name: en('events.list.filterSubmit') }).click();
    await desk.waitForURL((url) => url.search.startsWith('?service='));
    await expect.poll(() => desk.locator('#service-quality-heading').textContent()).toBe(en('events.list.serviceQuality', { service: 'Schools' }));
    await expect.poll(() => desk.locator('.event-item__title').allTextContents()).toEqual(['Feeling safe at school: Year 9 session']);
    await expect.poll(() => desk.getByText(en('events.quality.suppressedNote', { threshold: 10 })).isVisible()).toBe(true);
    await expectAxeClean(desk, 'events list for one service, with its voice quality');

    await desk.getByRole('link', { name: en('events.list.create') }).click();
    await desk.waitForURL((url) => url.pathname === '/staff/events/new');
    await desk.getByRole('button', { name: en('events.create.submit') }).click();
    await expect.poll(() => desk.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expect.poll(() => desk.locator('.error-summary__list a').allTextContents()).toEqual([
      en('events.create.errors.titleMissing'),
      en('events.create.errors.kindMissing'),
      en('events.create.errors.startsAtMissing'),
    ]);
    await expectAxeClean(desk, 'create event form with errors');

    await desk.locator('#event-title').fill(TITLE);
    await desk.getByRole('radio', { name: en('events.kind.SCHOOL_SESSION') }).check();
    await desk.locator('#event-service').selectOption({ label: 'Schools' });
    await desk.locator('#event-starts').fill('2026-11-20T10:00');
    await desk.locator('#event-ends').fill('2026-11-20T11:00');
    await desk.locator('#event-venue').fill('Northbridge Academy, room 4');
    await desk.locator('#event-questions').fill('Where do you feel safe?\nWho would you talk to?');
    await desk.getByRole('button', { name: en('events.create.submit') }).click();
    await desk.waitForURL((url) => /^\/staff\/events\/[0-9a-f-]{36}$/.test(url.pathname));
    const eventId = new URL(desk.url()).pathname.split('/').pop()!;
    await expect.poll(() => heading(desk)).toBe(TITLE);
    expect(await desk.locator('.event-tag').first().textContent()).toBe(en('events.status.PLANNED'));
    expect(await desk.locator('.details-list ol li').allTextContents()).toEqual(['Where do you feel safe?', 'Who would you talk to?']);
    await expectAxeClean(desk, 'planned event');

    // ── Attendance: a bad count is refused and named, then the head counts are saved ──
    await desk.locator('#attendance-AGE_12_TO_17').fill('-3');
    await desk.getByRole('button', { name: en('events.attendance.submit') }).click();
    await expect.poll(() => desk.locator('.error-summary__list a').allTextContents()).toEqual([
      en('events.attendance.errors.invalid', { band: en('events.ageBand.AGE_12_TO_17') }),
    ]);
    await expectAxeClean(desk, 'attendance with an error');
    await desk.locator('#attendance-AGE_12_TO_17').fill('24');
    await desk.locator('#attendance-PARENT_CARER').fill('3');
    await desk.getByRole('button', { name: en('events.attendance.submit') }).click();
    await expect.poll(() => desk.locator('.notice').first().textContent()).toBe(en('events.attendance.saved'));
    await expect.poll(() => desk.locator('.event-tag').first().textContent()).toBe(en('events.status.HELD'));
    await expect.poll(() => desk.getByText(en('events.attendance.total_other', { count: 27 })).isVisible()).toBe(true);

    // ── Record on a phone, with the connection coming and going ──
    const phone = await suite.page('phone');
    await signInAsStaff(phone, 'practitioner@northbridge.example');
    await phone.goto(`/staff/events/${eventId}/record`);
    await expect.poll(() => heading(phone)).toBe(en('events.record.title'));
    await expect.poll(() => phone.locator('.capture__event').textContent()).toBe(TITLE);
    await phone.getByRole('button', { name: en('events.record.save'), exact: true }).click();
    await expect.poll(() => phone.locator('.error-summary__list a').allTextContents()).toEqual([
      en('events.record.errors.textMissing'),
      en('events.record.errors.captureMissing'),
    ]);
    await expectAxeClean(phone, 'capture screen with errors');
    await phone.getByRole('radio', { name: en('events.ageBand.AGE_12_TO_17') }).check();
    await phone.locator('#contribution-speaker').fill('group of 4 Year 9s');

    // Online: each arrives at once.
    for (const said of SAID.slice(0, 3)) await record(phone, said);
    await expect.poll(() => phone.locator('.notice').first().textContent()).toBe(en('events.record.savedOnline'));
    await expect.poll(() => storedTexts(eventId)).toHaveLength(3);
    await expectAxeClean(phone, 'capture screen after saving');

    // Offline: kept on the phone, nothing reaches the server.
    await phone.context().setOffline(true);
    await expect.poll(() => phone.locator('.capture__offline').isVisible()).toBe(true);
    for (const said of SAID.slice(3, 7)) await record(phone, said);
    await expect.poll(() => phone.locator('.notice').first().textContent()).toBe(en('events.record.savedOffline'));
    await expect.poll(() => phone.getByText(en('events.record.waiting_other', { count: 4 })).isVisible()).toBe(true);
    await expectAxeClean(phone, 'capture screen offline with contributions waiting');
    await expectNoHorizontalOverflow(phone);
    expect(await storedTexts(eventId)).toHaveLength(3);

    // Back online: the four are sent, in order, once each.
    await phone.context().setOffline(false);
    await expect.poll(() => storedTexts(eventId), { timeout: 15_000 }).toHaveLength(7);
    await expect.poll(() => phone.locator('.capture__offline').count()).toBe(0);
    await expect.poll(() => phone.getByText(en('events.record.waiting_other', { count: 4 })).count()).toBe(0);

    // The answer to one is lost on the way back: the server has it, the phone does not know, so it
    // sends it again later — and it is still stored once.
    let dropped = 0;
    await phone.route('**/graphql', async (route) => {
      if (dropped === 0 && route.request().postData()?.includes('recordContribution')) {
        dropped++;
        await route.fetch();
        return route.abort('connectionreset');
      }
      return route.fallback();
    });
    await record(phone, SAID[7]);
    await expect.poll(() => dropped).toBe(1);
    await expect.poll(() => storedTexts(eventId)).toHaveLength(8);
    await expect.poll(() => phone.getByText(en('events.record.waiting_one', { count: 1 })).isVisible()).toBe(true);
    await phone.unrouteAll({ behavior: 'wait' });
    // The connection blips, which sends what is waiting.
    await phone.context().setOffline(true);
    await phone.context().setOffline(false);
    await expect.poll(() => phone.getByText(en('events.record.waiting_one', { count: 1 })).count(), { timeout: 15_000 }).toBe(0);
    expect(await storedTexts(eventId)).toHaveLength(8);

    // Saved offline, then the page is closed: it is sent the next time the app opens.
    await phone.context().setOffline(true);
    await record(phone, SAID[8]);
    await phone.close();
    await phone.context().setOffline(false);
    expect(await storedTexts(eventId)).toHaveLength(8);
    const again = await phone.context().newPage();
    await again.goto(`/staff/events/${eventId}/record`);
    await expect.poll(() => storedTexts(eventId), { timeout: 15_000 }).toHaveLength(9);

    // A disclosure goes to a safeguarding lead, and the practitioner is told so.
    await again.getByRole('radio', { name: en('events.ageBand.AGE_12_TO_17') }).check();
    await record(again, SAID[9]);
    await expect.poll(() => again.locator('.capture__warning').textContent()).toBe(en('events.record.sentWithheld'));
    await expectAxeClean(again, 'capture screen after a disclosure');

    // Exactly once each: ten contributions, no duplicates, none lost.
    expect(await storedTexts(eventId)).toEqual(SAID.map(([text]) => text).sort());
    const [concern] = await sql(`select c.status from safeguarding_concern c join voice_input v on v.id = c.input_id where v.event_id = ?`, [eventId]);
    expect(concern).toEqual({ status: 'OPEN' });

    // ── Back on the laptop: what was said, its quality, and closing the event ──
    await desk.reload();
    await expect.poll(() => desk.getByText(en('events.contributions.count_other', { count: 10 })).isVisible()).toBe(true);
    expect(await desk.locator('.contribution--withheld').count()).toBe(1);
    expect(await desk.locator('.contribution-list').textContent()).not.toContain('boyfriend');
    // Nine counted (the disclosure is not): 5 in their own words, 3 scribed, 1 summarised, 6 may be
    // quoted — each under the threshold of 10, so withheld like any small count (the total is shown).
    const hidden = en('events.quality.suppressed', { threshold: 10 });
    await expect.poll(() => desk.locator('#event-quality-capture tbody tr').allTextContents()).toEqual([
      `${en('events.capture.OWN_WORDS')}${hidden}–`,
      `${en('events.capture.SCRIBED')}${hidden}–`,
      `${en('events.capture.SUMMARISED')}${hidden}–`,
      `${en('events.quality.consent')}${hidden}–`,
    ]);
    await expect.poll(() => desk.locator('.quality__chart svg').count()).toBeGreaterThan(0);
    await expectAxeClean(desk, 'held event with contributions, quality and chart');

    await desk.getByRole('button', { name: en('events.close.submit') }).click();
    await expect.poll(() => desk.locator('.error-summary__list a').allTextContents()).toEqual([
      en('events.close.errors.reportMissing'),
      en('events.close.errors.whatWeHeardMissing'),
    ]);
    await expectAxeClean(desk, 'close form with errors');
    await desk.locator('#close-what-we-heard').fill(WHAT_WE_HEARD);
    await desk.locator('#close-report').fill('Internal: 27 came; one concern passed to the safeguarding lead.');
    await desk.getByRole('button', { name: en('events.close.submit') }).click();
    await expect.poll(() => desk.locator('.event-tag').first().textContent()).toBe(en('events.status.CLOSED'));
    await expect.poll(() => desk.locator('img.qr-code').count()).toBe(1);
    expect(await desk.locator('#attendance-AGE_12_TO_17').count()).toBe(0);
    expect(await desk.getByRole('link', { name: en('events.page.record') }).count()).toBe(0);
    await expectAxeClean(desk, 'closed event with the feedback link and QR code');
    const feedbackPath = (await desk.locator('#feedback-link').getAttribute('href'))!;
    expect(feedbackPath).toMatch(/^\/e\/[0-9A-Z]{8}$/);
    expectNoThirdPartyRequests(desk, suite.app.url);

    // Recording on the closed event is refused on the phone too.
    await again.goto(`/staff/events/${eventId}/record`);
    await expect.poll(() => again.getByText(en('events.record.closed')).isVisible()).toBe(true);

    // ── Someone who came opens the link on their phone, without signing in ──
    const child = await suite.page('phone');
    await child.goto(feedbackPath);
    await expect.poll(() => heading(child)).toBe(TITLE);
    expect(await child.locator('.feedback__heard').textContent()).toBe(WHAT_WE_HEARD);
    const quotes = await child.locator('.feedback__quotes').textContent();
    for (const [text, , consent] of SAID) {
      if (text === DISCLOSURE) expect(quotes).not.toContain(text);
      else if (consent) expect(quotes).toContain(text);
      else expect(quotes).not.toContain(text);
    }
    expect(await child.locator('main').textContent()).not.toContain('group of 4 Year 9s');
    expect(await child.locator('main').textContent()).not.toContain('Internal');
    await expectAxeClean(child, 'what we heard page');
    await checkTouchTargets(child);
    await expectNoHorizontalOverflow(child);
    expectNoThirdPartyRequests(child, suite.app.url);
  });

  test.each(['ur', 'pl'] as const)('the what-we-heard page speaks %s, and an unknown code is explained', async (language) => {
    const staff = await suite.app.staff('practitioner@northbridge.example');
    const { createEvent } = await staff.gql(`mutation { createEvent(input: { title: "Drop-in", kind: DROP_IN, startsAt: "2026-11-01T10:00:00.000Z" }) { id feedbackCode } }`);
    await staff.gql(`mutation($e: ID!) { recordAttendance(eventId: $e, attendance: [{ ageBand: PARENT_CARER, count: 4 }]) { id } }`, { e: createEvent.id });
    await staff.gql(`mutation($e: ID!) { closeEvent(eventId: $e, report: "R", whatWeHeard: "We heard you.") { id } }`, { e: createEvent.id });

    const page = await suite.page('phone', language);
    await page.goto(`/e/${createEvent.feedbackCode}`);
    await expect.poll(() => page.locator('main h2').first().textContent()).toBe(message(language, 'eventFeedback.heardHeading'));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === 'ur' ? 'rtl' : 'ltr');
    await expectAxeClean(page, `what we heard page in ${language}`);
    await checkTouchTargets(page);
    await expectNoHorizontalOverflow(page);

    await page.goto('/e/NOSUCH99');
    await expect.poll(() => page.locator('main p').first().textContent()).toBe(message(language, 'eventFeedback.notFound'));
    await expectAxeClean(page, `unknown feedback code in ${language}`);
    await checkTouchTargets(page);
  });
});
