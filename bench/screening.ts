import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtInClassifier, type Classifier } from '../server/src/voices/screening/classifier.js';
import { BUILT_IN_RULE_SETS, SCREENING_LANGUAGES, screenLayered } from '../server/src/voices/screening/layers.js';

interface Entry {
  text: string;
  disclosure: boolean;
  category: string | null;
  script?: string;
}

/**
 * Recall and precision of screening (rules and classifier together, as in production) on one split
 * of the labelled texts, per language and per category. `npm run bench -- screening` reports the
 * held-out split; `npx tsx bench/screening.ts train` lists the training split's misses for
 * development (the held-out misses are never printed, so nobody tunes on them by accident).
 */
export function screeningFigures(split: 'heldout' | 'train', classifier: Classifier | null = builtInClassifier(), verbose = false): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const lang of SCREENING_LANGUAGES) {
    const entries = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'test/safeguarding', split, `${lang}.json`), 'utf8')) as Entry[];
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const perCategory = new Map<string, { hit: number; all: number }>();
    const misses: string[] = [];
    for (const e of entries) {
      const r = screenLayered(e.text, BUILT_IN_RULE_SETS, classifier);
      if (e.disclosure) {
        const c = perCategory.get(e.category!) ?? { hit: 0, all: 0 };
        c.all++;
        if (r.flagged) c.hit++;
        perCategory.set(e.category!, c);
        if (r.flagged) tp++;
        else {
          fn++;
          misses.push(`  miss [${e.category}] ${e.text}`);
        }
      } else if (r.flagged) {
        fp++;
        misses.push(`  false alarm (${r.matchedRules.join(', ')}) ${e.text}`);
      }
    }
    figures[`screening.recall.${lang}`] = tp / (tp + fn);
    figures[`screening.precision.${lang}`] = tp + fp === 0 ? 1 : tp / (tp + fp);
    for (const [cat, c] of perCategory) figures[`screening.recall.${lang}.${cat}`] = c.hit / c.all;
    console.log(
      `screening ${split} ${lang}: ${entries.length} texts, recall ${(tp / (tp + fn)).toFixed(3)}, precision ${(tp / Math.max(1, tp + fp)).toFixed(3)} (${fn} missed, ${fp} false alarms)`,
    );
    if (verbose) console.log(misses.join('\n'));
  }
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const split = process.argv[2] === 'heldout' ? 'heldout' : 'train';
  const noClassifier = process.argv.includes('--rules-only');
  screeningFigures(split, noClassifier ? null : builtInClassifier(), split === 'train');
}
