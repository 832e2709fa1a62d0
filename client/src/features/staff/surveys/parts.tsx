import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { useTranslation } from '../../../i18n/i18n';
import { ErrorMessage } from '../../../components/Field';
import type { AgeBand } from '../../../components/questions/questions';

export type SurveyStatus = 'DRAFT' | 'OPEN' | 'CLOSED';

export function StatusTag({ status }: { status: SurveyStatus }) {
  const { t } = useTranslation();
  return <strong className={`status-tag status-tag--${status.toLowerCase()}`}>{t(`staffSurveys.status.${status}`)}</strong>;
}

/** The raw field path of the first BAD_USER_INPUT error (e.g. `choices.1.label`), if any. */
export function badInputField(error: CombinedError | undefined | null): string | undefined {
  return erroredField(error, 'BAD_USER_INPUT');
}

/** The raw field path of the first error with this code (a CONFLICT names the field it is about too). */
export function erroredField(error: CombinedError | undefined | null, code: 'BAD_USER_INPUT' | 'CONFLICT'): string | undefined {
  for (const e of error?.graphQLErrors ?? []) {
    if (e.extensions?.code === code) {
      const field = e.extensions.field;
      return typeof field === 'string' ? field.replace(/^input\./, '') : Array.isArray(field) ? field.join('.') : '';
    }
  }
  return undefined;
}

export function formatDate(value: string | null | undefined, language: string): string | null {
  if (!value) return null;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(new Date(value));
}

/** A GOV.UK-style group of checkboxes. The first input's id is `name`, for error summary links. */
export function CheckboxGroup<V extends string>({
  name,
  legend,
  hint,
  error,
  options,
  values,
  onChange,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly { value: V; label: ReactNode }[];
  values: readonly V[];
  onChange: (values: V[]) => void;
}) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div id={`${name}-hint`} className="hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={`${name}-error`} message={error} /> : null}
        <div className="checkboxes">
          {options.map((option, i) => {
            const id = i === 0 ? name : `${name}-${option.value}`;
            const checked = values.includes(option.value);
            return (
              <div className="checkbox" key={option.value}>
                <input
                  className="checkbox__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  checked={checked}
                  onChange={() =>
                    onChange(
                      options.map((o) => o.value).filter((v) => (v === option.value ? !checked : values.includes(v))),
                    )
                  }
                />
                <label className="checkbox__label" htmlFor={id}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A count that may be suppressed: never shown as 0, but as "fewer than N". */
export function Count({ count, suppressed, threshold }: { count: number | null; suppressed: boolean; threshold: number }) {
  const { t } = useTranslation();
  if (suppressed || count === null) return <span className="suppressed">{t('staffSurveys.results.fewerThan', { threshold })}</span>;
  return <>{count}</>;
}

/** Age bands as staff read them in tables ("Not said" rather than the child's "I'd rather not say"). */
export const bandLabel = (t: ReturnType<typeof useTranslation>['t'], band: AgeBand) => t(`staffSurveys.band.${band}`);
