import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

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

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}

// English ships in the main bundle; other catalogs are bundled as their own chunks and fetched from
// this origin only when chosen (no HTTP backend, no third party).
const loaders: Record<Exclude<LanguageCode, 'en'>, () => Promise<{ default: unknown }>> = {
  ur: () => import('./ur.json'),
  pl: () => import('./pl.json'),
};

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

async function ensureLoaded(code: LanguageCode): Promise<void> {
  if (code === 'en' || i18n.hasResourceBundle(code, 'translation')) return;
  const catalog = await loaders[code]();
  i18n.addResourceBundle(code, 'translation', catalog.default, true, true);
}

/** Switches language, loading its catalog first, and remembers the choice on this device. */
export async function changeLanguage(code: LanguageCode): Promise<void> {
  await ensureLoaded(code);
  await i18n.changeLanguage(code);
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Not remembering is fine.
  }
}

/** Sets up i18next before the first render, in the remembered or browser language. */
export async function setupI18n(): Promise<typeof i18n> {
  const initial = storedLanguage() ?? browserLanguage() ?? 'en';
  i18n.on('languageChanged', applyToDocument);
  await i18n.use(initReactI18next).init({
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((l) => l.code),
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
  });
  if (initial !== 'en') {
    try {
      await ensureLoaded(initial);
      await i18n.changeLanguage(initial);
    } catch {
      // The catalog chunk failed to load: carry on in English rather than show nothing.
    }
  }
  applyToDocument(i18n.language);
  return i18n;
}

export { i18n };
