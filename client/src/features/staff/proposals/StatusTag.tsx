import { useTranslation } from '../../../i18n/i18n';
import type { ProposalStatus } from './proposalQueries';

export function StatusTag({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return <strong className={`proposal-status proposal-status--${status}`}>{t(`staffProposals.status.${status}`)}</strong>;
}
