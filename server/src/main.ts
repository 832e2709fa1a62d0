import 'reflect-metadata';
import v8 from 'node:v8';
import { createApp, createLogger } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { type Database, prepareAppRole, startEmbeddedPostgres, withStartupLock } from './database.js';
import { openAppOrm, openOrm } from './orm.js';
import { demoSignIns, seedDemo } from './seed/demo.js';

/**
 * A full garbage collection comes once the old generation has grown by some factor of what was live
 * after the last one. V8 picks the factor itself, and for this server under steady load it picked
 * about 1.3: with some 75 MB live and each request leaving about 7 KB behind in the old generation,
 * a full collection every 5 to 10 s, each holding requests back for 60 to 270 ms on a 2-core machine
 * (bench/submit.ts, at half saturation). Growing to four times what is live before collecting puts
 * them about two minutes apart at that load, for a heap that peaks near four times its live size
 * (some 300 MB). V8 reads this at each collection, so setting it here, before any load, holds
 * however the server is started (npm start, the image, the benchmarks).
 */
v8.setFlagsFromString('--heap-growing-percent=300');

/** Boot: config → database (DATABASE_URL or embedded) → migrate → demo data → HTTP. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Configuration error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config);
  const started = Date.now();
  let db: Database;
  if (config.databaseUrl) {
    db = { url: config.databaseUrl, stop: async () => {} };
  } else {
    logger.info({ dataDir: config.dataDir }, 'starting embedded PostgreSQL');
    db = await startEmbeddedPostgres({ dataDir: config.dataDir, log: (m) => logger.debug(m) });
  }
  // Instances started together take turns to migrate and seed (the first does it, the rest find it done).
  // The app role (which requests connect as, under row-level security) is prepared in the same turn.
  const { orm, seeded, appUrl } = await withStartupLock(db.url, async () => {
    const orm = await openOrm(db.url);
    const seeded = config.seedDemo ? await seedDemo(orm, config.demoPassword) : false;
    return { orm, seeded, appUrl: await prepareAppRole(db.url, config.databaseAppUrl) };
  });
  const appOrm = await openAppOrm(appUrl);
  const app = await createApp({ orm, appOrm, config, logger });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`;

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    try {
      await app.close();
      await appOrm.close();
      await orm.close();
      await db.stop();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const lines = [
    '',
    `Heard is ready at ${url}  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    `Database: ${config.databaseUrl ? 'DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}`}${seeded ? ', demo data loaded' : ''}`,
  ];
  if (config.seedDemo) {
    lines.push(`Demo sign-ins (password "${config.demoPassword}"):`, ...demoSignIns().map((e) => `  ${e}`));
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
