// Shared by `npm start`, `npm test` and `npm run bench`: make a fresh clone runnable without
// extra commands — install dependencies when missing, and build the client (and, for the
// benchmarks, the server) when its sources are newer than the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

export function ensureInstalled() {
  const lock = join(root, 'package-lock.json');
  const installed = join(root, 'node_modules', '.package-lock.json');
  if (!existsSync(installed) || statSync(installed).mtimeMs < statSync(lock).mtimeMs) {
    console.log('Installing dependencies (npm ci)…');
    run('npm', ['ci', '--no-audit', '--no-fund']);
  }
}

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function ensureClientBuilt() {
  const built = join(root, 'client', 'dist', 'index.html');
  const sources = Math.max(
    newest(join(root, 'client', 'src')),
    newest(join(root, 'client', 'index.html')),
    newest(join(root, 'client', 'vite.config.ts')),
    newest(join(root, 'client', 'public')),
  );
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    console.log('Building the client (vite build)…');
    run('npm', ['run', 'build', '-w', 'client']);
  }
}

/** The server compiled as the image runs it (server/dist), for measuring what is deployed. */
export function ensureServerBuilt() {
  const built = join(root, 'server', 'dist', 'main.js');
  const sources = Math.max(newest(join(root, 'server', 'src')), newest(join(root, 'server', 'package.json')), newest(join(root, 'tsconfig.json')));
  if (!existsSync(built) || statSync(built).mtimeMs < sources) {
    console.log('Building the server (tsc)…');
    run('npm', ['run', 'build', '-w', 'server']);
  }
}
