import { useCallback, useState } from 'react';
import type { AgeBand, Answer } from '../../components/questions/questions';

/** Where the person is: choosing an age band, on question n (0-based), or ready to send. */
export type Step = 'age' | 'check' | number;

/**
 * Answers in progress, kept on this device as the person goes (`heard.answers.<surveyId>`), so a
 * reload or a dropped signal loses nothing. Deleted once the server has acknowledged them.
 */
export type Draft = {
  /** Made when answering starts; the server stores one response per id, however often it is sent. */
  clientSubmissionId: string;
  startedAt: number;
  ageBand?: AgeBand;
  step: Step;
  answers: Record<string, Answer>;
  /** Sent (or queued to send): no more changes. */
  sent?: boolean;
};

// Unsent answers nobody came back to are not kept for ever on a phone that may be shared.
const UNSENT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

export const draftKey = (surveyId: string) => `heard.answers.${surveyId}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadDraft(surveyId: string): Draft | null {
  try {
    const raw = storage()?.getItem(draftKey(surveyId));
    const draft = raw ? (JSON.parse(raw) as Draft) : null;
    if (!draft || typeof draft.clientSubmissionId !== 'string' || typeof draft.answers !== 'object') return null;
    if (!draft.sent && Date.now() - draft.startedAt > UNSENT_MAX_AGE_MS) {
      clearDraft(surveyId);
      return null;
    }
    return draft;
  } catch {
    return null;
  }
}

function saveDraft(surveyId: string, draft: Draft): void {
  try {
    storage()?.setItem(draftKey(surveyId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the answers still live in the page.
  }
}

export function clearDraft(surveyId: string): void {
  try {
    storage()?.removeItem(draftKey(surveyId));
  } catch {
    // nothing to clear
  }
}

/** A random id for this submission (letters, digits and dashes, as the API expects). */
export function newSubmissionId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The draft for one survey, saved on every change. */
export function useDraft(surveyId: string) {
  const [draft, setDraft] = useState<Draft | null>(() => loadDraft(surveyId));

  const update = useCallback(
    (change: (draft: Draft) => Draft) => {
      setDraft((current) => {
        if (!current) return current;
        const next = change(current);
        saveDraft(surveyId, next);
        return next;
      });
    },
    [surveyId],
  );

  const start = useCallback(
    (initial: Partial<Draft> = {}) => {
      const next: Draft = { clientSubmissionId: newSubmissionId(), startedAt: Date.now(), step: 'age', answers: {}, ...initial };
      saveDraft(surveyId, next);
      setDraft(next);
    },
    [surveyId],
  );

  const clear = useCallback(() => {
    clearDraft(surveyId);
    setDraft(null);
  }, [surveyId]);

  return { draft, update, start, clear };
}
