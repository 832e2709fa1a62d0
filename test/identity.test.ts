import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../server/src/shared/audit-entry.entity.js';
import { startTestApp, type TestApp } from './support/app.js';

const SIGN_IN = `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id role displayName organisation { name } } }`;
const VIEWER = `{ viewer { id role displayName ageBand organisation { name } } }`;
const JOIN = `mutation($c: String!, $a: AgeBand) { joinWithCode(code: $c, ageBand: $a) { id role ageBand displayName organisation { name } } }`;
const CODES = `mutation($n: Int!, $d: Int) { createParticipantCodes(count: $n, expiresInDays: $d) }`;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('staff sign-in', () => {
  it('signs a member of staff in with a session cookie and shows them as the viewer', async () => {
    const agent = t.agent();
    const { signIn } = await agent.gql(SIGN_IN, { e: 'Practitioner@Northbridge.example', p: 'heard-demo' });
    expect(signIn).toMatchObject({ role: 'PRACTITIONER', organisation: { name: 'Northbridge Borough Council' } });
    const { viewer } = await agent.gql(VIEWER);
    expect(viewer.id).toBe(signIn.id);
  });

  it('sets the cookie httpOnly and SameSite=Lax', async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { e: 'admin@northbridge.example', p: 'heard-demo' } }),
    });
    const cookie = res.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^heard_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('answers a wrong password and an unknown email with the same coded error', async () => {
    const wrongPassword = await t.agent('10.0.0.1').fails(SIGN_IN, { e: 'admin@southmoor.example', p: 'nope' });
    const unknownEmail = await t.agent('10.0.0.1').fails(SIGN_IN, { e: 'nobody@southmoor.example', p: 'heard-demo' });
    expect(wrongPassword).toEqual(unknownEmail);
    expect(wrongPassword.code).toBe('BAD_USER_INPUT');
  });

  it('refuses an account after five failures, even with the right password, until the window passes', async () => {
    const email = 'commissioner@southmoor.example';
    for (let i = 0; i < 5; i++) {
      expect((await t.agent(`10.1.0.${i}`).fails(SIGN_IN, { e: email, p: `wrong-${i}` })).code).toBe('BAD_USER_INPUT');
    }
    const blocked = await t.agent('10.1.0.99').fails(SIGN_IN, { e: email, p: 'heard-demo' });
    expect(blocked.code).toBe('RATE_LIMITED');
    // Another account is not affected.
    await t.agent('10.1.0.99').signIn('practitioner@southmoor.example');
  });

  it('refuses an IP after fifty failures across accounts', async () => {
    const ip = '10.2.0.1';
    for (let i = 0; i < 50; i++) await t.agent(ip).fails(SIGN_IN, { e: `guess${i}@example.org`, p: 'x' });
    expect((await t.agent(ip).fails(SIGN_IN, { e: 'admin@northbridge.example', p: 'heard-demo' })).code).toBe('RATE_LIMITED');
    await t.agent('10.2.0.2').signIn('admin@northbridge.example');
  });

  it('ends the session on sign-out, so the old cookie no longer works', async () => {
    const agent = await t.staff('practitioner@northbridge.example');
    const cookie = agent.cookie;
    expect(await agent.gql(`mutation { signOut }`)).toEqual({ signOut: true });
    const replay = t.agent();
    replay.cookie = cookie;
    expect((await replay.gql(VIEWER)).viewer).toBeNull();
  });

  it('ends a session when it expires', async () => {
    const agent = await t.staff('practitioner@northbridge.example');
    await t.orm.em.fork().getConnection().execute(`update session set expires_at = now() - interval '1 second'`);
    expect((await agent.gql(VIEWER)).viewer).toBeNull();
  });

  it('audits each staff sign-in', async () => {
    const agent = await t.staff('safeguarding@northbridge.example');
    const { viewer } = await agent.gql(VIEWER);
    const entries = await t.orm.em.fork().find(AuditEntry, { targetId: viewer.id, action: 'signIn' });
    expect(entries.length).toBeGreaterThan(0);
  });
});

