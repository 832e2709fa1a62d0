/** True when this browser can read text aloud (the "hear it" buttons are hidden otherwise). */
export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
}

/**
 * Reads `text` aloud in `lang` (the page language) with the browser's own speech synthesis: no
 * audio files, nothing sent anywhere. A new tap stops what was being read.
 */
export function speak(text: string, lang: string): void {
  if (!canSpeak()) return;
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new window.SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.rate = 0.9; // a little slower, for young listeners
  synth.speak(utterance);
}
