// npm run dev: the server with reload (tsx watch) and the Vite dev server, which proxies /graphql.
import { spawn } from 'node:child_process';
import { ensureInstalled, root } from './prepare.mjs';

ensureInstalled();
const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/src/main.ts'], { cwd: root, stdio: 'inherit', env: { ...process.env, CLIENT_DIR: '' } }),
  spawn('npm', ['run', 'dev', '-w', 'client'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, HEARD_API_URL: process.env.HEARD_API_URL ?? `http://localhost:${process.env.PORT || 4000}` },
  }),
];
const stop = (signal) => children.forEach((c) => c.kill(signal));
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
for (const child of children) child.on('exit', (code) => { stop('SIGTERM'); process.exit(code ?? 0); });
