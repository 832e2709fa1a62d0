import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { prepareAppRole, startEmbeddedPostgres, type Database } from '../../server/src/database.js';
import { openOrm } from '../../server/src/orm.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A URL to a database with the right to CREATE DATABASE (the `postgres` database of the server). */
    adminUrl: string;
    templateDatabase: string;
  }
}

const TEMPLATE = `heard_template_${process.pid}`;

/**
 * Starts embedded PostgreSQL (or uses TEST_DATABASE_URL) once for the run and builds a template
 * database with every committed migration applied; each test file clones it.
 */
export default async function setup(project: TestProject) {
  let db: Database;
  let dataDir: string | undefined;
  if (process.env.TEST_DATABASE_URL) {
    db = { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'heard-test-'));
    db = await startEmbeddedPostgres({ dataDir, persistent: false });
  }
  const adminUrl = withDatabase(db.url, 'postgres');
  await admin(adminUrl, `drop database if exists ${TEMPLATE}`);
  await admin(adminUrl, `create database ${TEMPLATE}`);
  const orm = await openOrm(withDatabase(db.url, TEMPLATE));
  await orm.close();
  // The app role is one per server: made once here, so test files starting at once do not race to
  // make it; its grants are in the template, so every clone has them.
  await prepareAppRole(withDatabase(db.url, TEMPLATE), undefined);
  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', TEMPLATE);
  return async () => {
    await admin(adminUrl, `drop database if exists ${TEMPLATE} with (force)`).catch(() => {});
    await db.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
