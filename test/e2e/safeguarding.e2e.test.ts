import { releaseWordsAtOnce } from '../support/factories.js';
// Safeguarding in a real browser: a child discloses harm in a survey on a phone and is shown kind
// support; a safeguarding lead sees the overdue count, opens the concern and acknowledges, refers and
// closes it; the words stay withheld everywhere else; any member of staff can flag a worrying answer;
// an administrator oversees the queue without the words, manages staff accounts and reads the audit
// log. Every page and state is checked with axe, in English and, for the queue, in Urdu.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Agent } from '../support/app.js';
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
import { SUBMIT, submissionId, survey, type SurveyFixture } from '../support/factories.js';

/**
 * expect.poll with room to wait: a sign-in or a new account (argon2) can take seconds on a small,
 * busy machine, and vitest's default of one second is not a statement about the product.
 */
const poll = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 20_000, interval: 100 });

const DISCLOSURE = 'the worker was nice but my mums boyfriend hits me when shes at work and i dont want to go home';
const TEXT_ONLY = [{ type: 'TEXT', prompt: 'What could be better?' }];
const LEAD = 'safeguarding@northbridge.example';

describe.skipIf(!HAS_CHROMIUM)('safeguarding in the browser', { timeout: 240_000 }, () => {
  const suite = browserSuite();
  // These pages show words to commissioners and the public: released at once, no reading queue.
  beforeAll(() => releaseWordsAtOnce(suite.app));
  let practitioner: Agent;
  let s: SurveyFixture;
  beforeAll(async () => {
    practitioner = await suite.app.staff('practitioner@northbridge.example');
    s = await survey(practitioner, 'open', { title: 'Your say on Early Help' }, TEXT_ONLY);
  });

  /** Stores an answer through the API, as a child on another device would, and returns its input id. */
  async function answer(text: string, ageBand = 'AGE_12_TO_17'): Promise<string> {
    const { submitResponse } = await suite.app.agent().gql(SUBMIT, {
      i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand, answers: [{ questionId: s.questions[0].id, text }] },
    });
    const [row] = await suite.app.orm.em.fork().getConnection().execute('select id from voice_input where response_id = ?', [submitResponse.responseId]);
    return row.id as string;
  }

  async function concernIdFor(text: string): Promise<string> {
    const rows = await suite.app.orm.em
      .fork()
      .getConnection()
      .execute('select c.id from safeguarding_concern c join voice_input v on v.id = c.input_id where v.text = ? order by c.raised_at desc', [text]);
    expect(rows.length).toBeGreaterThan(0);
    return rows[0].id as string;
  }

  const h1 = (page: Page) => page.locator('h1').first().textContent();
  const notice = (page: Page) => page.locator('main .notice[role="status"]').first().textContent();

  test('a child who discloses harm sees calm support, and a lead acknowledges, refers and closes the concern', async () => {
    // Before anything is said, the lead's home page shows no overdue concerns and the queue is empty.
    const lead = await suite.page('desktop');
    await signInAsStaff(lead, LEAD);
    await poll(() => lead.locator('#overdue-count .count-panel__number').textContent()).toBe('0');
    await expectAxeClean(lead, 'lead home, nothing overdue');
    await lead.getByRole('navigation', { name: en('staff.navLabel') }).getByRole('link', { name: en('staff.nav.safeguarding') }).click();
    await lead.waitForURL((url) => url.pathname === '/staff/safeguarding');
    await poll(() => lead.locator('.empty-state__message').textContent()).toBe(en('safeguarding.queue.empty'));
    await expectAxeClean(lead, 'empty queue');

    // A child answers the survey from its link on a phone, and tells us something worrying.
    const child = await suite.page('phone');
    await child.goto(`/s/${s.shareCode}`);
    await poll(() => h1(child)).toBe('Your say on Early Help');
    await child.getByRole('button', { name: en('surveys.take.start'), exact: true }).click();
    await child.getByRole('radio', { name: en('ageBand.AGE_12_TO_17') }).check();
    await child.getByRole('button', { name: en('surveys.take.continue'), exact: true }).click();
    await child.locator(`#q-${s.questions[0].id}`).fill(DISCLOSURE);
    await child.getByRole('button', { name: en('surveys.take.finish'), exact: true }).click();
    await child.getByRole('button', { name: en('surveys.take.check.send'), exact: true }).click();
    await poll(() => h1(child)).toBe(en('surveys.take.receipt.title'));
    // Calm support first, with who to talk to now: Childline and 999, one tap to call.
    const support = child.locator('section.support-panel');
    await poll(() => support.locator('h2').textContent()).toBe(en('surveys.take.receipt.supportHeading'));
    expect(await support.textContent()).toMatch(/Thank you for telling us/);
    expect(await support.locator('a[href="tel:08001111"]').textContent()).toBe('0800 1111');
    expect(await support.locator('a[href="tel:999"]').textContent()).toBe('999');
    await expectAxeClean(child, 'support after a disclosure');
    await checkTouchTargets(child);
    await expectNoHorizontalOverflow(child);
    expectNoThirdPartyRequests(child, suite.app.url);

    // An hour goes by without anyone acknowledging it.
    const id = await concernIdFor(DISCLOSURE);
    await suite.app.orm.em.fork().getConnection().execute(`update safeguarding_concern set due_by = now() - interval '5 minutes' where id = ?`, [id]);

    // The lead's home page shows the overdue count, large, with the way to the queue.
    await lead.goto('/staff');
    await poll(() => lead.locator('#overdue-count .count-panel__number').textContent()).toBe('1');
    expect(await lead.locator('#overdue-count').textContent()).toContain(en('safeguarding.home.overdue_one'));
    await expectAxeClean(lead, 'lead home, one overdue');
    await lead.getByRole('link', { name: en('safeguarding.home.toQueue') }).click();
    await lead.waitForURL((url) => url.pathname === '/staff/safeguarding' && url.search === '?status=OPEN');

    // The queue: overdue said in words (and a mark), not by colour alone; due by in the page's format.
    const card = lead.locator('.concern-card').first();
    await poll(() => card.locator('.overdue-tag').textContent()).toBe(`!${en('safeguarding.overdue')}`);
    expect(await lead.locator('.warning-text--overdue').textContent()).toContain(en('safeguarding.queue.overdueWarning_one', { count: 1 }));
    expect(await card.locator('.status-tag').first().textContent()).toContain(en('safeguarding.status.OPEN'));
    expect(await card.textContent()).toContain(en('safeguarding.raisedByScreening'));
    const dueIso = await card.locator('dd time').nth(1).getAttribute('datetime');
    const dueShown = await card.locator('dd time').nth(1).textContent();
    expect(dueShown).toBe(await lead.evaluate((iso) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso!)), dueIso));
    expect(await lead.locator('.filter-links a[aria-current="true"]').textContent()).toBe(en('safeguarding.status.OPEN'));
    await expectAxeClean(lead, 'queue with an overdue concern');

    // The concern: the child's words shown plainly, where and when, and why it was raised.
    await card.getByRole('link').click();
    await lead.waitForURL((url) => url.pathname === `/staff/safeguarding/${id}`);
    await poll(() => lead.locator('blockquote.concern-words').textContent()).toBe(DISCLOSURE);
    const details = lead.locator('dl.meta-list');
    expect(await details.textContent()).toContain(en('ageBand.AGE_12_TO_17'));
    expect(await details.textContent()).toContain('Your say on Early Help');
    expect(await details.locator('.rule-id').count()).toBeGreaterThan(0);
    expect(await lead.locator('.warning-text--overdue').isVisible()).toBe(true);
    await expectAxeClean(lead, 'concern page');

    // Acknowledge: a note that is too long is refused with an error summary, then it goes through.
    await lead.getByRole('button', { name: en('safeguarding.actions.acknowledge.start'), exact: true }).click();
    await lead.locator('#acknowledge-note').fill('x'.repeat(4001));
    await lead.locator('#acknowledge-form button[type="submit"]').click();
    await poll(() => lead.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    expect(await lead.locator('.error-summary__list a').textContent()).toBe(en('safeguarding.actions.errors.noteTooLong', { max: 4000 }));
    await expectAxeClean(lead, 'acknowledge form with an error');
    await lead.locator('#acknowledge-note').fill('Spoke to the school DSL');
    await lead.locator('#acknowledge-form button[type="submit"]').click();
    await poll(() => notice(lead)).toBe(en('safeguarding.confirm.acknowledged'));
    await poll(() => lead.locator('.tag-row .status-tag').first().textContent()).toContain(en('safeguarding.status.ACKNOWLEDGED'));
    expect(await lead.locator('.overdue-tag').count()).toBe(0);
    await poll(() => lead.locator('.timeline__text').allTextContents()).toEqual(['Acknowledged: Spoke to the school DSL']);

    // Refer: the referral reference is required.
    await lead.getByRole('button', { name: en('safeguarding.actions.refer.start'), exact: true }).click();
    await lead.locator('#refer-form button[type="submit"]').click();
    await poll(() => lead.locator('.error-summary__list a').textContent()).toBe(en('safeguarding.actions.errors.referenceMissing'));
    expect(await lead.locator('#refer-reference').getAttribute('aria-invalid')).toBe('true');
    await expectAxeClean(lead, 'refer form with an error');
    await lead.locator('#refer-reference').fill('MASH-2026-0412');
    await lead.locator('#refer-note').fill('Referred to the MASH by phone');
    await lead.locator('#refer-form button[type="submit"]').click();
    await poll(() => notice(lead)).toBe(en('safeguarding.confirm.referred'));
    await poll(() => lead.locator('.tag-row .status-tag').first().textContent()).toContain(en('safeguarding.status.REFERRED'));
    expect(await details.textContent()).toContain('MASH-2026-0412');

    // Close: an outcome is required; releasing the words is a separate, clearly warned choice.
    await lead.getByRole('button', { name: en('safeguarding.actions.close.start'), exact: true }).click();
    expect(await lead.locator('#close-release').isChecked()).toBe(false);
    expect(await lead.locator('.warning-text').first().textContent()).toContain(en('safeguarding.actions.close.releaseWarning'));
    await lead.locator('#close-form button[type="submit"]').click();
    await poll(() => lead.locator('.error-summary__list a').textContent()).toBe(en('safeguarding.actions.errors.outcomeMissing'));
    await expectAxeClean(lead, 'close form with an error');
    await lead.locator('#close-note').fill('Strategy meeting held; plan in place');
    await lead.locator('#close-form button[type="submit"]').click();
    await poll(() => notice(lead)).toBe(en('safeguarding.confirm.closed'));
    await poll(() => lead.locator('.tag-row .status-tag').first().textContent()).toContain(en('safeguarding.status.CLOSED'));
    expect(await lead.locator('.timeline__item').count()).toBe(3);
    expect(await lead.getByRole('button', { name: en('safeguarding.actions.close.start'), exact: true }).count()).toBe(0);
    expect(await lead.locator('main').textContent()).toContain(en('safeguarding.concern.withheldNote'));
    await expectAxeClean(lead, 'closed concern');

    // Nothing is overdue any more.
    await lead.goto('/staff');
    await poll(() => lead.locator('#overdue-count .count-panel__number').textContent()).toBe('0');
    expectNoThirdPartyRequests(lead, suite.app.url);
  });

  test('the queue and a concern read right to left in Urdu, with dates in Urdu’s own format', async () => {
    await answer(DISCLOSURE);
    const id = await concernIdFor(DISCLOSURE);
    const page = await suite.page('desktop');
    await signInAsStaff(page, LEAD);
    await page.goto('/staff/safeguarding');
    await page.locator('.concern-card').first().waitFor();

    await page.locator('.language-switcher button[lang="ur"]').click();
    await poll(() => page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ur']);
    await poll(() => h1(page)).toBe(message('ur', 'safeguarding.queue.title'));
    expect(await page.locator('.filter-links__label').textContent()).toBe(message('ur', 'safeguarding.queue.filterLabel'));
    const time = page.locator('.concern-card dd time').first();
    const iso = await time.getAttribute('datetime');
    expect(await time.textContent()).toBe(await page.evaluate((at) => new Intl.DateTimeFormat('ur', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at!)), iso));
    await expectAxeClean(page, 'queue in Urdu');

    // The empty state of a filter, in Urdu.
    await page.getByRole('link', { name: message('ur', 'safeguarding.status.REFERRED'), exact: true }).click();
    await page.waitForURL((url) => url.search === '?status=REFERRED');
    await poll(() => page.locator('.empty-state__message').textContent()).toBe(
      message('ur', 'safeguarding.queue.emptyStatus', { status: message('ur', 'safeguarding.status.REFERRED') }),
    );
    await expectAxeClean(page, 'empty filtered queue in Urdu');

    await page.goto(`/staff/safeguarding/${id}`);
    await poll(() => h1(page)).toBe(message('ur', 'safeguarding.concern.title'));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expectAxeClean(page, 'concern page in Urdu');
    expectNoThirdPartyRequests(page, suite.app.url);
  });

  test('withheld words stay withheld on the voices page, and any member of staff can flag a worrying answer there', async () => {
    // A commissioner sees the newest disclosure as withheld, and cannot find it by its words.
    await answer(DISCLOSURE);
    const commissioner = await suite.page('desktop');
    await signInAsStaff(commissioner, 'commissioner@northbridge.example');
    await commissioner.getByRole('navigation', { name: en('staff.navLabel') }).getByRole('link', { name: en('staff.nav.voices') }).click();
    await commissioner.waitForURL((url) => url.pathname === '/staff/voices');
    const newest = commissioner.locator('.voice').first();
    await poll(() => newest.locator('.voice__withheld').textContent()).toBe(`!${en('allVoices.withheld')}`);
    expect(await commissioner.locator('main').textContent()).not.toContain('hits me');
    expect(await newest.getByRole('button', { name: en('safeguarding.flag.open') }).count()).toBe(0);
    await expectAxeClean(commissioner, 'voices page');
    await commissioner.locator('#voices-search').fill('boyfriend hits');
    await commissioner.getByRole('button', { name: en('allVoices.filters.apply') }).click();
    await commissioner.waitForURL((url) => url.search.includes('search='));
    await poll(() => commissioner.locator('.empty-state__message').textContent()).toBe(en('allVoices.emptyFiltered'));
    await expectAxeClean(commissioner, 'voices page, nothing matches');
    // Safeguarding is not in a commissioner's menu, and its address says so plainly.
    expect(await commissioner.getByRole('link', { name: en('staff.nav.safeguarding') }).count()).toBe(0);
    await commissioner.goto('/staff/safeguarding');
    await poll(() => h1(commissioner)).toBe(en('safeguarding.notForRole.title'));

    // A practitioner reads something worrying that screening did not catch, and flags it.
    const worrying = 'sometimes I feel really alone at weekends';
    const inputId = await answer(worrying);
    const worker = await suite.page('desktop');
    await signInAsStaff(worker, 'practitioner@northbridge.example');
    // No age-band filter: a band this small is refused as a filter (it would count a withheld group).
    await worker.goto('/staff/voices?kind=SURVEY_ANSWER');
    const item = worker.locator('.voice').first();
    await poll(() => item.locator('.voice__text').textContent()).toBe(worrying);
    await item.getByRole('button', { name: en('safeguarding.flag.open') }).click();
    const note = worker.locator(`#flag-note-${inputId}`);
    await poll(() => worker.evaluate(() => document.activeElement?.id)).toBe(`flag-note-${inputId}`);
    await item.getByRole('button', { name: en('safeguarding.flag.submit'), exact: true }).click();
    await poll(() => item.locator('.error-summary__list a').textContent()).toBe(en('safeguarding.flag.errors.noteMissing'));
    await expectAxeClean(worker, 'flag form with an error');
    await note.fill('Says alone every weekend; worth a check');
    await item.getByRole('button', { name: en('safeguarding.flag.submit'), exact: true }).click();
    await poll(() => item.locator('.notice').textContent()).toBe(en('safeguarding.flag.done'));
    await poll(() => item.locator('.voice__withheld').count()).toBe(1);
    expect(await item.textContent()).not.toContain(worrying);
    await expectAxeClean(worker, 'voices page after flagging');

    // It is in the lead's queue, raised by the practitioner.
    const lead = await suite.app.staff(LEAD);
    const { safeguardingConcerns } = await lead.gql(`{ safeguardingConcerns(status: OPEN) { raisedBy matchedRules input { id text withheld } } }`);
    expect(safeguardingConcerns.find((c: any) => c.input.id === inputId)).toMatchObject({
      raisedBy: 'Priya Patel',
      matchedRules: ['FLAGGED_BY_STAFF'],
      input: { text: worrying, withheld: true },
    });
    expectNoThirdPartyRequests(worker, suite.app.url);
  });

  test('an administrator oversees the queue without the words, manages staff accounts and reads the audit log', async () => {
    await answer(DISCLOSURE);
    const id = await concernIdFor(DISCLOSURE);
    const admin = await suite.page('desktop');
    await signInAsStaff(admin, 'admin@northbridge.example');
    await poll(() => admin.locator('#overdue-count .count-panel__number').isVisible()).toBe(true);

    // Oversight: the queue and the concern, but not the words and no actions.
    await admin.goto('/staff/safeguarding');
    await poll(() => admin.locator('main .body-l').first().textContent()).toBe(en('safeguarding.queue.introAdmin'));
    await admin.goto(`/staff/safeguarding/${id}`);
    await poll(() => admin.locator('main').textContent()).toContain(en('safeguarding.concern.wordsLeadsOnly'));
    expect(await admin.locator('blockquote.concern-words').count()).toBe(0);
    expect(await admin.locator('main').textContent()).not.toContain('hits me');
    expect(await admin.getByRole('button', { name: en('safeguarding.actions.acknowledge.start'), exact: true }).count()).toBe(0);
    expect(await admin.locator('main').textContent()).toContain(en('safeguarding.concern.oversightOnly'));
    await expectAxeClean(admin, 'concern page for an administrator');

    // The server refuses self-deactivation too (the page never offers it, below).
    const adminAgent = await suite.app.staff('admin@northbridge.example');
    const { viewer } = await adminAgent.gql(`{ viewer { id } }`);
    expect(await adminAgent.fails(`mutation($id: ID!) { deactivateStaffAccount(id: $id) { id } }`, { id: viewer.id })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    // Staff accounts: the list, with no way to deactivate yourself.
    await admin.getByRole('navigation', { name: en('staff.navLabel') }).getByRole('link', { name: en('staff.nav.people') }).click();
    await admin.waitForURL((url) => url.pathname === '/staff/people');
    const ownRow = admin.locator('tbody tr', { hasText: 'admin@northbridge.example' });
    await poll(() => ownRow.locator('td').last().textContent()).toBe(en('people.you'));
    expect(await ownRow.getByRole('button').count()).toBe(0);
    await expectAxeClean(admin, 'staff accounts');

    // Inviting someone: every problem at once in the error summary, then they are invited.
    await admin.getByRole('button', { name: en('people.add.submit') }).click();
    await poll(() => admin.locator('.error-summary__list a').count()).toBe(3);
    await poll(() => admin.evaluate(() => document.activeElement?.className)).toBe('error-summary');
    await expectAxeClean(admin, 'add staff form with errors');
    await admin.locator('#staff-email').fill('new.worker@northbridge.example');
    await admin.locator('#staff-name').fill('Nadia Hussain');
    await admin.getByRole('radio', { name: en('role.PRACTITIONER') }).check();
    await admin.getByRole('button', { name: en('people.add.submit') }).click();
    await poll(() => admin.locator('#add-staff-heading ~ .notice').textContent()).toBe(en('people.add.added', { name: 'Nadia Hussain' }));
    const newRow = admin.locator('tbody tr', { hasText: 'new.worker@northbridge.example' });
    // Added by invitation (they set their own password from the emailed link).
    await poll(() => newRow.locator('.status-tag').textContent()).toBe(en('people.invited'));

    // Deactivating asks first, then the account is deactivated and can no longer sign in.
    await newRow.getByRole('button', { name: `${en('people.deactivate.start')} Nadia Hussain` }).click();
    await poll(() => newRow.locator('.confirm-box p').first().textContent()).toBe(en('people.deactivate.confirm', { name: 'Nadia Hussain' }));
    await expectAxeClean(admin, 'deactivate confirmation');
    await newRow.getByRole('button', { name: en('people.deactivate.yes') }).click();
    await poll(() => notice(admin)).toBe(en('people.deactivate.done', { name: 'Nadia Hussain' }));
    await poll(() => newRow.locator('.status-tag').textContent()).toBe(en('people.inactive'));
    expect((await suite.app.agent().request(`mutation { signIn(email: "new.worker@northbridge.example", password: "a long starting password") { id } }`)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // The audit log: newest first, with who, what, which kind of record and when; paged.
    await admin.getByRole('navigation', { name: en('staff.navLabel') }).getByRole('link', { name: en('staff.nav.audit') }).click();
    await admin.waitForURL((url) => url.pathname === '/staff/audit');
    const rows = admin.locator('tbody tr');
    await poll(() => rows.count()).toBe(25);
    expect(await rows.first().locator('td').nth(1).textContent()).toBe('Amira Shah (ADMIN)');
    expect(await rows.first().locator('td').nth(2).textContent()).toBe(en('auditLog.actions.deactivateStaffAccount'));
    expect(await rows.first().locator('td').nth(3).textContent()).toBe(en('auditLog.targets.Account'));
    const times = await rows.locator('time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime')!));
    expect([...times].sort().reverse()).toEqual(times);
    await expectAxeClean(admin, 'audit log');
    await admin.getByRole('button', { name: en('auditLog.loadMore') }).click();
    await poll(() => rows.count()).toBeGreaterThan(25);
    expectNoThirdPartyRequests(admin, suite.app.url);
  });

  test('an event contribution that discloses harm lands in the lead’s queue (API)', async () => {
    const { createEvent } = await practitioner.gql(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
      i: { title: 'Family hub drop-in', kind: 'DROP_IN', startsAt: new Date().toISOString() },
    });
    const said = 'my dad hits me when he has been drinking';
    const { recordContribution } = await practitioner.gql(`mutation($i: ContributionInput!) { recordContribution(input: $i) { id text withheld } }`, {
      i: { eventId: createEvent.id, clientSubmissionId: submissionId(), capture: 'SCRIBED', consentToQuote: false, ageBand: 'AGE_8_TO_11', text: said },
    });
    expect(recordContribution.withheld).toBe(true);
    const lead = await suite.app.staff(LEAD);
    const { safeguardingConcerns } = await lead.gql(`{ safeguardingConcerns(status: OPEN) { status raisedBy input { id kind text sourceTitle } } }`);
    expect(safeguardingConcerns.find((c: any) => c.input.id === recordContribution.id)).toMatchObject({
      status: 'OPEN',
      raisedBy: 'SCREENING',
      input: { kind: 'EVENT_CONTRIBUTION', text: said, sourceTitle: 'Family hub drop-in' },
    });
  });
});
