import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../server/src/app.js';
import { expireBackups } from '../server/src/backup.js';
import { openOrm } from '../server/src/orm.js';
import { Agent, startTestApp, type TestApp } from './support/app.js';
import { adminQuery } from './support/db.js';
import { withDatabase } from './support/global-setup.js';
import { answeredSurvey, theme } from './support/trace-factories.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'heard-backup-'));
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Every table's row count: a restore that lost or doubled anything shows here. */
async function tableCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
    const counts: Record<string, number> = {};
    for (const { table_name } of rows) counts[table_name] = Number((await client.query(`select count(*) from "${table_name}"`)).rows[0].count);
    return counts;
  } finally {
    await client.end();
  }
}

const npm = (script: string, args: string[], env: Record<string, string>) =>
  run('npm', ['run', '--silent', script, '--', ...args], { cwd: process.cwd(), env: { ...process.env, ...env }, timeout: 120_000 });

// Two pg_dump/pg_restore runs through npm and tsx: slow on a busy machine.
describe('backup and restore', { timeout: 180_000 }, () => {
  it('restores into a fresh database on which Heard starts with every count and trace intact', async () => {
    const commissioner = await t.staff('commissioner@northbridge.example');
    const { answers } = await answeredSurvey(t, commissioner, ['the bus to the hub takes an hour', 'please open later']);
    const themeId = await theme(commissioner, 'Getting there', { inputIds: [answers[0].inputId] });
    await t.agent().gql(`mutation($c: String!) { eraseMyWords(code: $c) }`, { c: answers[1].receiptCode });
    const TRACE = `query($id: ID!) { trace(inputId: $id) { input { id text erased } themes { id label } links { kind fromId toId } } }`;
    const traceBefore = (await commissioner.gql(TRACE, { id: answers[0].inputId })).trace;
    const countsBefore = await tableCounts(t.databaseUrl);
    expect(countsBefore.voice_input).toBeGreaterThan(0);

    const file = join(dir, 'heard-test.dump');
    await npm('backup', [file], { DATABASE_URL: t.databaseUrl });
    expect(existsSync(file)).toBe(true);

    const fresh = `heard_restore_${randomBytes(5).toString('hex')}`;
    await adminQuery(inject('adminUrl'), `create database ${fresh}`);
    const freshUrl = withDatabase(inject('adminUrl'), fresh);
    try {
      await npm('restore', [file], { DATABASE_URL: freshUrl });
      expect(await tableCounts(freshUrl)).toEqual(countsBefore);

      // Heard starts on it (migrations find nothing to do) and answers as before.
      const orm = await openOrm(freshUrl);
      const app = await createApp({ orm, config: t.config });
      await app.listen({ port: 0, host: '127.0.0.1' });
      try {
        const address = app.server.address();
        const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
        const staff = await new Agent(url).signIn('commissioner@northbridge.example');
        expect((await staff.gql(TRACE, { id: answers[0].inputId })).trace).toEqual(traceBefore);
        const erased = await staff.gql(`query($id: ID!) { trace(inputId: $id) { input { text erased } } }`, { id: answers[1].inputId });
        expect(erased.trace.input).toEqual({ text: null, erased: true });
        expect((await staff.gql(`query($id: ID!) { theme(id: $id) { inputCount } }`, { id: themeId })).theme.inputCount).toBe(1);
      } finally {
        await app.close();
        await orm.close();
      }
      // Restoring over a database that holds data is refused (nothing is overwritten by mistake).
      await expect(npm('restore', [file], { DATABASE_URL: freshUrl })).rejects.toMatchObject({ stderr: expect.stringMatching(/not empty/) });
    } finally {
      await adminQuery(inject('adminUrl'), `drop database if exists ${fresh} with (force)`);
    }
  });

  it('deletes backups older than the keep period, so erased words leave the backups too', () => {
    const backups = join(dir, 'expiry');
    rmSync(backups, { recursive: true, force: true });
    mkdirSync(backups);
    const old = join(backups, 'heard-20260101T000000Z.dump');
    const recent = join(backups, 'heard-20261201T000000Z.dump');
    const other = join(backups, 'notes.txt');
    for (const f of [old, recent, other]) writeFileSync(f, 'x');
    const now = Date.now();
    utimesSync(old, new Date(now - 40 * 86400_000), new Date(now - 40 * 86400_000));
    utimesSync(other, new Date(now - 40 * 86400_000), new Date(now - 40 * 86400_000));
    expect(expireBackups(backups, 35, now)).toEqual([old]);
    expect([existsSync(old), existsSync(recent), existsSync(other)]).toEqual([false, true, true]);
  });
});
