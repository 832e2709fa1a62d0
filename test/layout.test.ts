// The layout stays as designed: surveys, events, proposals, trace, safeguarding and lifecycle stand side by side
// and meet only in voices/, services/, identity/ and shared/; shared/ imports no feature (nor voices/).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../server/src');
const FEATURES = ['surveys', 'events', 'proposals', 'trace', 'safeguarding', 'lifecycle'];
const MEETING_PLACES = ['voices', 'services', 'identity', 'shared'];

/**
 * What trace (the evidence chain) may still import from other features, and why. Trace cites their
 * records (decisions link proposals, receipts lead from survey responses), so it reads their entities
 * and view types; every other use goes through SQL or a meeting place.
 */
const TRACE_READS = /^(surveys|proposals|events)\/[\w-]+\.(entity|types)\.js$/;
const TRACE_EXCEPTIONS = new Set([
  // A decision on a proposal moves the proposal to its decided state (the proposal's own rule).
  'trace/decision.service.ts -> proposals/proposal.service.js',
  // A follower's receipt code has the survey's receipt-code format.
  'trace/follow.service.ts -> surveys/receipt-code.js',
]);

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

function imports(): Import[] {
  const found: Import[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'/gm)) {
      const to = relative(SRC, resolve(dirname(file), m[3]));
      // `import { type A, type B }` is type-only too.
      const names = m[0].match(/\{([^}]*)\}/)?.[1];
      const allTypes = !!names && names.split(',').every((n) => !n.trim() || n.trim().startsWith('type '));
      found.push({ from: relative(SRC, file), to, typeOnly: !!m[2] || allTypes });
    }
  }
  return found;
}

const folder = (path: string) => (path.includes('/') ? path.split('/')[0] : '');

/** Why an import breaks the layout, or null when it is allowed. */
function violation({ from, to, typeOnly }: Import): string | null {
  const a = folder(from);
  const b = folder(to);
  if (a === b || b === '' && to === 'config.js') return null;
  if (a === '' || a === 'seed' || a === 'migrations') return null; // composition roots: boot, schema, ORM, demo data
  if (a === 'shared') return FEATURES.includes(b) || b === 'voices' ? 'shared/ imports no feature' : null;
  if (MEETING_PLACES.includes(b)) return null;
  if (FEATURES.includes(b)) {
    // An entity relation is typed by a type-only import and named by string, so no module depends on another at run time.
    if (typeOnly && to.endsWith('.entity.js')) return null;
    if (a === 'trace' && (TRACE_READS.test(to) || TRACE_EXCEPTIONS.has(`${from} -> ${to}`))) return null;
    return MEETING_PLACES.includes(a) ? `${a}/ is a meeting place and imports no feature` : `features import only voices/services/identity/shared`;
  }
  return `imports ${b}/`;
}

describe('layout', () => {
  it('features import only voices/services/identity/shared, and shared/ imports no feature', () => {
    const all = imports();
    expect(all.length).toBeGreaterThan(200);
    const bad = all.map((i) => ({ i, why: violation(i) })).filter((v) => v.why).map(({ i, why }) => `${i.from} -> ${i.to}${i.typeOnly ? ' (type)' : ''}: ${why}`);
    expect(bad).toEqual([]);
  });

  it('flags a feature importing another (the check can fail)', () => {
    expect(violation({ from: 'surveys/survey.service.ts', to: 'proposals/proposal.service.js', typeOnly: false })).not.toBeNull();
    expect(violation({ from: 'events/event.service.ts', to: 'safeguarding/concern.service.js', typeOnly: false })).not.toBeNull();
    expect(violation({ from: 'shared/context.ts', to: 'surveys/survey-submission.js', typeOnly: true })).not.toBeNull();
    expect(violation({ from: 'voices/voice-input.entity.ts', to: 'events/event.entity.js', typeOnly: false })).not.toBeNull();
    expect(violation({ from: 'proposals/proposal.resolver.ts', to: 'trace/theme.types.js', typeOnly: false })).not.toBeNull();
  });

  it('has no run-time import cycle through a feature', () => {
    const edges = new Map<string, Set<string>>();
    for (const i of imports()) {
      const a = folder(i.from);
      const b = folder(i.to);
      if (i.typeOnly || !a || !b || a === b || a === 'seed' || a === 'migrations') continue;
      edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
    const cycles = new Set<string>();
    const visit = (node: string, path: string[]) => {
      for (const next of edges.get(node) ?? []) {
        if (path.includes(next)) {
          const cycle = path.slice(path.indexOf(next));
          if (cycle.some((f) => FEATURES.includes(f))) cycles.add([...cycle, next].join(' -> '));
        } else visit(next, [...path, next]);
      }
    };
    for (const start of edges.keys()) visit(start, [start]);
    expect([...cycles]).toEqual([]);
  });
});
