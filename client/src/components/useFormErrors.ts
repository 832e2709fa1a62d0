import { useState } from 'react';
import type { SummaryError } from './ErrorSummary';

/**
 * Errors for one form: by field id (shown inline and in the summary) and for the whole form
 * (summary only). `focusKey` bumps on each failed submit so the summary takes focus.
 */
export function useFormErrors<F extends string>() {
  const [fields, setFields] = useState<Partial<Record<F, string>>>({});
  const [form, setForm] = useState<string | undefined>();
  const [focusKey, setFocusKey] = useState(0);

  function fail(nextFields: Partial<Record<F, string>>, nextForm?: string) {
    setFields(nextFields);
    setForm(nextForm);
    setFocusKey((k) => k + 1);
  }

  function clear() {
    setFields({});
    setForm(undefined);
  }

  const summary: SummaryError[] = [
    ...(form ? [{ message: form }] : []),
    ...(Object.entries(fields) as [F, string | undefined][])
      .filter((entry): entry is [F, string] => Boolean(entry[1]))
      .map(([href, message]) => ({ href, message })),
  ];

  return { fields, summary, focusKey, fail, clear, hasErrors: summary.length > 0 };
}
