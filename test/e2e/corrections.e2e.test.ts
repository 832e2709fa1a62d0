// Correcting what was recorded, without SQL, in a real browser on a phone: a survey's details (a
// refusal named by its field once people have answered), a copy, opening it again; an event's
// details; a contribution at an event (the earlier words never shown); renaming and merging themes; renaming a service.
// Each page and refusal is checked with axe, and each result in the database.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { HAS_CHROMIUM, browserSuite, expectAxeClean, signInAsStaff } from '../support/browser.js';
import { releaseWordsAtOnce, survey } from '../support/factories.js';
import { en, message } from '../support/messages.js';
import { answeredSurvey, eventContributions, freshService, theme } from '../support/trace-factories.js';

describe.skipIf(!HAS_CHROMIUM)('correcting what was recorded, in the browser', { timeout: 180_000 }, () => {
  const suite = browserSuite();
  beforeAll(() => releaseWordsAtOnce(suite.app));
  const sql = async (query: string, params: unknown[] = []) => suite.app.orm.em.fork().getConnection().execute(query, params);
  const heading = (page: Page) => page.locator('h1').textContent();
  const audited = async (targetId: string, action: string) => (await sql('select details from audit_entry where target_id = ? and action = ?', [targetId, action])) as Array<{ details: any }>;

  test('a practitioner fixes a survey’s title, is told which change answers rule out, copies it and opens a closed one again', async () => {
    const practitioner = await suite.app.staff('practitioner@northbridge.example');
    const { survey: s } = await answeredSurvey(suite.app, practitioner, ['More time to talk please'], { title: 'How was Eraly Help for you?' });
    const page = await suite.page('phone');
    await signInAsStaff(page, 'practitioner@northbridge.example');
    await page.goto(`/staff/surveys/${s.id}`);
    await page.getByRole('link', { name: en('staffSurveys.detail.editDetails') }).click();
    await page.waitForURL((url) => url.pathname === `/staff/surveys/${s.id}/edit`);
    await expect.poll(() => heading(page)).toBe(en('staffSurveys.edit.title'));
    await expect.poll(() => page.locator('#title').inputValue()).toBe('How was Eraly Help for you?');
    await expectAxeClean(page, 'change a survey’s details');

    // Taking out an age group people answered for is refused, named next to the age groups.
    await page.locator('#title').fill('How was Early Help for you?');
    await page.locator('#audience').uncheck();
    await page.getByRole('button', { name: en('staffSurveys.edit.save') }).click();
    const refusal = en('staffSurveys.edit.conflict.audience', { bands: en('staffSurveys.band.AGE_4_TO_7') });
    await expect.poll(() => page.locator('.error-summary a[href="#audience"]').textContent()).toBe(refusal);
    await expect.poll(() => page.locator('#audience-error').textContent()).toContain(refusal);
    expect((await sql('select title from survey where id = ?', [s.id]))[0].title).toBe('How was Eraly Help for you?');
    await expectAxeClean(page, 'a survey change refused by field');

    await page.locator('#audience').check();
    await page.getByRole('button', { name: en('staffSurveys.edit.save') }).click();
    await page.waitForURL((url) => url.pathname === `/staff/surveys/${s.id}`);
    await expect.poll(() => heading(page)).toBe('How was Early Help for you?');
    const [changed] = await audited(s.id, 'updateSurvey');
    expect(changed.details).toEqual({ before: { title: 'How was Eraly Help for you?' }, after: { title: 'How was Early Help for you?' } });

    // A copy for next term: a new draft with the same questions.
    await expectAxeClean(page, 'a survey with its corrections');
    await page.getByRole('button', { name: en('staffSurveys.copy.submit') }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/staff/surveys/') && !url.pathname.startsWith(`/staff/surveys/${s.id}`));
    const copyId = new URL(page.url()).pathname.split('/').pop()!;
    await expect.poll(() => page.locator('.status-tag').first().textContent()).toBe(en('staffSurveys.status.DRAFT'));
    await expect.poll(() => heading(page)).toBe('How was Early Help for you?');
    const [copy] = await sql('select status, (select count(*)::int from question where survey_id = s.id) as questions from survey s where id = ?', [copyId]);
    expect(copy).toEqual({ status: 'DRAFT', questions: s.questions.length });

    // A closed survey opens again, with no closing date.
    const closed = await survey(practitioner, 'closed');
    await page.goto(`/staff/surveys/${closed.id}`);
    await page.getByRole('button', { name: en('staffSurveys.reopen.submit') }).waitFor();
    await expectAxeClean(page, 'a closed survey');
    await page.locator('#reopen-closesAt').fill('2001-01-31');
    await page.getByRole('button', { name: en('staffSurveys.reopen.submit') }).click();
    await expect.poll(() => page.locator('#reopen-closesAt-error').textContent()).toContain(en('staffSurveys.reopen.errors.closesAt'));
    await expectAxeClean(page, 'a closed survey, a past date refused');
    await page.locator('#reopen-closesAt').fill('');
    await page.getByRole('button', { name: en('staffSurveys.reopen.submit') }).click();
    await expect.poll(() => page.locator('.status-tag').first().textContent()).toBe(en('staffSurveys.status.OPEN'));
    expect((await sql('select status, closes_at from survey where id = ?', [closed.id]))[0]).toEqual({ status: 'OPEN', closes_at: null });
  });

  test('a practitioner corrects what was written down at an event; the earlier words are not shown', async () => {
    const practitioner = await suite.app.staff('practitioner@northbridge.example');
    const { eventId, inputIds: [id] } = await eventContributions(practitioner, ['We want more hlep with homework']);
    const page = await suite.page('phone');
    await signInAsStaff(page, 'practitioner@northbridge.example');
    await page.goto(`/staff/events/${eventId}`);
    await page.getByRole('button', { name: /^Correct what was recorded at/ }).click();
    await expect.poll(() => page.locator(`#correct-${id}-text`).inputValue()).toBe('We want more hlep with homework');
    await expectAxeClean(page, 'correct a contribution');

    await page.locator(`#correct-${id}-text`).fill('We want more help with homework');
    await page.getByRole('button', { name: en('events.correct.submit') }).click();
    await expect.poll(() => page.locator(`.error-summary a[href="#correct-${id}-reason"]`).textContent()).toBe(en('events.correct.errors.reason'));
    await expectAxeClean(page, 'correct a contribution, no reason given');
    await page.locator(`#correct-${id}-reason`).fill('Typo');
    await page.getByRole('button', { name: en('events.correct.submit') }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: en('events.correct.done') }).count()).toBe(1);
    await expect.poll(() => page.locator('.contribution__text').allTextContents()).toEqual(['We want more help with homework']);
    expect(await page.locator('main').textContent()).not.toContain('hlep');
    expect((await sql('select text from voice_input where id = ?', [id]))[0].text).toBe('We want more help with homework');
    const [entry] = await audited(id, 'correctContribution');
    expect(entry.details).toMatchObject({ reason: 'Typo', before: { text: 'We want more hlep with homework' } });
    await expectAxeClean(page, 'a corrected contribution');
  });

  test('a practitioner corrects an event’s details; what was said keeps the title it had', async () => {
    const practitioner = await suite.app.staff('practitioner@northbridge.example');
    const { eventId, inputIds: [id] } = await eventContributions(practitioner, ['The hub should open on Saturdays']);
    const page = await suite.page('phone');
    await signInAsStaff(page, 'practitioner@northbridge.example');
    await page.goto(`/staff/events/${eventId}`);
    await page.getByRole('link', { name: en('events.edit.start') }).click();
    await page.waitForURL((url) => url.pathname === `/staff/events/${eventId}/edit`);
    await expect.poll(() => page.locator('#event-title').inputValue()).toBe('Family hub drop-in');
    await expectAxeClean(page, 'change an event’s details');

    await page.locator('#event-ends').fill('2000-01-01T10:00');
    await page.getByRole('button', { name: en('events.edit.save') }).click();
    await expect.poll(() => page.locator('.error-summary a[href="#event-ends"]').textContent()).toBe(en('events.create.errors.endsAtBefore'));
    await expectAxeClean(page, 'change an event’s details, end before start');
    await page.locator('#event-ends').fill('');
    await page.locator('#event-title').fill('Family hub drop-in: Saturdays');
    await page.locator('#event-venue').fill('Northbridge Family Hub');
    await page.getByRole('button', { name: en('events.edit.save') }).click();
    await page.waitForURL((url) => url.pathname === `/staff/events/${eventId}`);
    await expect.poll(() => heading(page)).toBe('Family hub drop-in: Saturdays');
    expect((await sql('select title, venue from consultation_event where id = ?', [eventId]))[0]).toEqual({ title: 'Family hub drop-in: Saturdays', venue: 'Northbridge Family Hub' });
    expect((await sql('select source_title from voice_input where id = ?', [id]))[0].source_title).toBe('Family hub drop-in');
    const [entry] = await audited(eventId, 'updateEvent');
    expect(entry.details.after).toMatchObject({ title: 'Family hub drop-in: Saturdays', venue: 'Northbridge Family Hub' });
  });

  test('a commissioner renames a theme (a name in use refused by field) and merges another into it', async () => {
    const commissioner = await suite.app.staff('commissioner@northbridge.example');
    const { inputIds } = await eventContributions(commissioner, ['The bus is late', 'The bus is full']);
    const stamp = Date.now().toString(36);
    const kept = await theme(commissioner, `Buses ${stamp}`, { inputIds: [inputIds[0]] });
    const other = await theme(commissioner, `Transport ${stamp}`, { inputIds });
    const page = await suite.page('phone');
    await signInAsStaff(page, 'commissioner@northbridge.example');
    await page.goto(`/staff/themes/${kept}`);
    await page.getByRole('button', { name: en('trace.themeEdit.start') }).click();
    await page.locator('#theme-label').fill(`Transport ${stamp}`);
    await page.getByRole('button', { name: en('trace.themeEdit.save') }).click();
    await expect.poll(() => page.locator('#theme-label-error').textContent()).toContain(en('trace.themeEdit.errors.labelTaken'));
    await expectAxeClean(page, 'rename a theme, name in use');
    await page.locator('#theme-label').fill(`Getting about ${stamp}`);
    await page.getByRole('button', { name: en('trace.themeEdit.save') }).click();
    await expect.poll(() => heading(page)).toBe(`Getting about ${stamp}`);
    await expect.poll(() => page.getByRole('status').filter({ hasText: en('trace.themeEdit.renamed') }).count()).toBe(1);

    // Merge: nothing chosen is refused by field; then the other theme's voices move here, once each.
    await page.getByRole('button', { name: en('trace.themeMerge.submit', { label: `Getting about ${stamp}` }) }).click();
    await expect.poll(() => page.locator('#merge-from-error').textContent()).toContain(en('trace.themeMerge.errors.none'));
    await expectAxeClean(page, 'merge themes, none chosen');
    await page.getByLabel(`Transport ${stamp}`).check();
    await page.getByRole('button', { name: en('trace.themeMerge.submit', { label: `Getting about ${stamp}` }) }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Getting about ${stamp}` }).count()).toBe(1);
    await expect.poll(async () => (await sql('select id from theme where id = ?', [other])).length).toBe(0);
    expect((await sql('select count(*)::int as n from theme_input where theme_id = ?', [kept]))[0].n).toBe(2);
    await expectAxeClean(page, 'a renamed theme with another merged in');
  });

  test('an admin renames a service; a name in use is refused next to the name', async () => {
    const stamp = Date.now().toString(36);
    const id = await freshService(suite.app, `Youth Servce ${stamp}`);
    const page = await suite.page('phone');
    await signInAsStaff(page, 'admin@northbridge.example');
    await page.goto('/staff/services');
    await page.getByRole('button', { name: en('staff.services.edit.startFor', { name: `Youth Servce ${stamp}` }) }).click();
    await page.locator(`#edit-${id}-name`).fill('Schools');
    await page.getByRole('button', { name: en('staff.services.edit.save') }).click();
    await expect.poll(() => page.locator(`#edit-${id}-name-error`).textContent()).toContain(en('staff.services.add.errors.conflict'));
    await expectAxeClean(page, 'edit a service, name in use');
    await page.locator(`#edit-${id}-name`).fill(`Youth Service ${stamp}`);
    await page.locator(`#edit-${id}-description`).fill('Clubs and trips for 11 to 18 year olds.');
    await page.getByRole('button', { name: en('staff.services.edit.save') }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: `Youth Service ${stamp}` }).count()).toBe(1);
    expect((await sql('select name, description from service where id = ?', [id]))[0]).toEqual({ name: `Youth Service ${stamp}`, description: 'Clubs and trips for 11 to 18 year olds.' });
    expect((await audited(id, 'updateService'))[0].details.after).toMatchObject({ name: `Youth Service ${stamp}` });
    await expectAxeClean(page, 'services after a rename');
  });

  test.each(['ur', 'pl'] as const)('the correction pages are accessible on a phone in %s', async (language) => {
    const practitioner = await suite.app.staff('practitioner@northbridge.example');
    const { survey: s } = await answeredSurvey(suite.app, practitioner, ['More time to talk please']);
    const { eventId } = await eventContributions(practitioner, ['We want a quiet room']);
    const page = await suite.page('phone', language);
    await signInAsStaff(page, 'practitioner@northbridge.example');
    await page.goto(`/staff/surveys/${s.id}/edit`);
    await expect.poll(() => heading(page)).toBe(message(language, 'staffSurveys.edit.title'));
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe(language === 'ur' ? 'rtl' : 'ltr');
    await page.locator('#serviceId').selectOption({ label: 'Schools' });
    await page.getByRole('button', { name: message(language, 'staffSurveys.edit.save') }).click();
    await expect.poll(() => page.locator('#serviceId-error').textContent()).toContain(message(language, 'staffSurveys.edit.conflict.serviceId'));
    await expectAxeClean(page, `survey change refused (${language})`);
    await page.goto(`/staff/events/${eventId}`);
    await page.getByRole('button', { name: message(language, 'events.correct.start') }).click();
    await page.locator('.contribution__correct textarea').waitFor();
    await expectAxeClean(page, `correct a contribution (${language})`);
  });
});
