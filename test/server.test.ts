import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';

let t: TestApp;
let prod: TestApp;
beforeAll(async () => {
  [t, prod] = await Promise.all([
    startTestApp(),
    startTestApp({ seed: false, env: { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), LOG_LEVEL: 'silent' } }),
  ]);
});
afterAll(() => Promise.all([t.close(), prod.close()]));

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('HTTP hardening', () => {
  it('answers health and readiness checks', async () => {
    expect(await (await fetch(`${t.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ database: 'up' });
  });

  it('marks API responses no-store and sends security headers with a self-only content policy', async () => {
    const res = await post(t.url, { query: '{ viewer { id } }' });
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
  });

  it('blocks a simple cross-site GET (CSRF prevention)', async () => {
    const res = await fetch(`${t.url}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`);
    expect(res.status).toBe(400);
  });

  it('refuses batched requests', async () => {
    const res = await post(t.url, [{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]);
    expect(res.status).toBe(400);
  });

  it('refuses a request body over the limit', async () => {
    const res = await post(t.url, { query: `{ viewer { id } }`, variables: { pad: 'x'.repeat(300 * 1024) } });
    expect(res.status).toBe(413);
  });

  it('refuses queries that alias too much or are too long', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: viewer { id }`).join(' ');
    expect((await (await post(t.url, { query: `{ ${aliases} }` })).json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const tokens = Array.from({ length: 1200 }, () => 'id').join(' ');
    expect((await (await post(t.url, { query: `{ viewer { ${tokens} } }` })).json()).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await (await post(t.url, { query: '{ a: viewer { id } b: viewer { id } }' })).json()).errors).toBeUndefined();
  });

  it('names the field of a validation failure', async () => {
    const admin = await t.staff('admin@northbridge.example');
    expect(await admin.fails(`mutation { createService(name: "") { id } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('refuses a malformed page cursor with a coded error', async () => {
    const admin = await t.staff('admin@northbridge.example');
    expect(await admin.fails(`{ auditLog(after: "bm90LWEtY3Vyc29y") { edges { cursor } } }`)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('logs and masks unexpected errors, and keeps coded ones', async () => {
    const { formatError, notFound } = await import('../server/src/shared/errors.js');
    const logged: unknown[] = [];
    const secret = new Error('relation "x" does not exist at /srv/heard');
    const masked = formatError({ message: secret.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['...'] } }, secret, (e) => logged.push(e));
    expect(masked).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(masked.message).not.toMatch(/relation/);
    expect(logged).toEqual([secret]);
    const coded = notFound('Survey');
    expect(formatError({ message: coded.message, extensions: coded.extensions }, coded, () => {})).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });
});

describe('production settings', () => {
  it('turns introspection off and hides field suggestions', async () => {
    const introspection = await (await post(prod.url, { query: '{ __schema { types { name } } }' })).json();
    expect(introspection.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await (await post(prod.url, { query: '{ viewr { id } }' })).json();
    expect(JSON.stringify(typo)).not.toMatch(/Did you mean/);
    const devTypo = await (await post(t.url, { query: '{ viewr { id } }' })).json();
    expect(JSON.stringify(devTypo)).toMatch(/Did you mean/);
  });

  it('refuses to start without a SESSION_SECRET', async () => {
    const { loadConfig } = await import('../server/src/config.js');
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'y'.repeat(32) })).toMatchObject({ seedDemo: false, secureCookies: true });
  });

  it('marks the session cookie Secure in production', async () => {
    const { Account } = await import('../server/src/identity/account.entity.js');
    const { Organisation } = await import('../server/src/identity/organisation.entity.js');
    const { hashPassword } = await import('../server/src/identity/identity.service.js');
    const { Role } = await import('../server/src/shared/enums.js');
    const em = prod.orm.em.fork();
    const org = new Organisation('Prod Council');
    const admin = new Account(org, Role.ADMIN);
    admin.email = 'admin@prod.example';
    admin.passwordHash = await hashPassword('a-long-production-password');
    await em.persist([org, admin]).flush();
    const res = await post(prod.url, { query: 'mutation { signIn(email: "admin@prod.example", password: "a-long-production-password") { id } }' });
    expect(res.headers.getSetCookie()[0]).toMatch(/; Secure/);
  });
});
