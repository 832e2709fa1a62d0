import { useMemo, useSyncExternalStore } from 'react';
import en from './en.json';
import type { CatalogPart } from './sections';

/*
 * Heard's message catalogs, without i18next: the same JSON catalogs and rules it used (nested
 * keys, `{{name}}` interpolation, plural keys `key_one`/`key_few`/`key_other` chosen by
 * `count` with Intl.PluralRules, fall back to English, then to the key itself), in about 1 kB
 * instead of 23 kB gzip on a child's phone. <Trans> (links inside sentences) is in ./Trans.tsx.
 */

/**
 * Languages offered everywhere. Names are autonyms (each language named in itself), so they are the
 * same whatever language is showing, and are not catalog entries.
 */
export const LANGUAGES = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
export type Catalog = typeof en;

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type PluralForm = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K> = K extends `${infer Base}_${PluralForm}` ? Base : K;

/** Every key in the English catalog; plural keys also by their base name (`errors.rateLimitedWait`). */
export type MessageKey = Leaves<Catalog> | WithoutPlural<Leaves<Catalog>>;
/** Values for `{{name}}` placeholders; a numeric `count` also picks the plural form. */
export type MessageValues = Record<string, string | number | null | undefined>;
export type TFunction = (key: MessageKey, values?: MessageValues) => string;

// English ships in the main bundle; other catalogs are bundled as their own chunks and fetched from
// this origin only when chosen (no HTTP backend, no third party).
const loaders: Record<Exclude<LanguageCode, 'en'>, () => Promise<{ default: unknown }>> = {
  ur: () => import('./ur.json'),
  pl: () => import('./pl.json'),
};

// Sections of one area (sections.ts) are split out of the catalogs above at build time
// (vite.config.ts) and load with their area: see loadCatalogPart.
const partLoaders: Record<CatalogPart, Record<LanguageCode, () => Promise<{ default: unknown }>>> = {
  staff: { en: () => import('./en.json?part=staff'), ur: () => import('./ur.json?part=staff'), pl: () => import('./pl.json?part=staff') },
  forum: { en: () => import('./en.json?part=forum'), ur: () => import('./ur.json?part=forum'), pl: () => import('./pl.json?part=forum') },
  receipt: { en: () => import('./en.json?part=receipt'), ur: () => import('./ur.json?part=receipt'), pl: () => import('./pl.json?part=receipt') },
  me: { en: () => import('./en.json?part=me'), ur: () => import('./ur.json?part=me'), pl: () => import('./pl.json?part=me') },
  event: { en: () => import('./en.json?part=event'), ur: () => import('./ur.json?part=event'), pl: () => import('./pl.json?part=event') },
  access: { en: () => import('./en.json?part=access'), ur: () => import('./ur.json?part=access'), pl: () => import('./pl.json?part=access') },
  about: { en: () => import('./en.json?part=about'), ur: () => import('./ur.json?part=about'), pl: () => import('./pl.json?part=about') },
};

type Messages = { [key: string]: string | Messages };
const catalogs: Partial<Record<LanguageCode, Messages>> = { en };
/** The sections of every part loaded so far, per language. */
const partCatalogs: Partial<Record<LanguageCode, Messages>> = {};
const loadedParts = new Set<string>();
const wantedParts = new Set<CatalogPart>();
let current: LanguageCode = 'en';
const listeners = new Set<() => void>();

// The language is not sensitive, so it is the one thing Heard keeps in browser storage.
const STORAGE_KEY = 'heard.language';

function isLanguage(value: unknown): value is LanguageCode {
  return LANGUAGES.some((l) => l.code === value);
}

function storedLanguage(): LanguageCode | undefined {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage can be blocked (private browsing, settings)
  }
}

function browserLanguage(): LanguageCode | undefined {
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return undefined;
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return LANGUAGES.find((l) => l.code === code)?.dir ?? 'ltr';
}

function applyToDocument(code: string): void {
  const root = document.documentElement;
  root.lang = code;
  root.dir = directionOf(code);
}

function lookup(messages: Messages | undefined, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralForm(language: string, count: number): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules.select(count);
}

/** Fills `{{name}}` placeholders. */
export function interpolate(message: string, values: MessageValues | undefined): string {
  // A missing value becomes empty rather than showing "{{name}}" to a child.
  return message.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => String(values?.[name] ?? ''));
}

/**
 * The message for `key` in `language`: with a numeric `values.count`, the plural form for that
 * number (then `_other`, then the bare key); missing messages fall back to English, then to the key.
 */
export function translate(language: LanguageCode, key: string, values?: MessageValues): string {
  const count = values?.count;
  for (const code of language === 'en' ? ['en' as const] : [language, 'en' as const]) {
    const messages = catalogs[code];
    const parts = partCatalogs[code];
    const candidates = typeof count === 'number' ? [`${key}_${pluralForm(code, count)}`, `${key}_other`, key] : [key];
    for (const candidate of candidates) {
      const message = lookup(messages, candidate) ?? lookup(parts, candidate);
      if (message !== undefined) return interpolate(message, values);
    }
  }
  return key;
}

const translators = new Map<LanguageCode, TFunction>();
function translatorFor(language: LanguageCode): TFunction {
  let t = translators.get(language);
  if (!t) translators.set(language, (t = (key, values) => translate(language, key, values)));
  return t;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language showing now (outside React: the GraphQL client's Accept-Language). */
export function currentLanguage(): LanguageCode {
  return current;
}

/**
 * The current language and its `t`. Components re-render when the language changes; `t` is a new
 * function for each language (and the same one otherwise), so it can sit in effect dependencies.
 */
export function useTranslation(): { t: TFunction; language: LanguageCode } {
  const language = useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
  return useMemo(() => ({ t: translatorFor(language), language }), [language]);
}

/** Fetches a language's catalog (once) without switching to it. */
export async function loadCatalog(code: LanguageCode): Promise<void> {
  if (catalogs[code]) return;
  const catalog = await loaders[code as Exclude<LanguageCode, 'en'>]();
  catalogs[code] = catalog.default as Messages;
}

function use(code: LanguageCode): void {
  current = code;
  applyToDocument(code);
  for (const listener of listeners) listener();
}

async function loadPart(part: CatalogPart, code: LanguageCode): Promise<void> {
  if (loadedParts.has(`${part}.${code}`)) return;
  const messages = (await partLoaders[part][code]()).default as Messages;
  partCatalogs[code] = { ...partCatalogs[code], ...messages };
  loadedParts.add(`${part}.${code}`);
}

/**
 * Loads an area's sections (for the current language and English, the fallback) before the area
 * renders; from then on, changing language loads them too.
 */
export async function loadCatalogPart(part: CatalogPart): Promise<void> {
  wantedParts.add(part);
  await Promise.all([loadPart(part, 'en'), loadPart(part, current)]);
}

/** Switches language, loading its catalog first, and remembers the choice on this device. */
export async function changeLanguage(code: LanguageCode): Promise<void> {
  await Promise.all([loadCatalog(code), ...[...wantedParts].map((part) => loadPart(part, code))]);
  use(code);
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembering is fine.
  }
}

/** Picks the remembered or browser language, loading its catalog before the first render. */
export async function setupI18n(): Promise<void> {
  const initial = storedLanguage() ?? browserLanguage() ?? 'en';
  if (initial !== 'en') {
    try {
      await loadCatalog(initial);
      current = initial;
    } catch {
      // The catalog chunk failed to load: carry on in English rather than show nothing.
    }
  }
  applyToDocument(current);
}
