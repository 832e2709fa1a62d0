import { useMemo } from 'react';
import { useTranslation, type LanguageCode } from '../../../i18n/i18n';

// English as written in the UK (day before month); the other languages use their own conventions.
const LOCALES: Record<LanguageCode, string> = { en: 'en-GB', ur: 'ur', pl: 'pl' };

/** Formats a date and time in the page's language: "3 Mar 2026, 14:05", "3 mar 2026, 14:05". */
export function useDateTimeFormat(): (iso: string) => string {
  const { language } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
  }, [language]);
}
