import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useTranslation } from '../i18n/i18n';

type Common = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Adds "(optional)" to the label. */
  optional?: boolean;
  /** Renders the label as the page's h1 (one question per page). */
  labelIsHeading?: boolean;
};

export function ErrorMessage({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{t('common.errorPrefix')} </span>
      {message}
    </p>
  );
}

function describedBy(id: string, hint: unknown, error: unknown, extra?: string): string | undefined {
  const ids = [extra, hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function FieldShell({ id, label, hint, error, optional, children }: Common & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
        {optional ? <span className="label__optional"> {t('common.optional')}</span> : null}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
      {children}
    </div>
  );
}

type FieldProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A labelled text input with hint and inline error. */
export function Field({ id, label, hint, error, optional, className, ...input }: FieldProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={id}
        name={input.name ?? id}
        className={['input', error ? 'input--error' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-describedby={describedBy(id, hint, error, input['aria-describedby'])}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </FieldShell>
  );
}

type TextAreaProps = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>;

export function TextArea({ id, label, hint, error, optional, className, rows = 4, ...input }: TextAreaProps) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={id}
        name={input.name ?? id}
        rows={rows}
        className={['textarea', error ? 'input--error' : '', className ?? ''].filter(Boolean).join(' ')}
        aria-describedby={describedBy(id, hint, error, input['aria-describedby'])}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </FieldShell>
  );
}

/**
 * An email address for signing in or getting a link: typed left to right even on a right-to-left
 * page, never spell-checked, offered by password managers as the username. Its id is `email`.
 */
export function EmailField({ label, error, value, onChange }: { label: ReactNode; error?: string; value: string; onChange: (value: string) => void }) {
  return (
    <Field
      id="email"
      type="email"
      label={label}
      error={error}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      autoComplete="username"
      spellCheck={false}
      dir="ltr"
    />
  );
}
