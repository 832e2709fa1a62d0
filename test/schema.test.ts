import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../server/src/print-schema.js';

const root = join(import.meta.dirname, '..');
const checker = join(root, '..', 'shared', 'tools', 'check-contract.mjs');

describe('schema.graphql', () => {
  it('matches the schema the server code builds', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it.runIf(existsSync(checker))('holds the whole public contract', () => {
    const out = execFileSync(process.execPath, [checker, SCHEMA_FILE], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^contract held/m);
  });
});
