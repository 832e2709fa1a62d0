// The evidence chain in a real browser: a commissioner tags a child's survey answer and an event
// contribution to a new theme, the forum votes on a proposal from that theme, two decisions (one
// adopted, one not, with why) and a change are recorded and the change is marked done; the child
// enters their receipt code on a phone and sees what happened; the trace view and the influence
// dashboard show the chain. Every page and state is checked with axe.
//
// Made through the API, because this file tests the evidence chain's pages rather than theirs: the
// survey answer and the event contribution, and the proposal with its forum vote (the proposal is
// created with the theme as its origin, then opened, voted on and closed).
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
import { message } from '../support/messages.js';
import { answeredSurvey, eventContributions, freshService } from '../support/trace-factories.js';

describe.skipIf(!HAS_CHROMIUM)('the evidence chain in the browser', { timeout: 300_000 }, () => {
  const suite = browserSuite();
  let commissioner: Agent;
  let serviceId: string;
  let child: { receiptCode: string; inputId: string; text: string };
  let eventInputId: string;

  beforeAll(async () => {
    commissioner = await suite.app.staff('commissioner@northbridge.example');
    const practitioner = await suite.app.staff('practitioner@northbridge.example');
    // A service of its own, so the demo world's content does not mix into the figures.
    serviceId = await freshService(suite.app, 'Family Hubs');
    const { answers } = await answeredSurvey(suite.app, practitioner, ['The hub is always shut on Saturdays when my mum is off work'], { serviceId, title: 'How are the family hubs?' });
    child = answers[0];
    eventInputId = (await eventContributions(practitioner, ['Dads said they can only come at weekends'], { serviceId, ageBand: 'PARENT_CARER' })).inputIds[0];
  });

  const h1 = (page: Page) => page.locator('h1').textContent();

  test('from a child’s words to a change, and back to that child', async () => {
    const page = await suite.page('desktop');
    await signInAsStaff(page, 'commissioner@northbridge.example');

    // Themes: the workspace lists what has not been tagged yet.
    await page.getByRole('navigation', { name: message('en', 'staff.navLabel') }).getByRole('link', { name: message('en', 'staff.nav.themes') }).click();
    await page.waitForURL((url) => url.pathname === '/staff/themes');
    await expect.poll(() => h1(page)).toBe(message('en', 'trace.workspace.title'));
    await page.locator('#filter-service').selectOption(serviceId);
    await page.getByRole('button', { name: message('en', 'trace.workspace.apply') }).click();
    await page.waitForURL((url) => url.search.includes(serviceId));
    await page.locator(`#input-${child.inputId}`).waitFor();
    await expectAxeClean(page, 'tagging workspace');

    // Tagging with nothing chosen shows the error summary.
    await page.getByRole('button', { name: message('en', 'trace.workspace.tag') }).click();
    await expect.poll(() => page.locator('.error-summary').isVisible()).toBe(true);
    await expectAxeClean(page, 'tagging workspace with an error');

    // Select the survey answer and the event contribution, and make a theme on the spot.
    await page.locator(`#input-${child.inputId}`).check();
    await page.locator(`#input-${eventInputId}`).check();
    await page.locator('#tag-theme').selectOption('new');
    await page.locator('#tag-new-label').fill('Weekend opening');
    await page.getByRole('button', { name: message('en', 'trace.workspace.tag') }).click();
    await expect.poll(() => page.locator('.notice').first().textContent()).toContain('Weekend opening');
    await expect.poll(() => page.locator(`#input-${child.inputId}`).count()).toBe(0);
    await expectAxeClean(page, 'tagging workspace after tagging');

    // The theme page: its inputs and their counts (small numbers hidden).
    await page.getByRole('link', { name: 'Weekend opening' }).first().click();
    await expect.poll(() => h1(page)).toBe('Weekend opening');
    const themeId = new URL(page.url()).pathname.split('/').pop()!;
    await expect.poll(() => page.locator('.trace-inputs li').count()).toBe(2);
    expect(await page.locator('.trace-table').first().textContent()).toContain(message('en', 'trace.common.suppressed'));
    await expectAxeClean(page, 'theme page');

    // A proposal from the theme goes to the forum, which votes; voting closes (through the API).
    const { createForum } = await commissioner.gql(`mutation { createForum(name: "Family Hub Youth Voice") { id } }`);
    const { addForumMember } = await commissioner.gql(`mutation($f: ID!) { addForumMember(forumId: $f, displayName: "Zara", ageBand: AGE_12_TO_17) { joinCode } }`, { f: createForum.id });
    const member = suite.app.agent();
    await member.gql(`mutation($c: String!) { joinWithCode(code: $c) { id } }`, { c: addForumMember.joinCode });
    const { createProposal } = await commissioner.gql(`mutation($i: CreateProposalInput!) { createProposal(input: $i) { id } }`, {
      i: {
        title: 'Open the family hub on Saturdays',
        problem: 'Families who work in the week cannot get to the hub.',
        proposedChange: 'Open from 10 to 2 on Saturdays.',
        childSummary: 'Should the hub open on Saturdays?',
        serviceId,
        forumId: createForum.id,
        themeIds: [themeId],
      },
    });
    const proposalId = createProposal.id;
    await commissioner.gql(`mutation($p: ID!, $c: DateTimeISO!) { openVoting(proposalId: $p, closesAt: $c) { id } }`, { p: proposalId, c: new Date(Date.now() + 86_400_000).toISOString() });
    await member.gql(`mutation($p: ID!) { castVote(proposalId: $p, choice: FOR, reason: "My family could come") { id } }`, { p: proposalId });
    await commissioner.gql(`mutation($p: ID!) { closeVoting(proposalId: $p) { id } }`, { p: proposalId });

    // An adopted decision, from the theme page, citing the theme and the proposal.
    await page.reload();
    await page.getByRole('link', { name: message('en', 'trace.theme.recordDecision') }).click();
    await expect.poll(() => h1(page)).toBe(message('en', 'trace.record.title'));
    await page.locator(`#theme-${themeId}`).waitFor();
    expect(await page.locator(`#theme-${themeId}`).isChecked()).toBe(true);
    await page.getByRole('button', { name: message('en', 'trace.record.submit') }).click();
    await expect.poll(() => page.locator('.error-summary__list a').count()).toBeGreaterThan(3);
    await expectAxeClean(page, 'decision form with errors');
    await page.locator('#decision-title').fill('Saturday opening at the family hub');
    await page.locator('#decision-summary').fill('The family hub opens from 10 to 2 every Saturday from next month.');
    await page.locator('#decision-outcome').check();
    await page.locator('#decision-rationale').fill('Children and parents told us weekdays are hard; the board found money for Saturday staff.');
    await page.locator('#decision-decidedBy').fill('Children’s Safeguarding Partnership Board');
    await page.locator('#decision-youSaidWeDid').fill('You said the hub is shut when your family is free. Now it opens on Saturdays.');
    await page.locator('#decision-service').selectOption(serviceId);
    await page.locator(`#proposal-${proposalId}`).check();
    await page.getByRole('button', { name: message('en', 'trace.record.submit') }).click();
    await page.waitForURL((url) => /\/staff\/decisions\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => h1(page)).toBe('Saturday opening at the family hub');
    await expect.poll(() => page.locator('.trace-inputs li').count()).toBe(3); // the answer, the contribution and the vote reason
    await expectAxeClean(page, 'decision page');

    // A change follows, and is marked done.
    await page.locator('#change-title').fill('Saturday opening');
    await page.locator('#change-description').fill('Staff the hub from 10 to 2 on Saturdays.');
    await page.getByRole('button', { name: message('en', 'trace.change.record') }).click();
    await expect.poll(() => page.locator('article h3').first().textContent()).toContain('Saturday opening');
    const updateForm = page.getByRole('form', { name: message('en', 'trace.change.updateLabel', { title: 'Saturday opening' }) });
    await updateForm.getByLabel(message('en', 'trace.changeStatus.DONE')).check();
    await updateForm.getByLabel(message('en', 'trace.change.noteLabel')).fill('Open every Saturday since the 6th.');
    await updateForm.getByRole('button', { name: message('en', 'trace.change.update') }).click();
    await expect.poll(() => page.locator('article h3 .trace-tag--DONE').count()).toBe(1);
    await expectAxeClean(page, 'decision page with a change done');
    const { proposal } = await commissioner.gql(`query($id: ID!) { proposal(id: $id) { status } }`, { id: proposalId });
    expect(proposal.status).toBe('IMPLEMENTED');

    // A second decision, not adopted, says why not.
    await page.goto(`/staff/decisions/new?theme=${themeId}`);
    await page.locator('#decision-title').fill('Open the hub until 8pm');
    await page.locator('#decision-summary').fill('We will not open late on weekdays.');
    await page.locator('#decision-outcome-NOT_ADOPTED').check();
    await expect.poll(() => page.locator('label[for="decision-rationale"]').textContent()).toBe(message('en', 'trace.record.whyNotLabel'));
    await page.locator('#decision-rationale').fill('Too short');
    await page.locator('#decision-decidedBy').fill('Early Help leadership team');
    await page.locator('#decision-youSaidWeDid').fill('You asked for late opening. We cannot afford it, so we open on Saturdays instead.');
    await page.getByRole('button', { name: message('en', 'trace.record.submit') }).click();
    await expect.poll(() => page.locator('#decision-rationale-error').isVisible()).toBe(true);
    await page.locator('#decision-rationale').fill('Late opening costs more than the whole activities budget, and few families came when we tried it.');
    await page.getByRole('button', { name: message('en', 'trace.record.submit') }).click();
    await page.waitForURL((url) => /\/staff\/decisions\/[0-9a-f-]{36}$/.test(url.pathname));
    await expect.poll(() => page.locator('h2').allTextContents()).toContain(message('en', 'trace.decision.whyNot'));

    // The trace view: a Sankey diagram (recharts) and a timeline in words.
    await page.goto(`/staff/trace?service=${serviceId}`);
    await expect.poll(() => h1(page)).toBe(message('en', 'trace.flow.title'));
    await page.locator('[data-testid="trace-sankey"] svg').waitFor();
    await expect.poll(() => page.locator('.trace-timeline').textContent()).toContain('Saturday opening at the family hub');
    expect(await page.locator('.trace-timeline').textContent()).toContain('Open the hub until 8pm');
    await expectAxeClean(page, 'trace view');

    // One input's trace: every link, with who made it.
    await page.goto(`/staff/trace/input/${child.inputId}`);
    await expect.poll(() => page.locator('.trace-timeline li').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('.trace-timeline').textContent()).toContain('Colin Price');
    await expectAxeClean(page, 'trace of one input');

    // The influence dashboard, and who we heard beside the cohort.
    await page.goto(`/staff/influence?service=${serviceId}`);
    await expect.poll(() => page.locator('.trace-figure').count()).toBe(6);
    await page.locator('#cohort-AGE_4_TO_7').fill('120');
    await page.locator('#cohort-AGE_12_TO_17').fill('300');
    await page.getByRole('button', { name: message('en', 'trace.cohort.save') }).click();
    await expect.poll(() => page.locator('.trace-callout').textContent()).toContain(message('en', 'trace.representation.none', { band: message('en', 'trace.ageBandShort.AGE_4_TO_7') }));
    await expectAxeClean(page, 'influence dashboard');
    expectNoThirdPartyRequests(page, suite.app.url);

    // The child, on a phone, enters their receipt code and sees what happened — never their words.
    const phonePage = await suite.page('phone');
    await phonePage.goto('/receipt');
    await expect.poll(() => h1(phonePage)).toBe(message('en', 'receipt.title'));
    await expectAxeClean(phonePage, 'receipt page');
    await checkTouchTargets(phonePage);
    await phonePage.locator('#receipt-code').fill('otter-otter-otter-0000');
    await phonePage.getByRole('button', { name: message('en', 'receipt.submit') }).click();
    await expect.poll(() => phonePage.locator('#receipt-code-error').textContent()).toContain(message('en', 'receipt.notFound'));
    await expectAxeClean(phonePage, 'receipt page with a wrong code');
    await phonePage.locator('#receipt-code').fill(child.receiptCode.toUpperCase().replace(/-/g, ' '));
    await phonePage.getByRole('button', { name: message('en', 'receipt.submit') }).click();
    await expect.poll(() => phonePage.locator('.receipt-themes').textContent()).toContain('Weekend opening');
    const body = (await phonePage.locator('main').textContent())!;
    expect(body).toContain(message('en', 'receipt.outcome.ADOPTED'));
    expect(body).toContain('Now it opens on Saturdays.');
    expect(body).toContain(message('en', 'receipt.outcome.NOT_ADOPTED'));
    expect(body).toContain(`Saturday opening: ${message('en', 'receipt.change.DONE')}`);
    expect(body).not.toContain(child.text);
    expect(body).not.toContain('Colin Price');
    await expectAxeClean(phonePage, 'receipt page with what happened');
    await checkTouchTargets(phonePage);
    await expectNoHorizontalOverflow(phonePage);

    // A parent asks for emails about it.
    await phonePage.locator('#receipt-email').fill('parent@example.org');
    await phonePage.getByRole('button', { name: message('en', 'receipt.email.submit') }).click();
    await expect.poll(() => phonePage.getByText(message('en', 'receipt.email.following')).isVisible()).toBe(true);
    await expectAxeClean(phonePage, 'receipt page following by email');
    expectNoThirdPartyRequests(phonePage, suite.app.url);
  });

  test.each(['en', 'ur', 'pl'] as const)('the public “you said, we did” page is accessible on a phone in %s', async (language) => {
    const page = await suite.page('phone', language);
    await page.goto(`/said-we-did/${serviceId}`);
    await expect.poll(() => h1(page)).toBe(message(language, 'saidWeDid.title', { service: 'Family Hubs' }));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe(language === 'ur' ? 'rtl' : 'ltr');
    await expectAxeClean(page, `you said, we did in ${language}`);
    await checkTouchTargets(page);
    await expectNoHorizontalOverflow(page);
    await page.goto('/receipt');
    await expect.poll(() => h1(page)).toBe(message(language, 'receipt.title'));
    await expectAxeClean(page, `receipt page in ${language}`);
    await checkTouchTargets(page);
    await page.goto('/said-we-did/00000000-0000-4000-8000-000000000000');
    await expect.poll(() => page.locator('main p').first().textContent()).toBe(message(language, 'saidWeDid.notFound'));
    await expectAxeClean(page, `unknown you-said-we-did page in ${language}`);
    expectNoThirdPartyRequests(page, suite.app.url);
  });

  test('staff pages show their empty states accessibly', async () => {
    const page = await suite.page('desktop');
    await signInAsStaff(page, 'practitioner@southmoor.example');
    for (const [path, empty] of [
      ['/staff/decisions', 'trace.decisions.empty'],
      ['/staff/trace', 'trace.flow.empty'],
    ] as const) {
      await page.goto(path);
      await expect.poll(() => page.locator('.empty-state__message').first().textContent()).toBe(message('en', empty));
      await expectAxeClean(page, `${path} empty`);
    }
    await page.goto('/staff/influence');
    await expect.poll(() => page.locator('.trace-figure').count()).toBe(6);
    await expectAxeClean(page, 'influence with no service chosen');
    await page.goto('/staff/themes/00000000-0000-4000-8000-000000000000');
    await expect.poll(() => h1(page)).toBe(message('en', 'notFound.title'));
  });
});
