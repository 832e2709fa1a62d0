/**
 * npm run backup [-- file]        dumps Heard's database (DATABASE_URL, or the embedded one under
 *                                 DATA_DIR) to file, default DATA_DIR/backups/heard-<time>.dump,
 *                                 then deletes backups there older than BACKUP_KEEP_DAYS (35).
 * npm run restore -- file [--replace]
 *                                 restores a dump into that database; it must be empty unless
 *                                 --replace (which drops and re-creates it: stop Heard first).
 */
import { join, resolve } from 'node:path';
import { backupDatabase, backupFileName, ensureDir, expireBackups, recreateDatabase, restoreDatabase, runningEmbeddedPort } from './backup.js';
import { startEmbeddedPostgres, type Database } from './database.js';

const [command, ...rest] = process.argv.slice(2);
const replace = rest.includes('--replace');
const fileArg = rest.find((a) => !a.startsWith('--'));
const dataDir = resolve(process.env.DATA_DIR || '.data');
const keepDays = Number(process.env.BACKUP_KEEP_DAYS || 35);

/** Heard's database: DATABASE_URL, the embedded server if Heard is running, or the embedded one started for this. */
async function database(): Promise<Database> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const port = runningEmbeddedPort(join(dataDir, 'postgres'));
  if (port) return { url: `postgres://heard:heard@127.0.0.1:${port}/heard`, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir, persistent: true });
}

async function main(): Promise<void> {
  if (command !== 'backup' && command !== 'restore') throw new Error('Usage: backup-main.ts backup [file] | restore <file> [--replace]');
  if (!Number.isInteger(keepDays) || keepDays < 1) throw new Error('BACKUP_KEEP_DAYS must be a whole number of days, at least 1.');
  const db = await database();
  try {
    if (command === 'backup') {
      const dir = join(dataDir, 'backups');
      const file = resolve(fileArg ?? join(dir, backupFileName()));
      ensureDir(resolve(file, '..'));
      await backupDatabase(db.url, file);
      console.log(`Backed up to ${file}`);
      for (const old of expireBackups(dir, keepDays)) console.log(`Deleted ${old} (older than ${keepDays} days)`);
    } else {
      if (!fileArg) throw new Error('Say which backup to restore: npm run restore -- <file> [--replace]');
      if (replace) await recreateDatabase(db.url);
      await restoreDatabase(db.url, resolve(fileArg));
      console.log(`Restored ${resolve(fileArg)}. Re-apply any erasures made since this backup was taken (docs/data-protection.md) before opening Heard to anyone.`);
    }
  } finally {
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
