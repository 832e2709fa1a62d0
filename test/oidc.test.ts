import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setOidcClient } from '../server/src/identity/oidc.js';
import { Organisation } from '../server/src/identity/organisation.entity.js';
import { startTestApp, type Agent, type TestApp } from './support/app.js';
import { browse, CookieJar, startOpenIdProvider, type TestOpenIdProvider } from './support/oidc-provider.js';

const INVITE = `mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { id invitePending } }`;

let t: TestApp;
let op: TestOpenIdProvider;
let admin: Agent;
let northbridge: string;
let southmoor: string;
let counter = 0;

beforeAll(async () => {
  t = await startTestApp();
  // The app's own address is known only once it listens; links and the redirect URI use it.
  t.config.publicUrl = t.url;
  op = await startOpenIdProvider(`${t.url}/auth/oidc/callback`);
  admin = await t.staff('admin@northbridge.example');
  northbridge = (await admin.gql(`{ viewer { organisation { id } } }`)).viewer.organisation.id;
  southmoor = (await (await t.staff('admin@southmoor.example')).gql(`{ viewer { organisation { id } } }`)).viewer.organisation.id;
  const em = t.orm.em.fork();
  setOidcClient(await em.findOneOrFail(Organisation, northbridge), t.config.sessionSecret, { issuer: op.issuer, clientId: op.clientId, clientSecret: op.clientSecret });
  // A wrong issuer: the provider says it is 127.0.0.1, this organisation expects localhost.
  setOidcClient(await em.findOneOrFail(Organisation, southmoor), t.config.sessionSecret, {
    issuer: op.issuer.replace('127.0.0.1', 'localhost'),
    clientId: op.clientId,
    clientSecret: op.clientSecret,
  });
  await em.flush();
});
afterAll(async () => {
  await t.close();
  await op.close();
});

async function invitedEmail(): Promise<{ email: string; id: string }> {
  const email = `sso.${++counter}.${Date.now()}@northbridge.example`;
  const { inviteStaff } = await admin.gql(INVITE, { i: { email, displayName: 'Alex Khan', role: 'PRACTITIONER' } });
  return { email, id: inviteStaff.id };
}

const atApp = (paths: string[]) => (url: URL) => url.origin === t.url && paths.some((p) => url.pathname === p);

/** Walks start → provider → callback → app in one browser; returns where it ended and the browser's cookies. */
async function signInWithSso(organisation: string) {
  const jar = new CookieJar();
  const result = await browse(`${t.url}/auth/oidc/start?organisation=${organisation}`, jar, atApp(['/staff', '/sign-in']));
  return { ...result, jar };
}

function agentWith(jar: CookieJar): Agent {
  const agent = t.agent();
  const session = jar.get(t.url, 'heard_session');
  agent.cookie = session ? `heard_session=${session}` : '';
  return agent;
}

describe('single sign-on with the organisation’s OpenID provider', () => {
  it('signs an invited member of staff in with PKCE, state and nonce, and audits it', async () => {
    const { email, id } = await invitedEmail();
    op.signInAs({ email: email.toUpperCase(), emailVerified: true });
    const { url, visited, jar } = await signInWithSso(northbridge);
    expect(url.pathname).toBe('/staff');
    const authorize = visited.find((u) => u.origin === op.issuer && u.searchParams.has('code_challenge'))!;
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${t.url}/auth/oidc/callback`);
    const { viewer } = await agentWith(jar).gql(`{ viewer { id role } }`);
    expect(viewer).toEqual({ id, role: 'PRACTITIONER' });
    const { staffAccounts } = await admin.gql(`{ staffAccounts { id invitePending lastSignInAt } }`);
    expect(staffAccounts.find((s: any) => s.id === id)).toMatchObject({ invitePending: false, lastSignInAt: expect.any(String) });
    const audit = await t.orm.em.fork().getConnection().execute(`select details from audit_entry where target_id = ? and action = 'signInWithOidc'`, [id]);
    expect(audit).toEqual([{ details: { issuer: op.issuer } }]);
    // Only a hash of the state is kept.
    const rows = await t.orm.em.fork().getConnection().execute('select count(*)::int as n from oidc_login where state_hash = ?', [authorize.searchParams.get('state')]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses a replayed callback, even with the state cookie', async () => {
    const { email } = await invitedEmail();
    op.signInAs({ email, emailVerified: true });
    const jar = new CookieJar();
    const toCallback = await browse(`${t.url}/auth/oidc/start?organisation=${northbridge}`, jar, atApp(['/auth/oidc/callback']));
    const callback = toCallback.url;
    const state = jar.get(t.url, 'heard_oidc_state')!;
    const first = await fetch(callback, { redirect: 'manual', headers: { cookie: `heard_oidc_state=${state}` } });
    expect(first.headers.get('location')).toBe('/staff');
    const replay = await fetch(callback, { redirect: 'manual', headers: { cookie: `heard_oidc_state=${state}` } });
    expect(replay.headers.get('location')).toBe('/sign-in?sso=expired');
    expect(replay.headers.getSetCookie().some((c) => c.startsWith('heard_session='))).toBe(false);
  });

  it('refuses a callback in a browser that did not start the sign-in', async () => {
    const { email } = await invitedEmail();
    op.signInAs({ email, emailVerified: true });
    const toCallback = await browse(`${t.url}/auth/oidc/start?organisation=${northbridge}`, new CookieJar(), atApp(['/auth/oidc/callback']));
    const elsewhere = await fetch(toCallback.url, { redirect: 'manual' });
    expect(elsewhere.headers.get('location')).toBe('/sign-in?sso=expired');
  });

  it('refuses an email the provider has not verified', async () => {
    const { email, id } = await invitedEmail();
    op.signInAs({ email, emailVerified: false });
    const { url, jar } = await signInWithSso(northbridge);
    expect(url.href).toBe(`${t.url}/sign-in?sso=unverified`);
    expect(jar.get(t.url, 'heard_session')).toBeUndefined();
    const rows = await t.orm.em.fork().getConnection().execute(`select count(*)::int as n from audit_entry where target_id = ? and action = 'signInWithOidc'`, [id]);
    expect(rows[0].n).toBe(0);
  });

  it('never creates an account for a verified email nobody invited', async () => {
    const email = `stranger.${Date.now()}@northbridge.example`;
    op.signInAs({ email, emailVerified: true });
    const { url } = await signInWithSso(northbridge);
    expect(url.href).toBe(`${t.url}/sign-in?sso=no-account`);
    const rows = await t.orm.em.fork().getConnection().execute('select count(*)::int as n from account where email = ?', [email]);
    expect(rows[0].n).toBe(0);
  });

  it('refuses a provider that is not the configured issuer', async () => {
    op.signInAs({ email: 'admin@southmoor.example', emailVerified: true });
    const { url, jar } = await signInWithSso(southmoor);
    expect(url.href).toBe(`${t.url}/sign-in?sso=unavailable`);
    expect(jar.get(t.url, 'heard_session')).toBeUndefined();
  });

  it('refuses an organisation without single sign-on, or no organisation', async () => {
    const unknown = await fetch(`${t.url}/auth/oidc/start?organisation=00000000-0000-4000-8000-000000000000`, { redirect: 'manual' });
    expect(unknown.headers.get('location')).toBe('/sign-in?sso=unavailable');
    const none = await fetch(`${t.url}/auth/oidc/start`, { redirect: 'manual' });
    expect(none.headers.get('location')).toBe('/sign-in?sso=unavailable');
  });
});
