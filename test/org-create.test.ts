import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp.js';

const run = promisify(execFile);
let t: TestApp;
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ seed: false });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** Runs `npm run org:create` as whoever runs Heard would, against the test database and SMTP server. */
async function orgCreate(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', 'server/src/org-create.ts', ...args], {
      env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: t.databaseUrl, MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url, PUBLIC_URL: t.url, ...env },
      timeout: 150_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

describe('npm run org:create', () => {
  it('creates an organisation whose first admin is invited by email, accepts and signs in', async () => {
    const result = await orgCreate(['--name', 'Eastvale Council', '--admin-email', 'Jo@Eastvale.example', '--admin-name', 'Jo Bloggs']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created Eastvale Council');
    const mail = await smtp.waitFor((m) => m.to.includes('jo@eastvale.example'));
    expect(mail.subject).toContain('Eastvale Council');
    const token = /#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    const agent = t.agent();
    const { acceptInvite } = await agent.gql(`mutation($t: String!) { acceptInvite(token: $t, password: "eastvale admin passphrase") { role displayName organisation { name } } }`, { t: token });
    expect(acceptInvite).toEqual({ role: 'ADMIN', displayName: 'Jo Bloggs', organisation: { name: 'Eastvale Council' } });
    const { organisationSettings } = await agent.gql(`{ organisationSettings { suppressionThreshold requireStaffMfa } }`);
    expect(organisationSettings).toEqual({ suppressionThreshold: 10, requireStaffMfa: false });
    const audit = await t.orm.em.fork().getConnection().execute(`select actor from audit_entry where action = 'createOrganisation'`);
    expect(audit).toEqual([{ actor: 'system (org:create)' }]);
    // The command line starts a whole server's worth of modules with tsx: slow on a busy machine.
  }, 180_000);

  it('refuses an admin email already in use or a missing argument, creating nothing', async () => {
    const taken = await orgCreate(['--name', 'Westvale Council', '--admin-email', 'jo@eastvale.example']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('already has an account');
    const missing = await orgCreate(['--name', 'Northvale Council']);
    expect(missing.code).toBe(2);
    const rows = await t.orm.em.fork().getConnection().execute(`select name from organisation order by name`);
    expect(rows).toEqual([{ name: 'Eastvale Council' }]);
  }, 300_000);
});
