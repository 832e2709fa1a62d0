import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '../i18n/i18n';

export type SummaryError = {
  /** The id of the input to jump to; omit for errors about the whole form. */
  href?: string;
  message: string;
};

type ErrorSummaryProps = {
  errors: SummaryError[];
  /** Changes on every failed submit, so the summary takes focus each time. */
  focusKey: number;
};

/**
 * GOV.UK-style error summary at the top of a form: announced, focused after a failed submit,
 * each item a link to the field it is about.
 */
export function ErrorSummary({ errors, focusKey }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // Unique per summary, so two forms on one page (a list with inline forms) never share an id.
  const titleId = useId();

  useEffect(() => {
    if (focusKey > 0 && errors.length > 0) box.current?.focus();
    // Focus only when a submit fails, not while the person edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);

  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={box} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 className="error-summary__title" id={titleId}>
        {t('common.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error, i) => (
          <li key={`${error.href ?? 'form'}-${i}`}>
            {error.href ? (
              <a
                href={`#${error.href}`}
                onClick={(event) => {
                  const target = document.getElementById(error.href!);
                  if (!target) return;
                  event.preventDefault();
                  target.scrollIntoView({ block: 'center' });
                  target.focus();
                }}
              >
                {error.message}
              </a>
            ) : (
              error.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
