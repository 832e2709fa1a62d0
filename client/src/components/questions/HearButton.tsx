import { useSyncExternalStore } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { canSpeak, speak } from './speech';

const never = () => () => {};

/**
 * A big "hear it" button that reads `text` aloud in the page language. Not rendered when the
 * browser cannot speak, so nobody taps a button that does nothing.
 */
export function HearButton({ text, label, compact }: { text: string; label?: string; compact?: boolean }) {
  const { t, language } = useTranslation();
  const available = useSyncExternalStore(never, canSpeak, () => false);
  if (!available) return null;
  return (
    <button
      type="button"
      className={compact ? 'hear-button hear-button--compact' : 'hear-button'}
      aria-label={label}
      onClick={() => speak(text, language)}
    >
      {/* Drawn, not an emoji: it looks the same on every phone. */}
      <svg className="hear-button__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
        <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
        <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      {compact ? null : <span>{t('surveys.answer.hearIt')}</span>}
    </button>
  );
}
