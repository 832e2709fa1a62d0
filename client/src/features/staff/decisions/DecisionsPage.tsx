import { useMemo } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { ButtonLink } from '../../../components/Button';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { useViewer } from '../../access/viewer';
import { ChangeStatusTag, OutcomeTag, ServicePeriodForm, servicePeriodFrom, useDateFormat, useNumberFormat, type ChangeStatus, type Outcome } from '../trace/common';
import { DecisionsQuery } from './decisionQueries';

const context = { additionalTypenames: ['Decision'] };

/** /staff/decisions — decisions, newest first, by service; deciders record new ones. */
export function DecisionsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const date = useDateFormat();
  const number = useNumberFormat();
  const filter = useMemo(() => servicePeriodFrom(location.search), [location.search]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: DecisionsQuery, variables: { serviceId: filter.serviceId || null }, context });
  const decider = viewer.role === 'ADMIN' || viewer.role === 'COMMISSIONER';

  return (
    <Page title={t('trace.decisions.title')} wide>
      <p className="body-l">{t('trace.decisions.intro')}</p>
      {decider ? (
        <p>
          <ButtonLink to="/staff/decisions/new">{t('trace.decisions.record')}</ButtonLink>
        </p>
      ) : null}
      <ServiceOnlyFilter serviceId={filter.serviceId} />
      {fetching && !data ? (
        <LoadingState label={t('trace.decisions.loading')} />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !data?.decisions.length ? (
        <EmptyState message={t('trace.decisions.empty')} />
      ) : (
        <table className="trace-table">
          <caption className="visually-hidden">{t('trace.decisions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trace.decisions.decision')}</th>
              <th scope="col">{t('trace.decisions.outcome')}</th>
              <th scope="col">{t('trace.decisions.decided')}</th>
              <th scope="col">{t('trace.common.service')}</th>
              <th scope="col" className="trace-number">{t('trace.decisions.voices')}</th>
              <th scope="col">{t('trace.decisions.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {data.decisions.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  <Link to={`/staff/decisions/${d.id}`} className="link">{d.title}</Link>
                  {d.published ? null : <span className="secondary-text"> ({t('trace.decisions.notPublished')})</span>}
                </th>
                <td><OutcomeTag outcome={d.outcome as Outcome} /></td>
                <td>{date(d.decidedAt)}<br /><span className="secondary-text">{d.decidedBy}</span></td>
                <td>{d.service?.name ?? t('trace.common.noService')}</td>
                <td className="trace-number">{number(d.evidenceCount)}</td>
                <td>
                  {d.changes.length
                    ? d.changes.map((c) => <ChangeStatusTag key={c.id} status={c.status as ChangeStatus} />)
                    : <span className="secondary-text">{t('trace.decisions.noChanges')}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

/** The service filter alone (decisions are not filtered by period). */
function ServiceOnlyFilter({ serviceId }: { serviceId: string }) {
  return <ServicePeriodForm value={{ serviceId, from: '', to: '' }} path="/staff/decisions" serviceOnly />;
}
