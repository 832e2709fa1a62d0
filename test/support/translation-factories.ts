import type { SurveyFixture } from './factories.js';

/**
 * A complete Urdu translation of the mixed survey (support/factories.ts MIXED_QUESTIONS), as a
 * translator would enter it: every prompt, the 4–7 wording of the first question and every choice.
 */
export function urduTranslation(s: SurveyFixture): {
  language: string;
  title: string;
  purpose: string;
  whatHappensNext: string;
  questions: Array<{ questionId: string; prompt: string; wordings?: Array<{ ageBand: string; text: string }>; choiceLabels?: string[] }>;
} {
  const [scale, single, multi, yesNo, text] = s.questions;
  return {
    language: 'ur',
    title: 'ارلی ہیلپ آپ کے لیے کیسا تھا؟',
    purpose: 'ہم جاننا چاہتے ہیں کہ یہ کیسا تھا، تاکہ ہم اسے بہتر بنا سکیں۔',
    whatHappensNext: 'ہم ہر جواب پڑھیں گے اور بہار میں بتائیں گے کہ ہم نے کیا بدلا۔',
    questions: [
      { questionId: scale.id, prompt: 'ارلی ہیلپ آپ کے لیے کیسا تھا؟', wordings: [{ ageBand: 'AGE_4_TO_7', text: 'کیا یہ اچھا تھا؟' }] },
      { questionId: single.id, prompt: 'آپ زیادہ تر کس سے ملے؟', choiceLabels: ['میرا کارکن', 'ایک استاد', 'کوئی اور'] },
      { questionId: multi.id, prompt: 'کس چیز نے مدد کی؟', choiceLabels: ['بات کرنا', 'سرگرمیاں', 'کھانا'] },
      { questionId: yesNo.id, prompt: 'کیا آپ کو لگا کہ آپ کی بات سنی گئی؟', choiceLabels: ['ہاں', 'نہیں'] },
      { questionId: text.id, prompt: 'کیا بہتر ہو سکتا ہے؟' },
    ],
  };
}
