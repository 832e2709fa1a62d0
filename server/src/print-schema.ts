/**
 * Prints the server's schema to schema.graphql (the typed client and the contract check read it).
 * With --check, fails instead when the committed file differs from the code.
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { heardSchema } from './schema.js';

export const SCHEMA_FILE = resolve(import.meta.dirname, '../../schema.graphql');

export async function printedSchema(): Promise<string> {
  const header = '# Printed from the server code by `npm run schema:print`; do not edit by hand.\n\n';
  return header + printSchema(lexicographicSortSchema(await heardSchema())) + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const text = await printedSchema();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_FILE, 'utf8');
    } catch {
      /* missing counts as stale */
    }
    if (current !== text) {
      console.error('schema.graphql is stale: run `npm run schema:print` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql matches the code.');
  } else {
    writeFileSync(SCHEMA_FILE, text);
    console.log(`Wrote ${SCHEMA_FILE}`);
  }
}
