import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../server/src/database.js';
import { recordResults } from './results.js';
import { startServer } from './server.js';
import { benchSubmit } from './submit.js';
import { benchTrace } from './trace.js';
import { benchScale } from './scale.js';

/**
 * Runs the benchmarks on a fresh embedded PostgreSQL (fsync on, as in production) with Heard in
 * its own process, and writes the figures to bench/results.json.
 */
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
const dataDir = mkdtempSync(join(tmpdir(), 'heard-bench-'));
const db = await startEmbeddedPostgres({ dataDir, persistent: false });
const figures: Record<string, number> = {};
try {
  if (wanted('bundle')) {
    const { participantJsGzipKb } = await import('../scripts/bundle-size.mjs' as string);
    figures['participant.js_gzip_kb'] = await participantJsGzipKb();
    console.log(`participant route JS: ${figures['participant.js_gzip_kb'].toFixed(1)} kB gzip (target ≤ 100)`);
  }
  if (wanted('submit')) {
    const server = await startServer(db.url);
    try {
      const f = await benchSubmit(db.url, server.url);
      Object.assign(figures, f);
      console.log(
        [
          'submitResponse over HTTP vs raw pg INSERT … ON CONFLICT (same statement, same rows, 32 concurrent):',
          `  raw pg      ${f['submitResponse.raw_rps'].toFixed(0)} /s`,
          `  HTTP        ${f['submitResponse.http_rps'].toFixed(0)} /s`,
          `  ratio       ${f['submitResponse.ratio'].toFixed(3)}  (target ≥ 0.3, stretch 0.4)`,
          `  at half saturation (${f['submitResponse.half_rate_rps'].toFixed(0)} /s): p50 ${f['submitResponse.p50_ms'].toFixed(1)} ms, p99 ${f['submitResponse.p99_ms'].toFixed(1)} ms (target p99 ≤ 50)`,
        ].join('\n'),
      );
    } finally {
      await server.stop();
    }
  }
  if (wanted('trace')) Object.assign(figures, await benchTrace(db.url));
  // Not in a plain `npm run bench`: seeding ten million inputs takes a while. `npm run bench -- scale`.
  if (only.includes('scale')) Object.assign(figures, await benchScale(db.url));
} finally {
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
recordResults(figures);
console.log('\nWrote bench/results.json');
