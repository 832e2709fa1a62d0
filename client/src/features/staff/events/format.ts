import { useMemo } from 'react';
import { useTranslation, type LanguageCode } from '../../../i18n/i18n';

// British English dates for 'en' (the councils are in the UK); the others in their own style.
const LOCALES: Record<LanguageCode, string> = { en: 'en-GB', ur: 'ur-PK', pl: 'pl-PL' };

/** Formats dates, times and shares in the page's language. */
export function useFormat() {
  const { language } = useTranslation();
  return useMemo(() => {
    const locale = LOCALES[language] ?? 'en-GB';
    const dateTime = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' });
    const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    return {
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      date: (iso: string) => date.format(new Date(iso)),
      time: (iso: string) => time.format(new Date(iso)),
      percent: (share: number) => percent.format(share),
    };
  }, [language]);
}

/** A date as the value of an <input type="datetime-local"> (local time, to the minute). */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
