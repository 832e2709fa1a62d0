import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../server/src/database.js';
import { recordResults } from './results.js';
import { startServer } from './server.js';
import { benchSubmit } from './submit.js';
import { benchTrace } from './trace.js';
import { screeningFigures } from './screening.js';
import { benchDisclosure } from './disclosure.js';
import { benchLighthouse } from './lighthouse.js';
import { benchScale } from './scale.js';

/**
 * Runs the benchmarks on a fresh embedded PostgreSQL (fsync on, as in production) with Heard in
 * its own process, and writes the figures to bench/results.json.
 */
const only = process.argv.slice(2);
const wanted = (name: string) => only.length === 0 || only.includes(name);
const figures: Record<string, number> = {};
if (wanted('screening')) {
  // Held-out texts only: written before the rules and never used to tune them (test/safeguarding/heldout).
  Object.assign(figures, screeningFigures('heldout'));
  console.log('screening targets on held-out texts: recall ≥ 0.95 en, ≥ 0.9 ur and pl; precision ≥ 0.8');
}
const needsDatabase = ['submit', 'trace', 'disclosure', 'lighthouse'].some(wanted) || only.includes('scale');
// BENCH_DATA_DIR keeps the database between runs: seeding ten million inputs (scale) or a
// 100,000-response survey (disclosure) is done once, and later runs measure on what is there.
const kept = process.env.BENCH_DATA_DIR;
const dataDir = kept ?? mkdtempSync(join(tmpdir(), 'heard-bench-'));
const db = needsDatabase ? await startEmbeddedPostgres({ dataDir, persistent: Boolean(kept) }) : null;
try {
  if (wanted('bundle')) {
    const { participantJsGzipKb } = await import('../scripts/bundle-size.mjs' as string);
    figures['participant.js_gzip_kb'] = await participantJsGzipKb();
    console.log(`participant route JS: ${figures['participant.js_gzip_kb'].toFixed(1)} kB gzip (target ≤ 100)`);
  }
  if (wanted('submit')) {
    const server = await startServer(db!.url);
    try {
      const f = await benchSubmit(db!.url, server.url);
      Object.assign(figures, f);
      console.log(
        [
          'submitResponse over HTTP vs raw pg INSERT … ON CONFLICT (same statement, same rows, 32 concurrent):',
          `  raw pg, four messages (as plain pg)          ${f['submitResponse.raw_rps'].toFixed(0)} /s`,
          `  raw pg, two messages (as Heard sends them)  ${f['submitResponse.raw_same_messages_rps'].toFixed(0)} /s`,
          `  HTTP        ${f['submitResponse.http_rps'].toFixed(0)} /s  (the three taken in turns, in slices)`,
          `  ratio       ${f['submitResponse.ratio'].toFixed(3)}  (target ≥ 0.4); against the same messages ${f['submitResponse.ratio_same_messages'].toFixed(3)}`,
          `  at half saturation (${f['submitResponse.half_rate_rps'].toFixed(0)} /s): p50 ${f['submitResponse.p50_ms'].toFixed(1)} ms, p99 ${f['submitResponse.p99_ms'].toFixed(1)} ms (target p99 ≤ 50)`,
        ].join('\n'),
      );
    } finally {
      await server.stop();
    }
  }
  if (wanted('trace')) Object.assign(figures, await benchTrace(db!.url));
  if (wanted('disclosure')) Object.assign(figures, await benchDisclosure(db!.url));
  if (wanted('lighthouse')) {
    const server = await startServer(db!.url);
    try {
      console.log('Lighthouse on a child’s survey page (mobile, simulated slow 4G):');
      const f = await benchLighthouse(db!.url, server.url);
      Object.assign(figures, f);
      console.log(
        `  performance ${f['lighthouse.performance']} (target ≥ 95), accessibility ${f['lighthouse.accessibility']} (target 100), ` +
          `LCP ${(f['lighthouse.lcp_ms'] / 1000).toFixed(2)} s (target ≤ 1.5 s)`,
      );
    } finally {
      await server.stop();
    }
  }
  // Not in a plain `npm run bench`: seeding ten million inputs takes a while. `npm run bench -- scale`.
  if (only.includes('scale')) Object.assign(figures, await benchScale(db!.url));
} finally {
  await db?.stop();
  if (!kept) rmSync(dataDir, { recursive: true, force: true });
}
recordResults(figures);
console.log('\nWrote bench/results.json');
