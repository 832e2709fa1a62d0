import { useEffect, useState } from 'react';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../../graphql';
import { useTranslation, type MessageKey, type TFunction } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { useDateTimeFormat } from '../safeguarding/dates';
import '../safeguarding/safeguarding.css';

const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String) {
    auditLog(first: $first, after: $after) {
      edges {
        node {
          id
          at
          actor
          action
          targetType
          targetId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Entry = ResultOf<typeof AuditLogQuery>['auditLog']['edges'][number]['node'];

const PAGE_SIZE = 25;

/**
 * Actions and record types are names from the code (`acknowledgeConcern`, `SafeguardingConcern`).
 * Those the catalog knows are shown in words; a newer one shows as its code name rather than not at all.
 */
function named(t: TFunction, section: 'actions' | 'targets', name: string): { label: string; known: boolean } {
  const key = `auditLog.${section}.${name}`;
  const label = t(key as MessageKey);
  return label === key ? { label: name, known: false } : { label, known: true };
}

function Named({ section, name }: { section: 'actions' | 'targets'; name: string }) {
  const { t } = useTranslation();
  const { label, known } = named(t, section, name);
  return known ? <>{label}</> : <code dir="ltr">{label}</code>;
}

/**
 * ADMIN: the organisation's audit log, newest first. "Load more" adds the next page to the same
 * table and keeps focus on the button, and the count of entries shown is announced.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const [after, setAfter] = useState<string | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  // Kept from the last page that arrived, so "Load more" stays (and keeps focus) while the next loads.
  const [pageInfo, setPageInfo] = useState<{ hasNextPage: boolean; endCursor?: string | null } | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: AuditLogQuery,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: 'network-only',
  });

  useEffect(() => {
    if (!data) return;
    const page = data.auditLog.edges.map((e) => e.node);
    setPageInfo(data.auditLog.pageInfo);
    setEntries((shown) => {
      const seen = new Set(shown.map((e) => e.id));
      return [...shown, ...page.filter((e) => !seen.has(e.id))];
    });
  }, [data]);

  const first = after === null;
  let body;
  if (first && fetching && entries.length === 0) body = <LoadingState label={t('auditLog.loading')} />;
  else if (first && error && entries.length === 0) body = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (entries.length === 0) body = <EmptyState message={t('auditLog.empty')} />;
  else {
    body = (
      <>
        <div className="table-wrap" role="region" aria-labelledby="audit-table-caption" tabIndex={0}>
          <table className="data-table">
            <caption id="audit-table-caption">{t('auditLog.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('auditLog.columns.at')}</th>
                <th scope="col">{t('auditLog.columns.actor')}</th>
                <th scope="col">{t('auditLog.columns.action')}</th>
                <th scope="col">{t('auditLog.columns.targetType')}</th>
                <th scope="col">{t('auditLog.columns.targetId')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                  </td>
                  <td dir="auto">{entry.actor}</td>
                  <td>
                    <Named section="actions" name={entry.action} />
                  </td>
                  <td>
                    <Named section="targets" name={entry.targetType} />
                  </td>
                  <td>
                    {/* The first part of the id is enough to see which entries are about the same record. */}
                    <code dir="ltr" title={entry.targetId}>
                      {entry.targetId.slice(0, 8)}
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {!first && error ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
        {pageInfo?.hasNextPage && pageInfo.endCursor ? (
          <Button
            variant="secondary"
            busy={fetching}
            busyLabel={t('auditLog.loadingMore')}
            onClick={() => setAfter(pageInfo.endCursor ?? null)}
          >
            {t('auditLog.loadMore')}
          </Button>
        ) : null}
      </>
    );
  }

  return (
    <Page title={t('auditLog.title')} wide>
      <p className="body-l">{t('auditLog.intro')}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {entries.length ? t('auditLog.shown', { count: entries.length }) : ''}
      </p>
      {body}
    </Page>
  );
}
