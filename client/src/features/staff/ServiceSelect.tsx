import type { ReactNode } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { ErrorMessage } from '../../components/Field';
import { useServices } from './services';

/**
 * A labelled choice of the organisation's services, with a first option for none (or all) and an
 * inline error. The value is a service id, or empty for that first option.
 */
export function ServiceSelect({
  id,
  label,
  noneLabel,
  optional,
  error,
  value,
  onChange,
  className,
  selectClassName = 'input select',
}: {
  id: string;
  label: ReactNode;
  noneLabel: string;
  optional?: boolean;
  error?: string;
  value: string;
  onChange: (serviceId: string) => void;
  className?: string;
  /** Each area styles its selects (events.css, surveys.css). */
  selectClassName?: string;
}) {
  const { t } = useTranslation();
  const [{ data }] = useServices();
  return (
    <div className={['form-group', error ? 'form-group--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="label" htmlFor={id}>
        {label}
        {optional ? <span className="label__optional"> {t('common.optional')}</span> : null}
      </label>
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
      <select id={id} className={selectClassName} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={error ? `${id}-error` : undefined}>
        <option value="">{noneLabel}</option>
        {(data?.services ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
