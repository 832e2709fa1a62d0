import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from './support/db.js';
import { Agent } from './support/app.js';

const root = join(import.meta.dirname, '..');
const running: ChildProcess[] = [];
afterAll(() => running.forEach((p) => p.kill('SIGKILL')));

/** Runs the server as `npm start` does (or as `args` say) and waits for its ready line. */
function boot(env: Record<string, string>, args = ['--import', 'tsx', 'server/src/main.ts']): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', NODE_ENV: 'development', ...env },
  });
  running.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ready line in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Heard is ready at (http:\/\/\S+?)\/? /);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1].replace(/\/$/, ''), output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', (code) => resolve(code))));
}

describe('npm start', () => {
  it('starts embedded PostgreSQL, migrates, loads the demo world, serves API and client on one port, and stops cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'heard-boot-'));
    try {
      const { child, url, output } = await boot({ DATA_DIR: dataDir });
      expect(output()).toMatch(/admin@northbridge\.example/);
      expect(output()).toMatch(/password "heard-demo"/);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      const page = await fetch(`${url}/staff/anything`);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      expect(await page.text()).toMatch(/<div id="root">/);
      await new Agent(url).signIn('commissioner@southmoor.example');
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
      expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

      // A second start reuses the data and does not seed twice.
      const again = await boot({ DATA_DIR: dataDir });
      expect(again.output()).not.toMatch(/demo data loaded/);
      const admin = await new Agent(again.url).signIn('admin@northbridge.example');
      expect((await admin.gql('{ services { name } }')).services.length).toBe(4);
      again.child.kill('SIGKILL');
      await exited(again.child);
      // After a SIGKILL the embedded server is left running; the next start must cope.
      const third = await boot({ DATA_DIR: dataDir });
      expect((await fetch(`${third.url}/readyz`)).status).toBe(200);
      third.child.kill('SIGTERM');
      expect(await exited(third.child)).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('uses DATABASE_URL when it is set, without starting embedded PostgreSQL', async () => {
    const db = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'heard-boot-url-'));
    try {
      const { child, url, output } = await boot({ DATABASE_URL: db.url, DATA_DIR: dataDir });
      expect(output()).toMatch(/Database: DATABASE_URL/);
      expect(existsSync(join(dataDir, 'postgres'))).toBe(false);
      await new Agent(url).signIn('admin@northbridge.example');
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
    } finally {
      await db.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);

  it('builds and starts as the image runs it: the compiled server, with what it reads beside its code', async () => {
    const build = spawnSync('npm', ['run', 'build', '-w', 'server'], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const db = await createTestDatabase();
    try {
      const production = { DATABASE_URL: db.url, NODE_ENV: 'production', SESSION_SECRET: 'z'.repeat(40), HOST: '127.0.0.1' };
      const { child, url } = await boot(production, ['server/dist/main.js']);
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
    } finally {
      await db.drop();
    }
  }, 120_000);

  it('never loads demo data in production', async () => {
    const db = await createTestDatabase();
    try {
      const { child, url, output } = await boot({ DATABASE_URL: db.url, NODE_ENV: 'production', SESSION_SECRET: 'z'.repeat(40), HOST: '127.0.0.1' });
      expect(output()).not.toMatch(/Demo sign-ins/);
      expect((await new Agent(url).fails('mutation { signIn(email: "admin@northbridge.example", password: "heard-demo") { id } }')).code).toBe('BAD_USER_INPUT');
      child.kill('SIGTERM');
      await exited(child);
    } finally {
      await db.drop();
    }
  }, 90_000);
});
