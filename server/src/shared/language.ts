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
