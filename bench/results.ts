import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = join(import.meta.dirname, 'results.json');

/** The p-th percentile of ascending values (nearest rank). */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** Merges flat `"name": number` figures into bench/results.json, so runs can be compared. */
export function recordResults(figures: Record<string, number>): void {
  const current: Record<string, number> = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : {};
  for (const [name, value] of Object.entries(figures)) current[name] = Math.round(value * 1000) / 1000;
  const sorted = Object.fromEntries(Object.entries(current).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(FILE, JSON.stringify(sorted, null, 2) + '\n');
}
