import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInClassifier, classifierFor, loadClassifier, MODEL_FORMAT } from '../../server/src/voices/screening/classifier.js';
import { BUILT_IN_RULE_SETS, layersOf, screenLayered } from '../../server/src/voices/screening/layers.js';
import { foldRomanUrdu, foldUrduScript, normaliseForScreening } from '../../server/src/voices/screening/screening.js';

/** A model that flags every text of enough words: its bias alone is over the threshold. */
const flagsEverything = { format: MODEL_FORMAT, version: 'test-all', ngram: [2, 3], buckets: 1024, bias: 5, threshold: 0.5, minWords: 2, weights: [] };

describe('the learned layer', () => {
  it('loads the committed model and scores a clear disclosure above its threshold', () => {
    const c = builtInClassifier();
    expect(c.version).toMatch(/^char-ngram-logreg/);
    expect(c.score('my dad hits me with his belt every night')).toBeGreaterThanOrEqual(c.threshold);
  });

  it('leaves texts of a few words to the rules', () => {
    expect(builtInClassifier().score('something i said')).toBe(0);
  });

  it('flags a text the rules miss and records the classifier layer; without it the text passes (negative twin)', () => {
    const text = 'the quiet room at lunch is nice';
    const withModel = screenLayered(text, BUILT_IN_RULE_SETS, loadClassifier(flagsEverything));
    expect(withModel).toMatchObject({ flagged: true, severity: 'MEDIUM', layers: ['classifier'], matchedRules: ['classifier:test-all'] });
    expect(layersOf(withModel.matchedRules)).toEqual(['classifier']);
    expect(screenLayered(text, BUILT_IN_RULE_SETS, null).flagged).toBe(false);
  });

  it('takes a stronger model from a configured path (SCREENING_MODEL) and refuses a malformed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'heard-model-'));
    const good = join(dir, 'model.json');
    writeFileSync(good, JSON.stringify(flagsEverything));
    expect(classifierFor(good).version).toBe('test-all');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...flagsEverything, buckets: 1000 }));
    expect(() => classifierFor(bad)).toThrow(/power of two/);
    expect(() => classifierFor(join(dir, 'missing.json'))).toThrow();
    expect(() => loadClassifier({ ...flagsEverything, format: 'onnx' })).toThrow(/format/);
  });
});

describe('Urdu and Polish normalisation', () => {
  it('folds Arabic-script letter variants and diacritics to one spelling', () => {
    expect(foldUrduScript('مجهے ميرا ابو مارتے ہيں')).toBe(foldUrduScript('مجھے میرا ابو مارتے ہیں'));
    expect(normaliseForScreening('مُجھے', 'ur').exact).toBe(normaliseForScreening('مجھے', 'ur').exact);
  });

  it('folds Roman Urdu spellings of one word to one key', () => {
    expect(new Set(['maarte', 'marte', 'marty', 'maartay'].map(foldRomanUrdu))).toEqual(new Set(['marti']));
    expect(new Set(['mujhe', 'mujhay', 'mujhy'].map(foldRomanUrdu))).toEqual(new Set(['mujhi']));
    expect(foldRomanUrdu('nuqsan')).toBe(foldRomanUrdu('nuksaan'));
  });

  it('reads Polish without diacritics, and ch/h and rz/ż as one', () => {
    expect(normaliseForScreening('Ojczym bił mnie', 'pl').exact).toBe(normaliseForScreening('ojczym bil mnie', 'pl').exact);
    expect(normaliseForScreening('chłopak mamy', 'pl').exact).toBe(normaliseForScreening('hlopak mamy', 'pl').exact);
  });
});
