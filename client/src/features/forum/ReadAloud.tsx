import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from '../../i18n/i18n';

const never = () => () => {};
const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';

/**
 * "Read it to me": the browser's own speech synthesis reads `text` in the page language (nothing
 * is fetched or sent). Pressing again stops. Hidden when the browser cannot speak.
 */
export function ReadAloud({ text }: { text: string }) {
  const { t } = useTranslation();
  const available = useSyncExternalStore(never, canSpeak, () => false);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => () => {
    if (canSpeak()) window.speechSynthesis.cancel();
  }, []);

  if (!available) return null;

  function toggle() {
    const synth = window.speechSynthesis;
    synth.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    const lang = document.documentElement.lang || 'en';
    const utterance = new window.SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.rate = 0.9;
    const voice = synth.getVoices().find((v) => v.lang.toLowerCase().startsWith(lang.toLowerCase()));
    if (voice) utterance.voice = voice;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    synth.speak(utterance);
  }

  return (
    <button type="button" className="read-aloud" onClick={toggle}>
      <span aria-hidden="true">🔊 </span>
      {speaking ? t('forum.readAloud.stop') : t('forum.readAloud.start')}
    </button>
  );
}
