import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { freePort, startEmbeddedPostgres, type Database } from '../server/src/database.js';
import { openOrm } from '../server/src/orm.js';
import { seedDemo } from '../server/src/seed/demo.js';
import { Agent } from './support/app.js';

// Its own PostgreSQL, so stopping it does not disturb the other test files.
const dataDir = mkdtempSync(join(tmpdir(), 'heard-outage-'));
let port: number;
let db: Database;
let orm: MikroORM;
let app: FastifyInstance;
let url: string;

beforeAll(async () => {
  port = await freePort();
  db = await startEmbeddedPostgres({ dataDir, port });
  orm = await openOrm(db.url);
  await seedDemo(orm, 'heard-demo');
  app = await createApp({ orm, config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', CLIENT_DIR: '' }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await app?.close();
  await orm?.close(true);
  await db?.stop().catch(() => {});
  rmSync(dataDir, { recursive: true, force: true });
});

describe('when PostgreSQL goes away and comes back', () => {
  it('says so on /readyz, answers DATABASE_UNAVAILABLE quickly, and recovers by itself', async () => {
    const staff = await new Agent(url).signIn('practitioner@northbridge.example');
    expect((await staff.gql('{ services { name } }')).services.length).toBe(4);

    await db.stop();

    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ database: 'down' });
    const started = Date.now();
    const during = await staff.request('{ services { name } }');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(during.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    // The process is still serving.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);

    db = await startEmbeddedPostgres({ dataDir, port });

    let recovered = false;
    for (let i = 0; i < 50 && !recovered; i++) {
      recovered = (await fetch(`${url}/readyz`)).status === 200;
      if (!recovered) await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBe(true);
    // The same session still works: nothing was lost.
    expect((await staff.gql('{ services { name } }')).services.length).toBe(4);
  });

  it('commits a write before acknowledging it', async () => {
    const admin = await new Agent(url).signIn('admin@northbridge.example');
    const { createService } = await admin.gql(`mutation { createService(name: "Durable") { id } }`);
    // Stop the server (fast shutdown) straight after the reply, then read with a fresh connection pool.
    await db.stop();
    db = await startEmbeddedPostgres({ dataDir, port });
    const fresh = await openOrm(db.url);
    try {
      const rows = await fresh.em.fork().getConnection().execute('select id from service where id = ?', [createService.id]);
      expect(rows.length).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
