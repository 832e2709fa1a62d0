import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../server/src/print-schema.js';

const root = join(import.meta.dirname, '..');
const checker = join(root, '..', 'shared', 'tools', 'check-contract.mjs');

/**
 * The parts of the public contract built so far, as patterns over the checker's gap lines. Each
 * capability adds its part; once all are built the whole contract is checked.
 */
const BUILT = [
  // Foundation: identity, tenancy, services, audit.
  String.raw`\b(Role|AgeBand|Organisation|Viewer|PageInfo|AuditEntry|AuditEntryEdge|AuditEntryConnection|DateTimeISO)\b(?! ?Count)`,
  String.raw`\bService\b(?!Change)`,
  String.raw`Query\.(viewer|services|auditLog)\b`,
  String.raw`Mutation\.(signIn|signOut|joinWithCode|createParticipantCodes|createService)\b`,
];

describe('schema.graphql', () => {
  it('matches the schema the server code builds', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it.runIf(existsSync(checker))('holds the built parts of the public contract', () => {
    const out = execFileSync(process.execPath, [checker, SCHEMA_FILE, '--only', BUILT.join('|')], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/^contract held/m);
  });
});
