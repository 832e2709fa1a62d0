import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../server/src/print-schema.js';

/** A copy of the public contract travels with the code, so the check runs wherever the tests do. */
const CONTRACT = join(import.meta.dirname, 'contract.graphql');
/** The contract as published beside the project, when it is there. */
const PUBLISHED = join(import.meta.dirname, '..', '..', 'shared', 'design', 'contract.graphql');

describe('schema.graphql', () => {
  it('matches the schema the server code builds', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it('holds the whole public contract: every type, field, argument and enum value, with the same types', () => {
    if (existsSync(PUBLISHED)) expect(readFileSync(CONTRACT, 'utf8')).toBe(readFileSync(PUBLISHED, 'utf8'));
    const gaps = findBreakingChanges(buildSchema(readFileSync(CONTRACT, 'utf8')), buildSchema(readFileSync(SCHEMA_FILE, 'utf8')));
    expect(gaps.map((gap) => `${gap.type}: ${gap.description}`)).toEqual([]);
  });
});
