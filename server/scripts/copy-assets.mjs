// After tsc: what the compiled server reads at run time besides its code (the screening model,
// voices/screening/model.json) goes to dist beside it, as it sits beside the sources in src.
import { cpSync, statSync } from 'node:fs';

cpSync('src', 'dist', { recursive: true, filter: (path) => statSync(path).isDirectory() || !path.endsWith('.ts') });
