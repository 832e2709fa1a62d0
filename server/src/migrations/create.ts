/**
 * Writes a migration for the difference between the entities and the database that the committed
 * migrations build, then lists it in list.ts. Usage: npm run migration:create -- <name>
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../database.js';
import { openOrm } from '../orm.js';

const name = process.argv[2]?.replace(/[^A-Za-z0-9]/g, '') || undefined;
const dataDir = join(process.cwd(), '.data', 'migration-scratch');
rmSync(dataDir, { recursive: true, force: true });
const db = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, stop: async () => {} } : await startEmbeddedPostgres({ dataDir, persistent: false });
const orm = await openOrm(db.url);
try {
  const result = await orm.getMigrator().createMigration(join(import.meta.dirname), false, false, name);
  if (!result.fileName) {
    console.log('No changes: the entities match the migrations.');
  } else {
    const className = result.fileName.replace(/\.ts$/, '');
    const listFile = join(import.meta.dirname, 'list.ts');
    const list = readFileSync(listFile, 'utf8')
      .replace(/(import type \{ MigrationObject \} from '@mikro-orm\/core';\n)/, `$1import { ${className} } from './${className}.js';\n`)
      .replace(/\];\s*$/, `  { name: '${className}', class: ${className} },\n];\n`)
      .replace('= [\n  {', '= [\n  {')
      .replace('= [  {', '= [\n  {');
    writeFileSync(listFile, list);
    console.log(`Wrote server/src/migrations/${result.fileName} and listed it in list.ts`);
  }
} finally {
  await orm.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
