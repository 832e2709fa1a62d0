import { Link, useLocation } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { useViewer } from '../../access/viewer';
import { CONCERN_STATUSES, SCREENING, useQueue, type ConcernStatus, type QueueConcern } from './concerns';
import { OverdueTag, SeverityTag, StatusTag, WarningText } from './ConcernTags';
import { useDateTimeFormat } from './dates';

function statusFrom(search: string): ConcernStatus | null {
  const value = new URLSearchParams(search).get('status');
  return CONCERN_STATUSES.find((s) => s === value) ?? null;
}

/** Links rather than a form: each filter has its own address, so it can be bookmarked and shared. */
function StatusFilter({ current }: { current: ConcernStatus | null }) {
  const { t } = useTranslation();
  const options: { status: ConcernStatus | null; label: string }[] = [
    { status: null, label: t('safeguarding.queue.filterAll') },
    ...CONCERN_STATUSES.map((status) => ({ status, label: t(`safeguarding.status.${status}`) })),
  ];
  return (
    <nav aria-labelledby="status-filter-label">
      <p className="filter-links__label" id="status-filter-label">
        {t('safeguarding.queue.filterLabel')}
      </p>
      <ul className="filter-links">
        {options.map((option) => (
          <li key={option.status ?? 'all'}>
            <Link
              to={option.status ? `/staff/safeguarding?status=${option.status}` : '/staff/safeguarding'}
              aria-current={option.status === current ? 'true' : undefined}
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ConcernCard({ concern }: { concern: QueueConcern }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const raised = formatDateTime(concern.raisedAt);
  return (
    <li className={concern.overdue ? 'concern-card concern-card--overdue' : 'concern-card'}>
      <h2 className="concern-card__title">
        <Link to={`/staff/safeguarding/${concern.id}`} className="link">
          {/* <bdi>: a title in English keeps its punctuation in place on an Urdu (right-to-left) page. */}
          <bdi>{concern.input.sourceTitle}</bdi>
          <span className="visually-hidden">{t('safeguarding.queue.raisedSuffix', { time: raised })}</span>
        </Link>
      </h2>
      <p className="tag-row">
        {concern.overdue ? <OverdueTag /> : null}
        <StatusTag status={concern.status} />
        <SeverityTag severity={concern.severity} />
      </p>
      <dl className="meta-list">
        <dt>{t('safeguarding.fields.raisedBy')}</dt>
        <dd>{concern.raisedBy === SCREENING ? t('safeguarding.raisedByScreening') : concern.raisedBy}</dd>
        <dt>{t('safeguarding.fields.raisedAt')}</dt>
        <dd>
          <time dateTime={concern.raisedAt}>{raised}</time>
        </dd>
        <dt>{t('safeguarding.fields.dueBy')}</dt>
        <dd>
          <time dateTime={concern.dueBy}>{formatDateTime(concern.dueBy)}</time>
        </dd>
        <dt>{t('safeguarding.fields.ageBand')}</dt>
        <dd>{concern.input.ageBand ? t(`ageBand.${concern.input.ageBand}`) : t('safeguarding.ageUnknown')}</dd>
        {concern.referralReference ? (
          <>
            <dt>{t('safeguarding.fields.reference')}</dt>
            <dd>
              <bdi>{concern.referralReference}</bdi>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

function Queue({ status }: { status: ConcernStatus | null }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQueue(status);

  if (fetching && !data) return <LoadingState label={t('safeguarding.queue.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const concerns = data?.safeguardingConcerns ?? [];
  if (concerns.length === 0) {
    return <EmptyState message={status ? t('safeguarding.queue.emptyStatus', { status: t(`safeguarding.status.${status}`) }) : t('safeguarding.queue.empty')} />;
  }
  const overdue = concerns.filter((c) => c.overdue).length;
  return (
    <>
      {overdue > 0 ? (
        <WarningText className="warning-text--overdue">{t('safeguarding.queue.overdueWarning', { count: overdue })}</WarningText>
      ) : null}
      <p className="body">{t('safeguarding.queue.count', { count: concerns.length })}</p>
      <ul className="concern-list">
        {concerns.map((concern) => (
          <ConcernCard key={concern.id} concern={concern} />
        ))}
      </ul>
    </>
  );
}

/**
 * The organisation's safeguarding queue: open concerns first, then by deadline (the server's
 * order). Leads act on concerns; an administrator sees the queue for oversight, without the words.
 */
export function SafeguardingQueuePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  const status = statusFrom(location.search);
  return (
    <Page title={t('safeguarding.queue.title')} wide>
      <p className="body-l">{viewer.role === 'SAFEGUARDING_LEAD' ? t('safeguarding.queue.introLead') : t('safeguarding.queue.introAdmin')}</p>
      <StatusFilter current={status} />
      <Queue status={status} />
    </Page>
  );
}
