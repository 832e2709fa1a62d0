import type { ReactNode } from 'react';
import { ErrorMessage } from './Field';
import { ChoiceFieldset } from './Radios';

type CheckboxProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A big, bordered, full-width row for phones (well over 44×44 px). */
  large?: boolean;
};

/**
 * One yes/no choice as a checkbox (GOV.UK pattern): a drawn box with the native input laid over
 * it as the hit area, the label beside it, an optional hint and inline error.
 */
export function Checkbox({ id, label, hint, error, checked, onChange, large }: CheckboxProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
      <div className={large ? 'checkbox checkbox--large' : 'checkbox'}>
        <input
          className="checkbox__input"
          id={id}
          name={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
        />
        <label className="checkbox__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <div id={`${id}-hint`} className="hint checkbox__hint">
            {hint}
          </div>
        ) : null}
      </div>
    </div>
  );
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
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint} error={error} legendClass="fieldset__legend fieldset__legend--s">
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
    </ChoiceFieldset>
  );
}
