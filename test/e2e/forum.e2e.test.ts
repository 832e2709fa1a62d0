// The youth forum in a real browser: a facilitator creates a forum with five members and prints
// their code cards, puts a proposal to the vote, five phones join and vote (one changes their
// mind), voting closes and everyone sees the result. Every page and state is checked with axe;
// member pages also for 44 px touch targets and sideways scrolling.
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
import { en, message } from '../support/messages.js';

const MEMBERS = ['Aisha', 'Ben', 'Chloe', 'Dev', 'Ella'];
const FIRST_CHOICES = ['FOR', 'FOR', 'FOR', 'AGAINST', 'ABSTAIN'] as const;

/** Polls until the page catches up: generous, because the machine is shared and axe is slow. */
const eventually = <T,>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

/** The heading of the page, once it has rendered. */
const heading = (page: Page) => page.locator('h1').first().textContent();

/** Axe, and on a phone the touch targets and width too. */
async function checkMemberPage(page: Page, label: string): Promise<void> {
  await expectAxeClean(page, label);
  await checkTouchTargets(page);
  await expectNoHorizontalOverflow(page);
}

// axe takes 1–2 s a page on a small machine, and this scenario visits many pages.
describe.skipIf(!HAS_CHROMIUM)('youth forum voting in the browser', { timeout: 300_000 }, () => {
  const suite = browserSuite();
  test('a facilitator runs a vote with five members on their phones, one changes their vote, and everyone sees the result', async () => {
    // ── The facilitator creates the forum and adds five members.
    const staff = await suite.page('desktop');
    await signInAsStaff(staff, 'practitioner@northbridge.example');
    await staff.getByRole('navigation', { name: en('staff.navLabel') }).getByRole('link', { name: en('staff.nav.forums') }).click();
    await staff.waitForURL((url) => url.pathname === '/staff/forums');
    await eventually(() => heading(staff)).toBe(en('staffForums.list.title'));
    // The seeded forum is listed.
    await eventually(() => staff.getByRole('link', { name: 'Northbridge Youth Voice' }).count()).toBe(1);
    await expectAxeClean(staff, 'forum list');

    await staff.getByRole('button', { name: en('staffForums.create.submit') }).click();
    await eventually(() => staff.locator('.error-summary a').allTextContents()).toEqual([en('staffForums.create.errors.nameMissing')]);
    await expectAxeClean(staff, 'create forum with an error');
    await staff.locator('#forum-name').fill('Riverside Youth Voice');
    await staff.getByRole('button', { name: en('staffForums.create.submit') }).click();
    await staff.waitForURL((url) => /^\/staff\/forums\/[0-9a-f-]{36}$/.test(url.pathname));
    await eventually(() => heading(staff)).toBe('Riverside Youth Voice');
    await expectAxeClean(staff, 'empty forum');

    for (const name of MEMBERS) {
      await staff.locator('#member-name').fill(name);
      await staff.getByRole('radio', { name: en('ageBand.AGE_12_TO_17') }).check();
      await staff.getByRole('button', { name: en('staffForums.members.add') }).click();
      await eventually(() => staff.locator('.notice').textContent()).toBe(en('staffForums.members.added', { name }));
    }
    await eventually(() => staff.locator('.forum-card').count()).toBe(5);
    await eventually(() => staff.locator('.forum-card__qr svg').count()).toBe(5);
    const codes = await staff.locator('[data-testid="join-code"]').allTextContents();
    expect(codes).toHaveLength(5);
    expect(await staff.locator('.forum-card__name').allTextContents()).toEqual(MEMBERS);
    await expectAxeClean(staff, 'forum with members and code cards');

    // Printing shows the cards and nothing else of the page.
    await staff.emulateMedia({ media: 'print' });
    expect(await staff.locator('.header').isVisible()).toBe(false);
    expect(await staff.locator('#add-member-heading').isVisible()).toBe(false);
    expect(await staff.locator('.forum-card').first().isVisible()).toBe(true);
    await staff.emulateMedia({ media: 'screen' });

    // ── A proposal for the forum, then voting opens (closing next Friday at 5pm by default).
    await staff.getByRole('link', { name: en('staffForums.forum.proposalsLink') }).click();
    await staff.waitForURL((url) => url.pathname === '/staff/proposals');
    await expectAxeClean(staff, 'proposal list for a forum');
    await staff.getByRole('link', { name: en('staffProposals.list.create') }).click();
    await staff.waitForURL((url) => url.pathname === '/staff/proposals/new');
    await staff.getByRole('button', { name: en('staffProposals.create.submit') }).click();
    await eventually(() => staff.locator('.error-summary a').count()).toBe(4);
    await expectAxeClean(staff, 'create proposal with errors');
    await staff.locator('#proposal-title').fill('Open the youth club on Sunday afternoons');
    await staff.locator('#proposal-childSummary').fill('The youth club could open on Sundays too, so there is somewhere to go at the weekend.');
    await staff.locator('#proposal-problem').fill('Young people say there is nowhere safe to go on Sundays.');
    await staff.locator('#proposal-proposedChange').fill('Open the Riverside youth club from 1pm to 5pm on Sundays.');
    await staff.locator('#proposal-forum').selectOption({ label: 'Riverside Youth Voice' });
    await staff.locator('#proposal-quorum').fill('3');
    await staff.getByRole('button', { name: en('staffProposals.create.submit') }).click();
    await staff.waitForURL((url) => /^\/staff\/proposals\/[0-9a-f-]{36}$/.test(url.pathname));
    const proposalId = new URL(staff.url()).pathname.split('/').pop()!;
    await eventually(() => staff.locator('.proposal-status').textContent()).toBe(en('staffProposals.status.DRAFT'));
    await expectAxeClean(staff, 'draft proposal');
    await staff.getByRole('button', { name: en('staffProposals.open.submit') }).click();
    await eventually(() => staff.locator('.proposal-status').textContent()).toBe(en('staffProposals.status.OPEN_FOR_VOTING'));
    await expectAxeClean(staff, 'proposal open for voting');

    // ── Five phones join with their codes and vote.
    const phones: Page[] = [];
    for (const [i, code] of codes.entries()) {
      const phone = await suite.page('phone');
      phones.push(phone);
      await phone.goto(`/join?code=${encodeURIComponent(code)}`);
      expect(await phone.locator('#code').inputValue()).toBe(code);
      await phone.getByRole('radio', { name: en('ageBand.AGE_12_TO_17') }).check();
      await phone.locator('form button[type="submit"]').click();
      await phone.waitForURL((url) => url.pathname === '/forum');
      await eventually(() => heading(phone)).toBe(en('forum.title', { name: MEMBERS[i] }));
    }
    const [first] = phones;
    await eventually(() => first.locator('.proposal-card__summary').first().textContent()).toBe(
      'The youth club could open on Sundays too, so there is somewhere to go at the weekend.',
    );
    await checkMemberPage(first, 'forum home with an open proposal');

    for (const [i, phone] of phones.entries()) {
      // The link names its proposal for screen readers ("Read and vote: Open the youth club…").
      await phone.getByRole('link', { name: new RegExp(`^${en('forum.home.readAndVote')}\\W+Open the youth club on Sunday afternoons$`) }).click();
      await phone.waitForURL((url) => url.pathname === `/forum/proposals/${proposalId}`);
      await eventually(() => phone.locator('.child-summary__text').textContent()).toMatch(/^The youth club could open on Sundays/);
      if (i === 0) {
        expect(await phone.getByRole('button', { name: en('forum.readAloud.start') }).isVisible()).toBe(true);
        await checkMemberPage(phone, 'proposal before voting');
      }
      await phone.getByRole('button', { name: en(`forum.choice.${FIRST_CHOICES[i]}`), exact: true }).click();
      await eventually(() => phone.locator('.notice').first().textContent()).toMatch(
        new RegExp(`^You voted “${en(`forum.choice.${FIRST_CHOICES[i]}`)}”\\. You can change your vote until (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`),
      );
    }
    await checkMemberPage(phones[0], 'proposal after voting');
    expect(await phones[0].getByRole('button', { name: en('forum.choice.FOR'), exact: true }).getAttribute('aria-pressed')).toBe('true');

    // Ben changes his mind.
    await phones[1].getByRole('button', { name: en('forum.choice.AGAINST'), exact: true }).click();
    await eventually(() => phones[1].locator('.notice').first().textContent()).toMatch(/^You voted “Against”/);

    // A question from a member, and the facilitator's answer.
    await phones[2].locator('#comment-text').fill('Would there be food?');
    await phones[2].getByRole('button', { name: en('forum.comments.submit') }).click();
    await eventually(() => phones[2].locator('.comment__text').allTextContents()).toEqual(['Would there be food?']);
    await checkMemberPage(phones[2], 'proposal with a comment');

    // ── The facilitator sees turnout (not the tally), answers, and closes voting.
    await staff.reload();
    await eventually(() => staff.locator('.body-l').first().textContent()).toBe(en('staffProposals.voting.turnoutSoFar_other', { count: 5, members: 5 }));
    await staff.locator('#answer-text').fill('Yes, there would be snacks.');
    await staff.getByRole('button', { name: en('staffProposals.comments.answerSubmit') }).click();
    await eventually(() => staff.locator('.comment__text').allTextContents()).toEqual(['Would there be food?', 'Yes, there would be snacks.']);
    await expectAxeClean(staff, 'proposal with turnout and comments');
    // Moderation: hiding a comment asks why, and keeps it visible to staff as hidden.
    await staff.getByRole('button', { name: en('staffProposals.comments.hide') }).first().click();
    await staff.getByRole('button', { name: en('staffProposals.comments.hideSubmit'), exact: true }).click();
    await eventually(() => staff.locator('.error-summary a').allTextContents()).toEqual([en('staffProposals.comments.errors.reasonMissing')]);
    await expectAxeClean(staff, 'hide a comment, with an error');
    await staff.getByLabel(en('staffProposals.comments.reasonLabel')).fill('Off topic');
    await staff.getByRole('button', { name: en('staffProposals.comments.hideSubmit'), exact: true }).click();
    await eventually(() => staff.locator('.comment--hidden .secondary-text').last().textContent()).toBe(en('staffProposals.comments.hiddenBecause', { reason: 'Off topic' }));
    await staff.getByRole('button', { name: en('staffProposals.actions.close') }).click();
    await eventually(() => staff.locator('.proposal-status').textContent()).toBe(en('staffProposals.status.VOTING_CLOSED'));
    await eventually(() => staff.locator('.proposal-facts dd').allTextContents()).toEqual(
      expect.arrayContaining(['2', '1', en('staffProposals.voting.turnoutOf', { turnout: 5, eligible: 5 }), en('staffProposals.voting.quorumMet', { quorum: 3 })]),
    );
    await expectAxeClean(staff, 'proposal with the result');

    // ── Every phone sees the result: for 2, against 2, not sure 1.
    for (const phone of phones) {
      await phone.reload();
      await eventually(() => phone.locator('#result-heading').textContent()).toBe(en('forum.result.heading'));
      expect(await phone.locator('.result-list dd').allTextContents()).toEqual(['2', '2', '1']);
      expect(await phone.locator('.vote-buttons').count()).toBe(0);
    }
    expect(await phones[1].locator('#result-heading + p').textContent()).toBe(en('forum.result.yourVote', { choice: 'Against' }));
    await checkMemberPage(phones[0], 'proposal result');
    const names = await phones[0].locator('.comment__who strong').allTextContents();
    expect(names).toEqual([en('forum.comments.member'), en('forum.comments.staff', { name: 'Priya Patel' })]);
    expect(await phones[0].locator('.comment__text').allTextContents()).toEqual([en('forum.comments.hidden'), 'Yes, there would be snacks.']);

    await phones[0].getByRole('link', { name: en('common.back') }).click();
    await phones[0].waitForURL((url) => url.pathname === '/forum');
    await eventually(() => phones[0].locator('#results-heading').textContent()).toBe(en('forum.home.resultsHeading'));
    await checkMemberPage(phones[0], 'forum home with a result');

    for (const page of [staff, ...phones]) expectNoThirdPartyRequests(page, suite.app.url);
  });

  test('a member reads a proposal in Urdu and leaves the forum; a reissued code signs the old phone out', async () => {
    const staff = await suite.app.staff('practitioner@northbridge.example');
    const { createForum } = await staff.gql(`mutation { createForum(name: "Leavers") { id } }`);
    const invite = async (name: string) =>
      (await staff.gql(`mutation($f: ID!, $n: String!) { addForumMember(forumId: $f, displayName: $n) { joinCode member { id } } }`, { f: createForum.id, n: name })).addForumMember;
    const farah = await invite('Farah');
    const { createProposal } = await staff.gql(`mutation($f: ID!) { createProposal(input: { title: "Saturday hub", problem: "P", proposedChange: "C", childSummary: "The hub could open on Saturdays.", forumId: $f }) { id } }`, { f: createForum.id });
    await staff.gql(`mutation($p: ID!, $c: DateTimeISO!) { openVoting(proposalId: $p, closesAt: $c) { id } }`, { p: createProposal.id, c: new Date(Date.now() + 86_400_000).toISOString() });

    const phone = await suite.page('phone', 'ur');
    await phone.goto(`/join?code=${encodeURIComponent(farah.joinCode)}`);
    await phone.getByRole('radio', { name: message('ur', 'ageBand.AGE_12_TO_17') }).check();
    await phone.locator('form button[type="submit"]').click();
    await phone.waitForURL((url) => url.pathname === '/forum');
    await eventually(() => heading(phone)).toBe(message('ur', 'forum.title', { name: 'Farah' }));
    expect(await phone.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await checkMemberPage(phone, 'forum home in Urdu');
    await phone.goto(`/forum/proposals/${createProposal.id}`);
    await eventually(() => phone.getByRole('button', { name: message('ur', 'forum.readAloud.start') }).isVisible()).toBe(true);
    await phone.getByRole('button', { name: message('ur', 'forum.choice.FOR'), exact: true }).click();
    await eventually(() => phone.locator('.notice').first().textContent()).toMatch(new RegExp(`^${message('ur', 'forum.vote.youVoted', { choice: message('ur', 'forum.choice.FOR'), when: 'X' }).split('X')[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    await checkMemberPage(phone, 'proposal after voting in Urdu');

    await phone.goto('/forum/leave');
    await eventually(() => heading(phone)).toBe(message('ur', 'forum.leave.title'));
    await checkMemberPage(phone, 'leave the forum in Urdu');
    await phone.getByRole('button', { name: message('ur', 'forum.leave.confirm') }).click();
    await phone.waitForURL((url) => url.pathname === '/');
    await phone.goto('/forum');
    await phone.waitForURL((url) => url.pathname === '/join');

    // A lost phone: the facilitator's new code signs the old device out.
    const gus = await invite('Gus');
    const oldPhone = await suite.page('phone');
    await oldPhone.goto(`/join?code=${encodeURIComponent(gus.joinCode)}`);
    await oldPhone.getByRole('radio', { name: en('ageBand.AGE_12_TO_17') }).check();
    await oldPhone.locator('form button[type="submit"]').click();
    await oldPhone.waitForURL((url) => url.pathname === '/forum');
    await staff.gql(`mutation($m: ID!) { reissueForumCode(memberId: $m) { joinCode } }`, { m: gus.member.id });
    await oldPhone.goto('/forum');
    await oldPhone.waitForURL((url) => url.pathname === '/join');
    expectNoThirdPartyRequests(phone, suite.app.url);
  });
});
