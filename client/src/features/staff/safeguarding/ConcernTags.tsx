import type { ReactNode } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import type { ConcernStatus } from './concerns';
import './safeguarding.css';

export function StatusTag({ status }: { status: ConcernStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-tag status-tag--${status.toLowerCase()}`}>
      <span className="visually-hidden">{t('safeguarding.statusLabel')} </span>
      {t(`safeguarding.status.${status}`)}
    </span>
  );
}

export function SeverityTag({ severity }: { severity: 'HIGH' | 'MEDIUM' }) {
  const { t } = useTranslation();
  return <span className={`status-tag status-tag--${severity.toLowerCase()}`}>{t(`safeguarding.severity.${severity}`)}</span>;
}

/** Overdue, said in words with a "!" mark and a thick edge: never by colour alone. */
export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <strong className="overdue-tag">
      <span className="overdue-tag__mark" aria-hidden="true">
        !
      </span>
      {t('safeguarding.overdue')}
    </strong>
  );
}

/** GOV.UK warning text: a "!" icon, and "Warning" for screen readers. */
export function WarningText({ children, className }: { children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <div className={['warning-text', className ?? ''].filter(Boolean).join(' ')}>
      <span className="warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong>
        <span className="visually-hidden">{t('safeguarding.warning')} </span>
        {children}
      </strong>
    </div>
  );
}
