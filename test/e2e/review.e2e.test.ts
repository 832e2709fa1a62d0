// The practitioners' reading queue in a real browser: new words wait there, oldest first, with
// their due time; "Read, fine" releases them (a commissioner then sees them), and the empty queue
// says so. Every state is checked with axe, in English and, right to left, in Urdu. The screening
// settings section is checked too.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Agent } from '../support/app.js';
import { HAS_CHROMIUM, browserSuite, expectAxeClean, signInAsStaff } from '../support/browser.js';
import { en, message } from '../support/messages.js';
import { SUBMIT, submissionId, survey, type SurveyFixture } from '../support/factories.js';

const poll = <T>(value: () => T | Promise<T>) => expect.poll(value, { timeout: 20_000, interval: 100 });
const TEXT_ONLY = [{ type: 'TEXT', prompt: 'What could be better?' }];

describe.skipIf(!HAS_CHROMIUM)('the reading queue in the browser', { timeout: 240_000 }, () => {
  const suite = browserSuite();
  let practitioner: Agent;
  let commissioner: Agent;
  let s: SurveyFixture;
  beforeAll(async () => {
    practitioner = await suite.app.staff('practitioner@northbridge.example');
    commissioner = await suite.app.staff('commissioner@northbridge.example');
    s = await survey(practitioner, 'open', { title: 'Your say on the youth club' }, TEXT_ONLY);
  });

  async function answer(text: string): Promise<string> {
    const { submitResponse } = await suite.app.agent().gql(SUBMIT, {
      i: { surveyId: s.id, clientSubmissionId: submissionId(), ageBand: 'AGE_12_TO_17', answers: [{ questionId: s.questions[0].id, text }] },
    });
    const [row] = await suite.app.orm.em.fork().getConnection().execute('select id from voice_input where response_id = ?', [submitResponse.responseId]);
    return row.id as string;
  }

  const commissionerSees = async (inputId: string) => {
    const { inputs } = await commissioner.gql(`query($f: InputFilter) { inputs(filter: $f, first: 50) { edges { node { id text } } } }`, { f: { surveyId: s.id } });
    return inputs.edges.find((e: any) => e.node.id === inputId)?.node.text ?? null;
  };
  const h1 = (page: Page) => page.locator('h1').first().textContent();

  test('a practitioner reads new words, marks them fine, and only then does a commissioner see them', async () => {
    const inputId = await answer('the youth club needs more table tennis bats');
    expect(await commissionerSees(inputId)).toBeNull();

    const page = await suite.page('desktop');
    await signInAsStaff(page, 'practitioner@northbridge.example');
    await page.getByRole('navigation', { name: en('staff.navLabel') }).getByRole('link', { name: en('staff.nav.review') }).click();
    await page.waitForURL((url) => url.pathname === '/staff/review');
    await poll(() => h1(page)).toBe(en('safeguarding.review.title'));
    const item = page.locator('li.voice', { hasText: 'table tennis bats' });
    await poll(() => item.count()).toBe(1);
    expect(await item.locator('.review-due').count()).toBe(1);
    await expectAxeClean(page, 'reading queue with a text');

    await item.getByRole('button', { name: en('safeguarding.review.readFine') }).click();
    await poll(() => page.locator('li.voice', { hasText: 'table tennis bats' }).count()).toBe(0);
    await poll(() => page.locator('main p[role="status"]').first().textContent()).toBe(en('safeguarding.review.done_one', { count: 1 }));
    await poll(() => commissionerSees(inputId)).toBe('the youth club needs more table tennis bats');
  });

  test('the queue reads right to left in Urdu, and the empty queue says nothing is waiting', async () => {
    // Everything already waiting is read first, so the queue is empty.
    const { reviewQueue } = await practitioner.gql(`{ reviewQueue(first: 100) { edges { node { id } } } }`);
    if (reviewQueue.edges.length) await practitioner.gql(`mutation($ids: [ID!]!) { reviewInputs(inputIds: $ids) { id } }`, { ids: reviewQueue.edges.map((e: any) => e.node.id) });
    const page = await suite.page('desktop');
    await signInAsStaff(page, 'practitioner@northbridge.example');
    await page.goto('/staff/review');
    await poll(() => page.locator('.empty-state__message').textContent()).toBe(en('safeguarding.review.empty'));
    await expectAxeClean(page, 'empty reading queue');
    await answer('ہمیں شام کو زیادہ کھیل چاہیے');
    await page.reload();
    await page.locator('.language-switcher button[lang="ur"]').click();
    await poll(() => page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ur']);
    await poll(() => h1(page)).toBe(message('ur', 'safeguarding.review.title'));
    await poll(() => page.locator('li.voice').count()).toBe(1);
    await expectAxeClean(page, 'reading queue in Urdu');
  });

  test('an administrator sees the screening languages and adds a rule set, with a GOV.UK error summary for a bad one', async () => {
    const page = await suite.page('desktop');
    await signInAsStaff(page, 'admin@northbridge.example');
    await page.goto('/staff/safeguarding/settings');
    await poll(() => h1(page)).toBe(en('safeguarding.screening.pageTitle'));
    await poll(() => page.locator('main').textContent()).toContain(en('safeguarding.screening.languages', { languages: 'English, Urdu, Polish' }));
    await expectAxeClean(page, 'screening settings');
    await page.getByLabel(en('safeguarding.screening.addLabel')).fill('{"version": "x"');
    await page.getByRole('button', { name: en('safeguarding.screening.add') }).click();
    await poll(() => page.locator('.error-summary').count()).toBe(1);
    await expectAxeClean(page, 'screening settings with an error');
    await page
      .getByLabel(en('safeguarding.screening.addLabel'))
      .fill(JSON.stringify({ version: 'nb-1', language: 'pl', rules: [{ id: 'nb.exploitation.x', category: 'EXPLOITATION', severity: 'HIGH', patterns: ['\\bekipa z osiedla\\b'] }] }));
    await page.getByRole('button', { name: en('safeguarding.screening.add') }).click();
    await poll(() => page.locator('main table').textContent()).toContain('nb-1');
  });
});
