import type { ReactNode } from 'react';
import { ErrorMessage } from './Field';

export type RadioOption<V extends string> = { value: V; label: ReactNode; hint?: ReactNode };

type RadiosProps<V extends string> = {
  /** Used for the input name and as the prefix of each input id; the first input's id is `${name}`. */
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  options: readonly RadioOption<V>[];
  value: V | undefined;
  onChange: (value: V) => void;
  /** Big, well-spaced choices for child-facing pages. */
  large?: boolean;
};

/**
 * A fieldset of radio buttons. The first input's id equals `name`, so an error summary link to
 * `#${name}` lands on the group.
 */
export function Radios<V extends string>({ name, legend, hint, error, options, value, onChange, large }: RadiosProps<V>) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend">{legend}</legend>
        {hint ? (
          <div id={`${name}-hint`} className="hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={`${name}-error`} message={error} /> : null}
        <div className={large ? 'radios radios--large' : 'radios'}>
          {options.map((option, i) => {
            const id = i === 0 ? name : `${name}-${option.value}`;
            return (
              <div className="radios__item" key={option.value}>
                <input
                  className="radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={value === option.value}
                  onChange={() => onChange(option.value)}
                  aria-describedby={option.hint ? `${id}-hint` : undefined}
                />
                <label className="radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${id}-hint`} className="hint radios__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
