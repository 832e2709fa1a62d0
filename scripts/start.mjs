// npm start: embedded PostgreSQL (unless DATABASE_URL), migrations, demo data, API and client on one port.
import { spawn } from 'node:child_process';
import { ensureClientBuilt, ensureInstalled, root } from './prepare.mjs';

ensureInstalled();
ensureClientBuilt();
const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
