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
  return (
    <ChoiceFieldset name={name} legend={legend} hint={hint} error={error}>
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
    </ChoiceFieldset>
  );
}

/**
 * The shell of a group of choices (GOV.UK pattern): a fieldset with its legend, an optional hint
 * and inline error, both read with the group; the choices go inside.
 */
export function ChoiceFieldset({ name, legend, hint, error, legendClass = 'fieldset__legend', children }: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  legendClass?: string;
  children: ReactNode;
}) {
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className={legendClass}>{legend}</legend>
        {hint ? (
          <div id={`${name}-hint`} className="hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={`${name}-error`} message={error} /> : null}
        {children}
      </fieldset>
    </div>
  );
}
