import { readFileSync } from 'node:fs';
import { foldUrduScript } from './screening.js';

/*
 * The learned screening layer: logistic regression over hashed character n-grams, trained on the
 * project's own labelled texts (scripts/train-screening.ts) and shipped as JSON beside this file.
 * Character n-grams see through spelling ("hurts", "hurtz", "hurtin"), inflection ("bije", "bił",
 * "pobił") and script variants without a word list, which is where hand-written rules are weakest.
 * It runs beside the rules, never instead of them: a text is flagged if either flags it.
 */

export const MODEL_FORMAT = 'heard-char-ngram-logreg/1';

/** A trained model as stored in JSON: sparse weights over hashed n-gram buckets. */
export interface ClassifierModel {
  format: typeof MODEL_FORMAT;
  version: string;
  /** Smallest and largest n-gram length, in characters. */
  ngram: [number, number];
  /** Number of hash buckets (a power of two). */
  buckets: number;
  bias: number;
  /** Probability at or above which a text is flagged. */
  threshold: number;
  /**
   * Texts with fewer words score 0: a few words carry too few n-grams to judge ("something i
   * said"), and the rules still read them. Optional, 1 when absent.
   */
  minWords?: number;
  /** [bucket, weight] pairs; buckets not listed weigh 0. */
  weights: Array<[number, number]>;
}

/** A model ready to score texts. */
export interface Classifier {
  version: string;
  threshold: number;
  /** Probability that the text is a disclosure. */
  score(text: string): number;
}

/**
 * Text as the classifier sees it, in any language: lower case, no diacritics, Urdu letter variants
 * folded, digits and punctuation gone, stretched letters cut to one ("sooo" → "so").
 */
export function classifierText(text: string): string {
  return foldUrduScript(
    text
      .normalize('NFKC')
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/ł/gu, 'l'),
  )
    .replace(/['’‘`]/gu, '')
    .replace(/[^\p{L}]+/gu, ' ')
    .replace(/(\p{L})\1+/gu, '$1')
    .trim();
}

/** Words as the classifier counts them. */
export function wordCount(text: string): number {
  const t = classifierText(text);
  return t === '' ? 0 : t.split(' ').length;
}

/** FNV-1a over UTF-16 code units: stable across runs and machines, cheap. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The distinct feature buckets of a text: character n-grams of each word padded with spaces (so
 * word starts and ends count) and of adjacent word pairs. Each appears once (binary features).
 */
export function featuresOf(text: string, ngram: [number, number], buckets: number): number[] {
  const words = classifierText(text).split(' ').filter(Boolean);
  const seen = new Set<number>();
  const mask = buckets - 1;
  const add = (s: string): void => {
    for (let n = ngram[0]; n <= ngram[1]; n++) {
      for (let i = 0; i + n <= s.length; i++) seen.add(hash(s.slice(i, i + n)) & mask);
    }
  };
  for (let i = 0; i < words.length; i++) {
    add(` ${words[i]} `);
    if (i + 1 < words.length) seen.add(hash(`${words[i]}_${words[i + 1]}`) & mask);
  }
  return [...seen];
}

/** Checks an untrusted model object and builds a scorer from it; throws with the reason. */
export function loadClassifier(value: unknown): Classifier {
  const m = value as Partial<ClassifierModel> | null;
  if (!m || typeof m !== 'object' || m.format !== MODEL_FORMAT) throw new Error(`screening model must have format "${MODEL_FORMAT}"`);
  const buckets = m.buckets;
  if (typeof buckets !== 'number' || !Number.isInteger(buckets) || buckets < 2 || (buckets & (buckets - 1)) !== 0) {
    throw new Error('screening model buckets must be a power of two');
  }
  if (!Array.isArray(m.ngram) || m.ngram.length !== 2 || !m.ngram.every((n) => Number.isInteger(n) && n >= 1 && n <= 8) || m.ngram[0] > m.ngram[1]) {
    throw new Error('screening model ngram must be [min, max] between 1 and 8');
  }
  if (typeof m.bias !== 'number' || !Number.isFinite(m.bias)) throw new Error('screening model bias must be a number');
  if (typeof m.threshold !== 'number' || !(m.threshold > 0 && m.threshold < 1)) throw new Error('screening model threshold must be between 0 and 1');
  if (!Array.isArray(m.weights)) throw new Error('screening model weights must be an array');
  const w = new Float32Array(buckets);
  for (const pair of m.weights) {
    if (!Array.isArray(pair) || !Number.isInteger(pair[0]) || pair[0] < 0 || pair[0] >= buckets || !Number.isFinite(pair[1])) {
      throw new Error('screening model weights must be [bucket, weight] pairs within buckets');
    }
    w[pair[0]] = pair[1];
  }
  if (m.minWords !== undefined && !(Number.isInteger(m.minWords) && m.minWords >= 1)) throw new Error('screening model minWords must be a whole number from 1');
  const ngram = m.ngram as [number, number];
  const bias = m.bias;
  const minWords = m.minWords ?? 1;
  return {
    version: typeof m.version === 'string' ? m.version : 'unversioned',
    threshold: m.threshold,
    score(text: string): number {
      if (wordCount(text) < minWords) return 0;
      const f = featuresOf(text, ngram, buckets);
      if (f.length === 0) return 0;
      // Features are binary and L2-normalised, as in training.
      const scale = 1 / Math.sqrt(f.length);
      let z = bias;
      for (const b of f) z += w[b] * scale;
      return 1 / (1 + Math.exp(-z));
    },
  };
}

let builtIn: Classifier | null = null;
/** The model committed with the code (voices/screening/model.json). */
export function builtInClassifier(): Classifier {
  builtIn ??= loadClassifier(JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')));
  return builtIn;
}

const fromPath = new Map<string, Classifier>();
/**
 * The classifier to use: the model at `path` (SCREENING_MODEL) when one is configured, else the
 * built-in one. A configured model that cannot be read or is malformed throws, so a deployment that
 * asked for a stronger model finds out at start rather than silently screening with a weaker one.
 */
export function classifierFor(path: string | null | undefined): Classifier {
  if (!path) return builtInClassifier();
  let c = fromPath.get(path);
  if (!c) {
    c = loadClassifier(JSON.parse(readFileSync(path, 'utf8')));
    fromPath.set(path, c);
  }
  return c;
}
