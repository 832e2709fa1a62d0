import { useTranslation } from '../../../i18n/i18n';

/** PLANNED, HELD or CLOSED as a small coloured tag (the colour is never the only cue: it has words). */
export function StatusTag({ status }: { status: 'PLANNED' | 'HELD' | 'CLOSED' }) {
  const { t } = useTranslation();
  return <strong className={`event-tag event-tag--${status.toLowerCase()}`}>{t(`events.status.${status}`)}</strong>;
}
