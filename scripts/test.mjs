// npm test: every test against real PostgreSQL (embedded, or TEST_DATABASE_URL), including the
// browser tests in headless Chromium. Extra arguments go to vitest (e.g. `npm test -- test/identity`).
import { existsSync } from 'node:fs';
import { ensureClientBuilt, ensureInstalled, run } from './prepare.mjs';

ensureInstalled();
run('npm', ['run', '-s', 'schema:check']);
ensureClientBuilt();
if (!existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')) {
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! Chromium is not installed: the browser (e2e and accessibility) tests will be SKIPPED.\n!! Install it with: apt-get install -y chromium   (CI does this in .ci/run)\n${line}\n`);
}
run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)]);
