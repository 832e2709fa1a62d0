import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../server/src/orm.js';
import { claimRun, tickJob, type Job } from '../server/src/shared/jobs.js';
import { memoryTransport, smtpTransport } from '../server/src/shared/mail.js';
import { startTestApp, type TestApp } from './support/app.js';
import { startSmtpServer } from './support/smtp.js';

let t: TestApp;
/** A second connection pool on the same database: another instance, as far as PostgreSQL can tell. */
let other: MikroORM;

beforeAll(async () => {
  t = await startTestApp({ seed: false });
  other = await openOrm(t.databaseUrl);
});
afterAll(async () => {
  await other.close();
  await t.close();
});

const HOUR = 3_600_000;

describe('background jobs', () => {
  it('fire once per period however many instances race for it', async () => {
    const job: Job = { name: 'race', everyMs: HOUR, run: async () => {} };
    const now = new Date('2026-12-01T09:00:00Z');
    const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => claimRun(i % 2 ? other : t.orm, job, now)));
    expect(wins.filter(Boolean)).toHaveLength(1);
    // Within the period nobody fires again; once it has passed, one does.
    expect(await claimRun(other, job, new Date(now.getTime() + HOUR - 1))).toBe(false);
    expect(await claimRun(t.orm, job, new Date(now.getTime() + HOUR))).toBe(true);
  });

  it('would fire many times without the conditional claim (the safeguard the test above relies on)', async () => {
    // The same upsert without its WHERE clause: every instance "wins".
    const naive = async (orm: MikroORM) =>
      (await orm.em.fork().getConnection().execute(
        `insert into job_run (name, last_run_at) values ('naive', now()) on conflict (name) do update set last_run_at = excluded.last_run_at returning name`,
      )).length === 1;
    const wins = await Promise.all(Array.from({ length: 20 }, (_, i) => naive(i % 2 ? other : t.orm)));
    expect(wins.filter(Boolean).length).toBeGreaterThan(1);
  });

  it('runs the job, with the moved clock, only in the instance that claimed the period', async () => {
    const seen: Date[] = [];
    const job: Job = { name: 'count', everyMs: HOUR, run: async ({ now }) => void seen.push(now) };
    const state = { config: t.config, log: (t.app as any).log, mail: memoryTransport() } as any;
    const now = new Date('2030-01-01T00:00:00Z');
    const fired = await Promise.all([tickJob(t.orm, state, job, now), tickJob(other, state, job, now)]);
    expect(fired.sort()).toEqual([false, true]);
    expect(seen).toEqual([now]);
  });
});

describe('mail over SMTP', () => {
  it('delivers to a real SMTP server, in any language', async () => {
    const smtp = await startSmtpServer();
    const transport = smtpTransport(smtp.url, 'Heard <no-reply@heard.invalid>');
    try {
      await transport.send({ to: 'lead@northbridge.example', subject: 'نئی تشویش', text: 'Zaloguj się do Heard, aby przeczytać.' });
      const mail = await smtp.waitFor((m) => m.to.includes('lead@northbridge.example'));
      expect(mail.subject).toBe('نئی تشویش');
      expect(mail.text.trim()).toBe('Zaloguj się do Heard, aby przeczytać.');
      expect(mail.from).toBe('no-reply@heard.invalid');
    } finally {
      transport.close();
      await smtp.close();
    }
  });
});
