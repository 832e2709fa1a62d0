// Running Heard without SQL, in a real browser on a phone: an admin changes the organisation's
// settings (a refused threshold named by its field, then a saved one), invites a colleague, who
// accepts on their phone and sets up an authenticator app; the sign-in, forgotten-password and
// settings pages are axe-clean in English, Urdu (right to left) and Polish.
import { generate } from 'otplib';
import { describe, expect, test } from 'vitest';
import { AccountTokenPurpose } from '../../server/src/identity/account-token.entity.js';
import { Account } from '../../server/src/identity/account.entity.js';
import { issueToken } from '../../server/src/identity/staff-accounts.service.js';
import { HAS_CHROMIUM, browserSuite, checkTouchTargets, expectAxeClean, signInAsStaff } from '../support/browser.js';
import { en, message } from '../support/messages.js';

describe.skipIf(!HAS_CHROMIUM)('running Heard without SQL, in the browser', { timeout: 180_000 }, () => {
  const suite = browserSuite();

  test('an admin changes a setting on a phone; a refused value is named by its field', async () => {
    const page = await suite.page('phone');
    await signInAsStaff(page, 'admin@northbridge.example');
    await page.goto('/staff/settings');
    await expect.poll(() => page.locator('h1').textContent()).toBe(en('orgSettings.title'));
    await page.locator('#suppressionThreshold').waitFor();
    await expectAxeClean(page, 'settings');
    await page.locator('#suppressionThreshold').fill('4');
    await page.getByRole('button', { name: en('orgSettings.save') }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.locator('a[href="#suppressionThreshold"]').count()).toBe(1);
    await expectAxeClean(page, 'settings with an error');
    await page.locator('#suppressionThreshold').fill('12');
    await page.getByRole('button', { name: en('orgSettings.save') }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: en('orgSettings.saved') }).count()).toBe(1);
    const [org] = await suite.app.orm.em.fork().getConnection().execute(`select suppression_threshold from organisation where name = 'Northbridge Borough Council'`);
    expect(org.suppression_threshold).toBe(12);
  });

  test('a colleague is invited, accepts on a phone, and sets up an authenticator app', async () => {
    const desk = await suite.page('desktop');
    await signInAsStaff(desk, 'admin@northbridge.example');
    await desk.goto('/staff/people');
    await desk.locator('#staff-email').fill('priya.shah@northbridge.example');
    await desk.locator('#staff-name').fill('Priya Shah');
    await desk.getByRole('radio', { name: en('role.PRACTITIONER') }).check();
    await desk.getByRole('button', { name: en('people.add.submit') }).click();
    await expect.poll(() => desk.getByRole('row', { name: /Priya Shah/ }).textContent()).toContain(en('people.invited'));
    await expectAxeClean(desk, 'people with an invitation');

    // The link from the email (the email itself is tested over SMTP in staff-accounts.test.ts).
    const em = suite.app.orm.em.fork();
    const account = await em.findOneOrFail(Account, { email: 'priya.shah@northbridge.example' });
    const token = await issueToken(em, { config: suite.app.config, log: undefined as never, mail: undefined as never }, account, AccountTokenPurpose.INVITE, 3600_000);
    await em.flush();

    const phone = await suite.page('phone');
    await phone.goto(`/accept-invite#token=${token}`);
    await expect.poll(() => phone.locator('h1').textContent()).toBe(en('setPassword.inviteTitle'));
    await expectAxeClean(phone, 'accept invitation');
    await checkTouchTargets(phone);
    await phone.locator('#password').fill('password1234');
    await phone.locator('#confirm').fill('password1234');
    await phone.getByRole('button', { name: en('setPassword.submit') }).click();
    await expect.poll(() => phone.locator('.error-summary a[href="#password"]').count()).toBe(1);
    await phone.locator('#password').fill('priya reads every word');
    await phone.locator('#confirm').fill('priya reads every word');
    await phone.getByRole('button', { name: en('setPassword.submit') }).click();
    await phone.waitForURL((url) => url.pathname === '/staff');

    await phone.goto('/staff/account');
    await phone.getByRole('button', { name: en('myAccount.mfa.start') }).click();
    const secret = (await phone.locator('code').textContent())!.trim();
    await expectAxeClean(phone, 'set up an authenticator app');
    await phone.locator('#mfaCode').fill(await generate({ secret }));
    await phone.getByRole('button', { name: en('myAccount.mfa.confirm') }).click();
    await expect.poll(() => phone.getByText(en('myAccount.mfa.on')).count()).toBe(1);
    const [row] = await suite.app.orm.em.fork().getConnection().execute(`select mfa_enabled_at from account where email = 'priya.shah@northbridge.example'`);
    expect(row.mfa_enabled_at).not.toBeNull();
  });

  test.each(['en', 'ur', 'pl'] as const)('the forgotten-password page and sign-in after a refused single sign-on are accessible on a phone in %s', async (language) => {
    const page = await suite.page('phone', language);
    await page.goto('/forgot-password');
    await expect.poll(() => page.locator('h1').textContent()).toBe(message(language, 'forgotPassword.title'));
    await expect.poll(() => page.locator('html').getAttribute('dir')).toBe(language === 'ur' ? 'rtl' : 'ltr');
    await expectAxeClean(page, `forgot password (${language})`);
    await page.goto('/sign-in?sso=no-account');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe(message(language, 'signIn.sso.no-account'));
    await expectAxeClean(page, `sign-in after single sign-on (${language})`);
    await checkTouchTargets(page);
  });
});
