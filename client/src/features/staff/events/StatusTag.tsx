import { useTranslation } from '../../../i18n/i18n';

/** PLANNED, HELD, CLOSED or CANCELLED as a small coloured tag (the colour is never the only cue: it has words). */
export function StatusTag({ status }: { status: 'PLANNED' | 'HELD' | 'CLOSED' | 'CANCELLED' }) {
  const { t } = useTranslation();
  return <strong className={`event-tag event-tag--${status.toLowerCase()}`}>{t(`events.status.${status}`)}</strong>;
}
