// npm run bench: benchmarks against real PostgreSQL, printing ratios against a baseline measured in
// the same run; figures go to bench/results.json. Extra arguments pick benchmarks (e.g. `submit`).
import { ensureClientBuilt, ensureInstalled, ensureServerBuilt, run } from './prepare.mjs';

ensureInstalled();
ensureClientBuilt();
ensureServerBuilt();
run(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...process.argv.slice(2)]);
