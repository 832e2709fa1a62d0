import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOG_PARTS, partOf, type CatalogPart } from './sections';

const SRC = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

// A part's sections are left out of the start-up catalog (vite.config.ts) and load with its area,
// so a page elsewhere that used one would show message keys instead of words.
describe('catalog parts', () => {
  test('each part’s sections are used only by pages in its own folder', () => {
    const misuse: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const path = relative(SRC, file).split('\\').join('/');
      const text = readFileSync(file, 'utf8');
      for (const part of Object.keys(CATALOG_PARTS) as CatalogPart[]) {
        if (path.startsWith(CATALOG_PARTS[part].folder)) continue;
        for (const section of CATALOG_PARTS[part].sections) {
          if (new RegExp(`['"\`]${section}\\.`).test(text)) misuse.push(`${path} uses ${section}.* (part ${part})`);
        }
      }
    }
    expect(misuse).toEqual([]);
  });

  test('a section belongs to at most one part, and start-up sections to none', () => {
    expect(partOf('staffSurveys')).toBe('staff');
    expect(partOf('forum')).toBe('forum');
    expect(partOf('surveys')).toBeUndefined();
    const all = Object.values(CATALOG_PARTS).flatMap((p) => [...p.sections]);
    expect(new Set(all).size).toBe(all.length);
  });
});
