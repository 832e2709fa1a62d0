/** The languages Heard speaks (the client's catalogs: en, ur, pl). */
export type Language = 'en' | 'ur' | 'pl';

/** The first of en, ur, pl named in an Accept-Language header (the client sends its chosen language). */
export function pickLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  for (const part of header.split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (tag === 'en' || tag === 'ur' || tag === 'pl') return tag;
  }
  return 'en';
}

/** A survey's title, purpose and what-happens-next as stored: its own language and translations by language tag. */
export interface TranslatableText {
  language: string;
  translations: Record<string, Partial<Record<'title' | 'purpose' | 'whatHappensNext', string>>> | null;
}

/**
 * One field in the language asked for (an exact tag such as pt-BR, then its base language), falling
 * back to the survey's own words when that field has no translation. For rows read with plain SQL
 * (receipts, "you said, we did", follow-up emails); surveys/survey-language.ts does the same for entities.
 */
export function textIn(own: string, source: TranslatableText, field: 'title' | 'purpose' | 'whatHappensNext', asked: string | null | undefined): string {
  const tag = asked?.trim();
  if (!tag || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) return own;
  const [base, ...rest] = tag.split('-');
  const exact = [base.toLowerCase(), ...rest].join('-');
  if (exact === source.language) return own;
  const translated = source.translations?.[exact]?.[field] ?? source.translations?.[base.toLowerCase()]?.[field];
  return translated?.trim() ? translated : own;
}