describe('joining with a code', () => {
  it('turns a single-use code into a pseudonymous participant session, once', async () => {
    const staff = await t.staff('practitioner@northbridge.example');
    const { createParticipantCodes: [code] } = await staff.gql(CODES, { n: 1 });
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const child = t.agent();
    const { joinWithCode } = await child.gql(JOIN, { c: code.toLowerCase().replace('-', ' '), a: 'AGE_8_TO_11' });
    expect(joinWithCode).toMatchObject({ role: 'PARTICIPANT', ageBand: 'AGE_8_TO_11', displayName: null, organisation: { name: 'Northbridge Borough Council' } });
    expect((await child.gql(VIEWER)).viewer.id).toBe(joinWithCode.id);
    expect((await t.agent().fails(JOIN, { c: code })).code).toBe('BAD_USER_INPUT');
  });

  it('lets exactly one of two phones racing for the same single-use code in', async () => {
    const staff = await t.staff('practitioner@northbridge.example');
    const { createParticipantCodes: [code] } = await staff.gql(CODES, { n: 1 });
    const results = await Promise.all(Array.from({ length: 8 }, () => t.agent().request(JOIN, { c: code })));
    expect(results.filter((r) => r.data?.joinWithCode).length).toBe(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'BAD_USER_INPUT').length).toBe(7);
  });

  it('lets a class of 30 join from one school IP in the same minute', async () => {
    const staff = await t.staff('practitioner@northbridge.example');
    const { createParticipantCodes: codes } = await staff.gql(CODES, { n: 30 });
    const results = await Promise.all(codes.map((c: string) => t.agent('192.0.2.30').request(JOIN, { c, a: 'AGE_12_TO_17' })));
    expect(results.every((r) => r.data?.joinWithCode?.role === 'PARTICIPANT')).toBe(true);
  });

  it('lets a class join after 20 mistyped codes from its school address', async () => {
    const ip = '192.0.2.20';
    const staff = await t.staff('practitioner@northbridge.example');
    const { createParticipantCodes: codes } = await staff.gql(CODES, { n: 25 });
    // Each child's first try is one character off (a typo of a real code).
    const typo = (code: string) => code.slice(0, 8) + (code[8] === '0' ? '1' : '0') + code.slice(9);
    for (const code of codes.slice(0, 20)) expect((await t.agent(ip).fails(JOIN, { c: typo(code) })).code).toBe('BAD_USER_INPUT');
    const results = await Promise.all(codes.map((c: string) => t.agent(ip).request(JOIN, { c, a: 'AGE_8_TO_11' })));
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? r.data?.joinWithCode?.role)).toEqual(codes.map(() => 'PARTICIPANT'));
  });

  it('rate-limits failed codes from one address after 100, and says so with RATE_LIMITED', async () => {
    const ip = '192.0.2.99';
    // Spread over prefixes, as guesses from one address would be, so only the address limit applies.
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    const guess = (i: number) => `${alphabet[i % 32]}${alphabet[Math.floor(i / 32) % 32]}ZZZ-ZZZZZ`;
    for (let i = 0; i < 100; i++) expect((await t.agent(ip).fails(JOIN, { c: guess(i) })).code).toBe('BAD_USER_INPUT');
    expect((await t.agent(ip).fails(JOIN, { c: guess(100) })).code).toBe('RATE_LIMITED');
    expect((await t.agent('192.0.2.100').fails(JOIN, { c: guess(101) })).code).toBe('BAD_USER_INPUT');
  });

  it('rate-limits guesses at one code prefix from many addresses after 10', async () => {
    // Prefixes starting with U, which no real code has (U is not in the code alphabet): a mistyped
    // real code in an earlier test can share any real prefix, and would count towards it.
    for (let i = 0; i < 10; i++) expect((await t.agent(`198.51.100.${i + 1}`).fails(JOIN, { c: `UU${String(i).padStart(3, '0')}-00000` })).code).toBe('BAD_USER_INPUT');
    expect((await t.agent('198.51.100.200').fails(JOIN, { c: 'UU999-00000' })).code).toBe('RATE_LIMITED');
    // Another prefix is unaffected.
    expect((await t.agent('198.51.100.201').fails(JOIN, { c: 'UA999-00000' })).code).toBe('BAD_USER_INPUT');
  });

  it('refuses an expired code', async () => {
    const staff = await t.staff('practitioner@northbridge.example');
    const { createParticipantCodes: [code] } = await staff.gql(CODES, { n: 1, d: 1 });
    await t.orm.em.fork().getConnection().execute(`update access_code set expires_at = now() - interval '1 minute'`);
    expect((await t.agent().fails(JOIN, { c: code })).code).toBe('BAD_USER_INPUT');
  });

  it('refuses code batches out of range, naming the field, and stores nothing', async () => {
    const staff = await t.staff('practitioner@northbridge.example');
    const before = await t.orm.em.fork().getConnection().execute('select count(*)::int as n from access_code');
    expect(await staff.fails(CODES, { n: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'count' });
    expect(await staff.fails(CODES, { n: 5, d: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresInDays' });
    const after = await t.orm.em.fork().getConnection().execute('select count(*)::int as n from access_code');
    expect(after[0].n).toBe(before[0].n);
  });

  it('audits code creation and stores only hashes of the codes', async () => {
    const staff = await t.staff('commissioner@northbridge.example');
    const { createParticipantCodes: codes } = await staff.gql(CODES, { n: 3 });
    const em = t.orm.em.fork();
    const entry = await em.findOne(AuditEntry, { action: 'createParticipantCodes', actor: { $like: 'Colin Price%' } });
    expect(entry?.details).toMatchObject({ count: 3 });
    const rows: Array<{ code_hash: string }> = await em.getConnection().execute('select code_hash from access_code');
    for (const code of codes) expect(rows.some((r) => r.code_hash.includes(code.replace('-', '')))).toBe(false);
  });
});

describe('staff accounts (ADMIN)', () => {
  const CREATE = `mutation($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { id email role active } }`;

  it('creates a staff account that can sign in, and deactivating it ends its sessions', async () => {
    const admin = await t.staff('admin@southmoor.example');
    const { createStaffAccount } = await admin.gql(CREATE, {
      i: { email: 'new.worker@southmoor.example', displayName: 'New Worker', role: 'PRACTITIONER', password: 'a-long-enough-password' },
    });
    expect(createStaffAccount).toMatchObject({ role: 'PRACTITIONER', active: true });
    const worker = await t.agent().signIn('new.worker@southmoor.example', 'a-long-enough-password');
    await admin.gql(`mutation($id: ID!) { deactivateStaffAccount(id: $id) { active } }`, { id: createStaffAccount.id });
    expect((await worker.gql(VIEWER)).viewer).toBeNull();
    const audit = await admin.gql(`query($id: ID!) { auditLog(targetId: $id) { edges { node { action actor } } } }`, { id: createStaffAccount.id });
    expect(audit.auditLog.edges.map((e: any) => e.node.action).sort()).toEqual(['createStaffAccount', 'deactivateStaffAccount', 'signIn']);
  });

  it('refuses a bad email and a short password, naming the field', async () => {
    const admin = await t.staff('admin@southmoor.example');
    // The starting password meets the same rule as any new password: not a well-known one.
    expect(await admin.fails(CREATE, { i: { email: 'y@southmoor.example', displayName: 'Y', role: 'PRACTITIONER', password: 'password1234' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect(await admin.fails(CREATE, { i: { email: 'not-an-email', displayName: 'X', role: 'PRACTITIONER', password: 'a-long-enough-password' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    expect(await admin.fails(CREATE, { i: { email: 'x@southmoor.example', displayName: 'X', role: 'PRACTITIONER', password: 'short' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect(await admin.fails(CREATE, { i: { email: 'x@southmoor.example', displayName: 'X', role: 'PARTICIPANT', password: 'a-long-enough-password' } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'role',
    });
  });

  it('refuses a duplicate email with CONFLICT', async () => {
    const admin = await t.staff('admin@southmoor.example');
    expect((await admin.fails(CREATE, { i: { email: 'admin@northbridge.example', displayName: 'X', role: 'PRACTITIONER', password: 'a-long-enough-password' } })).code).toBe('CONFLICT');
  });
});
