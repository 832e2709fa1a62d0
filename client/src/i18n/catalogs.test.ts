import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';

// Every language must have every message English has, or people reading it see English (or a
// key) in the middle of their own language; and a translation that drops a {{placeholder}} loses
// the number, name or date it was meant to show.

type Messages = { [key: string]: string | Messages };

function readCatalog(code: string): Messages {
  return JSON.parse(readFileSync(join(import.meta.dirname, `${code}.json`), 'utf8')) as Messages;
}

function leaves(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

// Languages need different plural forms (Polish one/few/many/other, English and Urdu one/other),
// so `key_one` and `key_few` are both the message `key`.
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string): string => key.replace(PLURAL, '');

/** Each message by its base key, with all its plural forms. */
function byBaseKey(messages: Messages): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of leaves(messages)) {
    const base = baseKey(key);
    out.set(base, [...(out.get(base) ?? []), value]);
  }
  return out;
}

const placeholders = (message: string): Set<string> =>
  new Set([...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]));

const english = byBaseKey(readCatalog('en'));

describe.each(['ur', 'pl'])('the %s catalog', (code) => {
  const translated = byBaseKey(readCatalog(code));

  it('has exactly the messages English has', () => {
    const missing = [...english.keys()].filter((key) => !translated.has(key));
    const extra = [...translated.keys()].filter((key) => !english.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('keeps every {{placeholder}} the English uses', () => {
    const lost: string[] = [];
    for (const [key, englishForms] of english) {
      const forms = translated.get(key);
      if (!forms) continue; // reported by the test above
      const sets = englishForms.map(placeholders);
      // In every plural form: the placeholders every English form uses ("one" may be spelt out).
      const everyForm = [...sets[0]].filter((name) => sets.every((set) => set.has(name)));
      for (const form of forms) {
        for (const name of everyForm) if (!placeholders(form).has(name)) lost.push(`${key}: {{${name}}} in “${form}”`);
      }
      // And somewhere among the forms: any placeholder an English form uses.
      const anyForm = new Set(sets.flatMap((set) => [...set]));
      for (const name of anyForm) {
        if (!forms.some((form) => placeholders(form).has(name))) lost.push(`${key}: {{${name}}} in no form`);
      }
    }
    expect(lost).toEqual([]);
  });
});
