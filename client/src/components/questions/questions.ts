/*
 * Survey questions as children see them, shared by the participant pages (/s/:code) and the staff
 * preview and assisted entry, so what staff preview is exactly what a child gets. Nothing here
 * imports staff code.
 */

export const AGE_BANDS = ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_25', 'PARENT_CARER', 'NOT_SAID'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export type QuestionType = 'SCALE' | 'SINGLE_CHOICE' | 'MULTI_CHOICE' | 'YES_NO' | 'TEXT';

export type QuestionShape = {
  id: string;
  type: QuestionType;
  prompt: string;
  required: boolean;
  scaleMax: number | null;
  maxLength?: number | null;
  wordings: readonly { ageBand: AgeBand; text: string }[];
  choices: readonly { id: string; label: string; emoji: string | null }[];
};

/** One answer as kept on the device and sent (AnswerInput without the question id). */
export type Answer = { choiceIds?: string[]; scale?: number; text?: string };

/**
 * How questions look for an age band: 'young' (4–7: faces, pictures, read aloud), 'simple'
 * (8–11: faces and the band's own wording), 'standard' (everyone else).
 */
export type Mode = 'young' | 'simple' | 'standard';

export function modeFor(band: AgeBand | null | undefined): Mode {
  return band === 'AGE_4_TO_7' ? 'young' : band === 'AGE_8_TO_11' ? 'simple' : 'standard';
}

/** The question's wording for an age band, falling back to the main prompt (as the API's promptFor). */
export function promptFor(question: Pick<QuestionShape, 'prompt' | 'wordings'>, band: AgeBand | null | undefined): string {
  return question.wordings.find((w) => w.ageBand === band)?.text ?? question.prompt;
}

/** True when the answer says something (an empty text or no choice is no answer). */
export function isAnswered(question: Pick<QuestionShape, 'type'>, answer: Answer | undefined): boolean {
  if (!answer) return false;
  switch (question.type) {
    case 'SCALE':
      return typeof answer.scale === 'number';
    case 'TEXT':
      return Boolean(answer.text?.trim());
    default:
      return Boolean(answer.choiceIds?.length);
  }
}

/** The five faces, sad to happy, by their catalog words (surveys.answer.faces.*). */
export const FACE_WORDS = ['reallySad', 'sad', 'ok', 'happy', 'reallyHappy'] as const;

/** Which of the five faces stands for `value` on a 1..max scale (sad to happy). */
export function faceIndex(value: number, max: number): number {
  if (max <= 1) return 2;
  return Math.round(((value - 1) * (FACE_WORDS.length - 1)) / (max - 1));
}
