import { generate, generateSecret } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';

const INVITE = `mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id email displayName role active invitePending mfaEnabled lastSignInAt } }`;
const ACCEPT = `mutation($t: String!, $p: String!) { acceptInvite(token: $t, password: $p) { id role displayName organisation { name } } }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) { id } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const SET_ROLE = `mutation($id: ID!, $r: Role!) { setStaffRole(id: $id, role: $r) { id role } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateStaffAccount(id: $id) { id active } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateStaffAccount(id: $id) { id active } }`;
const SIGN_IN = `mutation($e: String!, $p: String!, $c: String) { signIn(email: $e, password: $p, mfaCode: $c) { id role mfaEnabled } }`;
const START_MFA = `mutation { startMfaEnrolment { secret otpauthUrl } }`;
const CONFIRM_MFA = `mutation($c: String!) { confirmMfaEnrolment(code: $c) }`;
const RESET_MFA = `mutation($id: ID!) { resetStaffMfa(id: $id) { id mfaEnabled } }`;
const VIEWER = `{ viewer { id role } }`;
const PASSWORD = 'correct horse battery staple';

let t: TestApp;
let smtp: TestSmtpServer;
let admin: Agent;
let counter = 0;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ env: { MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url, MAIL_FROM: 'Heard <heard@northbridge.example>', PUBLIC_URL: 'https://heard.northbridge.example' } });
  admin = await t.staff('admin@northbridge.example');
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const uniqueEmail = (name: string) => `${name}.${++counter}.${Date.now()}@northbridge.example`;

/** The token in the newest email to this address whose subject matches. */
async function tokenFrom(email: string, subject: RegExp, after = 0): Promise<string> {
  const mail = await smtp.waitFor((m) => m.to.includes(email) && subject.test(m.subject) && smtp.messages.indexOf(m) >= after);
  const match = /#token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`No link in: ${mail.text}`);
  return match[1];
}

async function invited(role = 'PRACTITIONER'): Promise<{ email: string; id: string; token: string }> {
  const email = uniqueEmail('new');
  const before = smtp.messages.length;
  const { inviteStaff } = await admin.gql(INVITE, { i: { email, displayName: 'Sam Patel', role } });
  return { email, id: inviteStaff.id, token: await tokenFrom(email, /invited/, before) };
}

async function joined(role = 'PRACTITIONER'): Promise<{ email: string; id: string; agent: Agent }> {
  const { email, id, token } = await invited(role);
  const agent = t.agent();
  await agent.gql(ACCEPT, { t: token, p: PASSWORD });
  return { email, id, agent };
}

async function audit(targetId: string, action: string): Promise<Array<{ actor: string; details: any }>> {
  return t.orm.em.fork().getConnection().execute('select actor, details from audit_entry where target_id = ? and action = ? order by at', [targetId, action]);
}

describe('inviteStaff and acceptInvite', () => {
  it('emails an invitation over SMTP that is accepted once and then used to sign in', async () => {
    const email = uniqueEmail('sam');
    const { inviteStaff } = await admin.gql(INVITE, { i: { email, displayName: 'Sam Patel', role: 'COMMISSIONER' } });
    expect(inviteStaff).toMatchObject({ email, role: 'COMMISSIONER', active: true, invitePending: true, mfaEnabled: false, lastSignInAt: null });
    const mail = await smtp.waitFor((m) => m.to.includes(email));
    expect(mail.from).toBe('heard@northbridge.example');
    expect(mail.subject).toContain('Northbridge Borough Council');
    expect(mail.text).toContain('https://heard.northbridge.example/accept-invite#token=');
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];

    const agent = t.agent();
    const { acceptInvite } = await agent.gql(ACCEPT, { t: token, p: PASSWORD });
    expect(acceptInvite).toMatchObject({ id: inviteStaff.id, role: 'COMMISSIONER', organisation: { name: 'Northbridge Borough Council' } });
    expect((await agent.gql(VIEWER)).viewer.id).toBe(inviteStaff.id);
    expect(await t.agent().fails(ACCEPT, { t: token, p: PASSWORD })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });

    const again = t.agent();
    await again.gql(SIGN_IN, { e: email, p: PASSWORD });
    const { staffAccounts } = await admin.gql(`{ staffAccounts { id invitePending lastSignInAt } }`);
    const row = staffAccounts.find((s: any) => s.id === inviteStaff.id);
    expect(row.invitePending).toBe(false);
    expect(row.lastSignInAt).toBeTruthy();
    expect(await audit(inviteStaff.id, 'inviteStaff')).toHaveLength(1);
    expect(await audit(inviteStaff.id, 'acceptInvite')).toHaveLength(1);
  });

  it('stores only a hash of the link token', async () => {
    const { token } = await invited();
    const rows = await t.orm.em.fork().getConnection().execute(`select count(*)::int as n from account_token where token_hash = ?`, [token]);
    expect(rows[0].n).toBe(0);
    const dump = await t.orm.em.fork().getConnection().execute(`select token_hash from account_token`);
    expect(JSON.stringify(dump)).not.toContain(token);
  });

  it('refuses a short or common password without using up the link', async () => {
    const { token } = await invited();
    expect(await t.agent().fails(ACCEPT, { t: token, p: 'short-pass' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await t.agent().fails(ACCEPT, { t: token, p: 'qwerty123456' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await t.agent().fails(ACCEPT, { t: token, p: 'PASSWORD1234' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    await t.agent().gql(ACCEPT, { t: token, p: PASSWORD });
  });

  it('refuses an expired invitation', async () => {
    const { token, id } = await invited();
    await t.orm.em.fork().getConnection().execute(`update account_token set expires_at = now() - interval '1 second' where account_id = ?`, [id]);
    expect(await t.agent().fails(ACCEPT, { t: token, p: PASSWORD })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('invites a pending address again with a new link (the old one stops working), never a second account', async () => {
    const first = await invited();
    const before = smtp.messages.length;
    const { inviteStaff } = await admin.gql(INVITE, { i: { email: first.email, displayName: 'Sam Patel', role: 'PRACTITIONER' } });
    expect(inviteStaff.id).toBe(first.id);
    const second = await tokenFrom(first.email, /invited/, before);
    expect(second).not.toBe(first.token);
    expect((await t.agent().fails(ACCEPT, { t: first.token, p: PASSWORD })).field).toBe('token');
    await t.agent().gql(ACCEPT, { t: second, p: PASSWORD });
  });

  it('refuses an address that already has an account, non-staff roles, and anyone but an admin', async () => {
    expect(await admin.fails(INVITE, { i: { email: 'commissioner@northbridge.example', displayName: 'X', role: 'PRACTITIONER' } })).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(await admin.fails(INVITE, { i: { email: 'admin@southmoor.example', displayName: 'X', role: 'PRACTITIONER' } })).toMatchObject({ code: 'CONFLICT', field: 'email' });
    expect(await admin.fails(INVITE, { i: { email: uniqueEmail('x'), displayName: 'X', role: 'PARTICIPANT' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    expect(await admin.fails(INVITE, { i: { email: 'not-an-email', displayName: 'X', role: 'PRACTITIONER' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const commissioner = await t.staff('commissioner@northbridge.example');
    expect((await commissioner.fails(INVITE, { i: { email: uniqueEmail('y'), displayName: 'Y', role: 'PRACTITIONER' } })).code).toBe('FORBIDDEN');
  });
});

describe('password reset and change', () => {
  it('always answers true, emailing a one-hour link only to an existing member of staff', async () => {
    const { email, id } = await joined();
    const before = smtp.messages.length;
    expect(await t.agent().gql(REQUEST_RESET, { e: 'nobody@northbridge.example' })).toEqual({ requestPasswordReset: true });
    expect(await t.agent().gql(REQUEST_RESET, { e: email.toUpperCase() })).toEqual({ requestPasswordReset: true });
    const token = await tokenFrom(email, /Reset/, before);
    expect(smtp.messages.slice(before).some((m) => m.to.includes('nobody@northbridge.example'))).toBe(false);
    const [row] = await t.orm.em.fork().getConnection().execute(`select extract(epoch from expires_at - created_at)::int as ttl from account_token where account_id = ? and purpose = 'RESET'`, [id]);
    expect(row.ttl).toBe(3600);
    expect(token).toBeTruthy();
  });

  it('resets the password once and ends every session of the account', async () => {
    const { email, id, agent } = await joined();
    const before = smtp.messages.length;
    await t.agent().gql(REQUEST_RESET, { e: email });
    const token = await tokenFrom(email, /Reset/, before);
    const fresh = t.agent();
    await fresh.gql(RESET, { t: token, p: 'a whole new passphrase' });
    expect((await fresh.gql(VIEWER)).viewer.id).toBe(id);
    expect((await agent.gql(VIEWER)).viewer).toBeNull();
    expect((await t.agent().fails(RESET, { t: token, p: 'another new passphrase' })).field).toBe('token');
    expect((await t.agent().fails(SIGN_IN, { e: email, p: PASSWORD })).code).toBe('BAD_USER_INPUT');
    await t.agent().gql(SIGN_IN, { e: email, p: 'a whole new passphrase' });
    expect(await audit(id, 'resetPassword')).toHaveLength(1);
  });

  it('changes a password after checking the current one, ending other sessions but not this one', async () => {
    const { email, id, agent } = await joined();
    const other = t.agent();
    await other.gql(SIGN_IN, { e: email, p: PASSWORD });
    expect(await agent.fails(CHANGE, { c: 'not my password', n: 'brand new passphrase' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(await agent.fails(CHANGE, { c: PASSWORD, n: '1q2w3e4r5t6y' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(await agent.gql(CHANGE, { c: PASSWORD, n: 'brand new passphrase' })).toEqual({ changePassword: true });
    expect((await agent.gql(VIEWER)).viewer.id).toBe(id);
    expect((await other.gql(VIEWER)).viewer).toBeNull();
    await t.agent().gql(SIGN_IN, { e: email, p: 'brand new passphrase' });
    expect(await audit(id, 'changePassword')).toHaveLength(1);
    expect((await t.agent().fails(CHANGE, { c: PASSWORD, n: 'brand new passphrase' })).code).toBe('UNAUTHENTICATED');
  });
});

describe('roles and reactivation', () => {
  it('changes a member of staff’s role at once, audited before and after', async () => {
    const { id, agent } = await joined('PRACTITIONER');
    const { setStaffRole } = await admin.gql(SET_ROLE, { id, r: 'COMMISSIONER' });
    expect(setStaffRole.role).toBe('COMMISSIONER');
    expect((await agent.gql(VIEWER)).viewer.role).toBe('COMMISSIONER');
    expect((await audit(id, 'setStaffRole'))[0].details).toEqual({ before: { role: 'PRACTITIONER' }, after: { role: 'COMMISSIONER' } });
  });

  it('refuses an admin’s own role, non-staff roles, another organisation and non-admins', async () => {
    const { viewer } = await admin.gql(VIEWER);
    expect(await admin.fails(SET_ROLE, { id: viewer.id, r: 'PRACTITIONER' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const { id } = await joined();
    expect(await admin.fails(SET_ROLE, { id, r: 'FORUM_MEMBER' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
    const southmoor = await t.staff('admin@southmoor.example');
    expect((await southmoor.fails(SET_ROLE, { id, r: 'ADMIN' })).code).toBe('NOT_FOUND');
    const commissioner = await t.staff('commissioner@northbridge.example');
    expect((await commissioner.fails(SET_ROLE, { id, r: 'ADMIN' })).code).toBe('FORBIDDEN');
  });

  it('brings a deactivated account back so it can sign in again, audited once', async () => {
    const { email, id } = await joined();
    await admin.gql(DEACTIVATE, { id });
    expect((await t.agent().fails(SIGN_IN, { e: email, p: PASSWORD })).code).toBe('BAD_USER_INPUT');
    expect(await admin.gql(REACTIVATE, { id })).toEqual({ reactivateStaffAccount: { id, active: true } });
    expect(await admin.gql(REACTIVATE, { id })).toEqual({ reactivateStaffAccount: { id, active: true } });
    await t.agent().gql(SIGN_IN, { e: email, p: PASSWORD });
    expect(await audit(id, 'reactivateStaffAccount')).toHaveLength(1);
    const southmoor = await t.staff('admin@southmoor.example');
    expect((await southmoor.fails(REACTIVATE, { id })).code).toBe('NOT_FOUND');
  });
});

describe('second factor', () => {
  async function enrolled(): Promise<{ email: string; id: string; agent: Agent; secret: string }> {
    const { email, id, agent } = await joined();
    const { startMfaEnrolment } = await agent.gql(START_MFA);
    expect(startMfaEnrolment.otpauthUrl).toMatch(/^otpauth:\/\/totp\/Heard:/);
    expect(await agent.fails(CONFIRM_MFA, { c: '000000' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(await agent.gql(CONFIRM_MFA, { c: await generate({ secret: startMfaEnrolment.secret }) })).toEqual({ confirmMfaEnrolment: true });
    return { email, id, agent, secret: startMfaEnrolment.secret };
  }

  it('asks for a code once an authenticator app is set up, and never accepts the same code twice', async () => {
    const { email, secret, id } = await enrolled();
    expect(await t.agent().fails(SIGN_IN, { e: email, p: PASSWORD })).toMatchObject({ code: 'MFA_REQUIRED', field: 'mfaCode' });
    expect((await t.agent().fails(SIGN_IN, { e: email, p: PASSWORD, c: '123456' })).code).toBe('MFA_REQUIRED');
    // The code used to confirm enrolment is spent: wait for the next one.
    const used = await generate({ secret });
    expect((await t.agent().fails(SIGN_IN, { e: email, p: PASSWORD, c: used })).code).toBe('MFA_REQUIRED');
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const { signIn } = await t.agent().gql(SIGN_IN, { e: email, p: PASSWORD, c: next });
    expect(signIn).toMatchObject({ id, mfaEnabled: true });
    expect((await t.agent().fails(SIGN_IN, { e: email, p: PASSWORD, c: next })).code).toBe('MFA_REQUIRED');
    expect(await audit(id, 'enableMfa')).toHaveLength(1);
  });

  it('lets an admin reset a lost phone, audited, after which the password alone signs in', async () => {
    const { email, id } = await enrolled();
    expect(await admin.gql(RESET_MFA, { id })).toEqual({ resetStaffMfa: { id, mfaEnabled: false } });
    await t.agent().gql(SIGN_IN, { e: email, p: PASSWORD });
    expect(await audit(id, 'resetStaffMfa')).toHaveLength(1);
    const southmoor = await t.staff('admin@southmoor.example');
    expect((await southmoor.fails(RESET_MFA, { id })).code).toBe('NOT_FOUND');
  });

  it('makes everyone set one up when the organisation requires it', async () => {
    const { email, id } = await joined();
    const southmoorStaff = await t.staff('practitioner@southmoor.example');
    await admin.gql(`mutation { updateOrganisationSettings(input: { requireStaffMfa: true }) { requireStaffMfa } }`);
    try {
      const refused = await t.agent().request(SIGN_IN, { e: email, p: PASSWORD });
      expect(refused.errors?.[0].extensions?.code).toBe('MFA_REQUIRED');
      const enrolment = refused.errors?.[0].extensions?.enrolment as { secret: string; otpauthUrl: string };
      expect(enrolment.otpauthUrl).toContain(encodeURIComponent(email).replace(/%40/, '@').split('@')[0]);
      // Asking again shows the same secret, so an app already set up keeps working.
      const again = await t.agent().request(SIGN_IN, { e: email, p: PASSWORD });
      expect((again.errors?.[0].extensions?.enrolment as any).secret).toBe(enrolment.secret);
      // A wrong password never reveals a secret.
      const wrong = await t.agent().request(SIGN_IN, { e: email, p: 'not the password' });
      expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0].extensions?.enrolment).toBeUndefined();
      const { signIn } = await t.agent().gql(SIGN_IN, { e: email, p: PASSWORD, c: await generate({ secret: enrolment.secret }) });
      expect(signIn).toMatchObject({ id, mfaEnabled: true });
      // Another organisation is not affected.
      expect((await southmoorStaff.gql(VIEWER)).viewer).toBeTruthy();
      await t.agent().gql(SIGN_IN, { e: 'commissioner@southmoor.example', p: 'heard-demo' });
      // A secret made elsewhere is not accepted.
      expect((await t.agent().fails(SIGN_IN, { e: email, p: PASSWORD, c: await generate({ secret: generateSecret() }) })).code).toBe('MFA_REQUIRED');
    } finally {
      await admin.gql(`mutation { updateOrganisationSettings(input: { requireStaffMfa: false }) { requireStaffMfa } }`);
    }
  });
});
