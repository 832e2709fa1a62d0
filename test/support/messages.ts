import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Messages = { [key: string]: string | Messages };
const catalogs = new Map<string, Messages>();

function catalog(language: string): Messages {
  let messages = catalogs.get(language);
  if (!messages) {
    messages = JSON.parse(readFileSync(join(import.meta.dirname, '../../client/src/i18n', `${language}.json`), 'utf8')) as Messages;
    catalogs.set(language, messages);
  }
  return messages;
}

/** A message from the client's catalog with its {{placeholders}} filled, e.g. `message('ur', 'surveys.take.start')`. */
export function message(language: string, key: string, values: Record<string, string | number> = {}): string {
  const value = key.split('.').reduce<string | Messages | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), catalog(language));
  if (typeof value !== 'string') throw new Error(`No message ${key} in ${language}`);
  return value.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** The English message, as most browser assertions read it. */
export const en = (key: string, values?: Record<string, string | number>) => message('en', key, values);
