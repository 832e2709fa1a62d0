/** True when this browser can read text aloud (the "hear it" buttons are hidden otherwise). */
export function canSpeak(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
}

/** The base language of a tag or a voice's lang ("ur-PK", "ur_PK" → "ur"). */
function baseOf(tag: string): string {
  return tag.toLowerCase().replace('_', '-').split('-')[0];
}

/**
 * The phone's voices. Chromium fills the list after the page loads and says so with
 * `voiceschanged`, so an empty list is waited on briefly before it is believed.
 */
async function voices(): Promise<SpeechSynthesisVoice[]> {
  const synth = window.speechSynthesis;
  const now = synth.getVoices();
  if (now.length) return now;
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener?.('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, 700);
    synth.addEventListener?.('voiceschanged', done);
  });
}

/** A voice that speaks `lang`: the exact tag first, then any voice of the same base language. */
export async function voiceFor(lang: string): Promise<SpeechSynthesisVoice | null> {
  const all = await voices();
  const exact = all.find((v) => v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase());
  return exact ?? all.find((v) => baseOf(v.lang) === baseOf(lang)) ?? null;
}

/**
 * Reads `text` aloud in `lang` (the language of the text, not necessarily the page's) with the
 * browser's own speech synthesis: no audio files, nothing sent anywhere. A new tap stops what was
 * being read. Resolves to false, reading nothing, when the phone has no voice for that language:
 * Urdu read by an English voice is noise, so the caller says so instead.
 */
export async function speak(text: string, lang: string): Promise<boolean> {
  if (!canSpeak()) return false;
  const voice = await voiceFor(lang);
  if (!voice) return false;
  const synth = window.speechSynthesis;
  synth.cancel();
  const utterance = new window.SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9; // a little slower, for young listeners
  synth.speak(utterance);
  return true;
}
