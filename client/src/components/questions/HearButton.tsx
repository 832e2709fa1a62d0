import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { canSpeak, speak } from './speech';

const never = () => () => {};

/** A language named in itself ("اردو", "Polski"), whatever language the page is in. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A big "hear it" button that reads `text` aloud in `lang`, the language the text is written in
 * (the page language unless given). Not rendered when the browser cannot speak, so nobody taps a
 * button that does nothing; when the phone has no voice for that language it says so, kindly,
 * instead of reading the words in the wrong voice.
 */
export function HearButton({ text, label, compact, lang }: { text: string; label?: string; compact?: boolean; lang?: string }) {
  const { t, language } = useTranslation();
  const available = useSyncExternalStore(never, canSpeak, () => false);
  const [noVoice, setNoVoice] = useState(false);
  if (!available) return null;
  const speakIn = lang ?? language;
  return (
    <span className={compact ? 'hear hear--compact' : 'hear'}>
      <button
        type="button"
        className={compact ? 'hear-button hear-button--compact' : 'hear-button'}
        aria-label={label}
        onClick={() => {
          void speak(text, speakIn).then((spoke) => setNoVoice(!spoke));
        }}
      >
        {/* Drawn, not an emoji: it looks the same on every phone. */}
        <svg className="hear-button__icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
          <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
          <path d="M15.5 8.5a5 5 0 0 1 0 7M18 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        {compact ? null : <span>{t('surveys.answer.hearIt')}</span>}
      </button>
      <span className="hear__no-voice" role="status">
        {noVoice ? t('surveys.answer.noVoice', { language: languageName(speakIn) }) : null}
      </span>
    </span>
  );
}
