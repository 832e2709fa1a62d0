import { describe, expect, test } from 'vitest';
import { loadCatalog, translate } from './i18n';

// Catalogs other than English load on demand in the browser; here only English is loaded, so
// every language falls back to it. Plural rules still come from the language asked for.
describe('translate', () => {
  test('looks up nested keys and fills {{placeholders}}', () => {
    expect(translate('en', 'staff.signedInAs', { name: 'Priya Patel' })).toBe('Signed in as Priya Patel');
  });

  test('picks the plural form for count with the language’s own rules', () => {
    expect(translate('en', 'errors.rateLimitedWait', { count: 1 })).toBe(
      'There have been too many tries. Wait 1 minute, then try again.',
    );
    expect(translate('en', 'errors.rateLimitedWait', { count: 5 })).toBe(
      'There have been too many tries. Wait 5 minutes, then try again.',
    );
  });

  test('an unknown key shows the key, and a missing value shows nothing rather than braces', () => {
    expect(translate('en', 'no.such.key' as never)).toBe('no.such.key');
    expect(translate('en', 'staff.signedInAs')).toBe('Signed in as ');
  });

  test('falls back to English when a language lacks a message', () => {
    expect(translate('pl', 'no.such.key' as never)).toBe('no.such.key');
    expect(translate('ur', 'app.name')).toBe('Heard');
  });

  test('Polish has one, few and many forms', async () => {
    await loadCatalog('pl');
    expect(translate('pl', 'errors.rateLimitedWait', { count: 1 })).toContain('Odczekaj 1 minutę ');
    expect(translate('pl', 'errors.rateLimitedWait', { count: 3 })).toContain('Odczekaj 3 minuty ');
    expect(translate('pl', 'errors.rateLimitedWait', { count: 5 })).toContain('Odczekaj 5 minut ');
    expect(translate('pl', 'errors.rateLimitedWait', { count: 22 })).toContain('Odczekaj 22 minuty ');
  });
});
