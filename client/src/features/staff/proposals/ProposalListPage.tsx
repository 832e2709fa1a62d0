import { useQuery } from 'urql';
import { Link, useLocation } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { ButtonLink } from '../../../components/Button';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useViewer } from '../../access/viewer';
import { StatusTag } from './StatusTag';
import { PROPOSAL_STATUSES, StaffProposalsQuery, formatDateTime, proposalContext, type ProposalStatus } from './proposalQueries';

const FILTERS = ['ALL', 'DRAFT', 'OPEN_FOR_VOTING', 'VOTING_CLOSED'] as const;

function filtersFrom(search: string): { status: ProposalStatus | null; forumId: string | null } {
  const params = new URLSearchParams(search);
  const status = params.get('status');
  return {
    status: (PROPOSAL_STATUSES as readonly string[]).includes(status ?? '') ? (status as ProposalStatus) : null,
    forumId: params.get('forum'),
  };
}

/** /staff/proposals — the organisation's proposals, by status (and forum, from a forum page). */
export function ProposalListPage() {
  const { t, language } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const { status, forumId } = filtersFrom(location.search);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StaffProposalsQuery, variables: { status, forumId }, context: proposalContext });
  const proposals = data?.proposals ?? [];
  const canManage = viewer.role !== 'SAFEGUARDING_LEAD';

  let body;
  if (fetching && !data) body = <LoadingState label={t('staffProposals.list.loading')} />;
  else if (error && !data) body = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (proposals.length === 0) body = <EmptyState message={t('staffProposals.list.empty')} />;
  else {
    body = (
      <table className="forum-table">
        <caption className="visually-hidden">{t('staffProposals.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staffProposals.list.columns.title')}</th>
            <th scope="col">{t('staffProposals.list.columns.forum')}</th>
            <th scope="col">{t('staffProposals.list.columns.status')}</th>
            <th scope="col">{t('staffProposals.list.columns.closes')}</th>
            <th scope="col">{t('staffProposals.list.columns.votes')}</th>
          </tr>
        </thead>
        <tbody>
          {proposals.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/staff/proposals/${p.id}`} className="link">
                  {p.title}
                </Link>
              </td>
              <td>{p.forum?.name ?? t('staffProposals.list.noForum')}</td>
              <td>
                <StatusTag status={p.status} />
              </td>
              <td>{formatDateTime(p.votingClosesAt, language) ?? '–'}</td>
              <td>{p.votesCast}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  const filterLink = (filter: (typeof FILTERS)[number]) => {
    const params = new URLSearchParams();
    if (filter !== 'ALL') params.set('status', filter);
    if (forumId) params.set('forum', forumId);
    const query = params.toString();
    return `/staff/proposals${query ? `?${query}` : ''}`;
  };

  return (
    <Page title={t('staffProposals.list.title')} backTo="/staff" wide>
      <p className="body-l">{t('staffProposals.list.intro')}</p>
      {canManage ? <ButtonLink to="/staff/proposals/new">{t('staffProposals.list.create')}</ButtonLink> : null}
      <nav aria-label={t('staffProposals.list.filterLabel')}>
        <ul className="button-row proposal-filters">
          {FILTERS.map((filter) => (
            <li key={filter}>
              <Link to={filterLink(filter)} className="link" aria-current={(status ?? 'ALL') === filter ? 'page' : undefined}>
                {t(`staffProposals.list.filters.${filter}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {body}
    </Page>
  );
}
