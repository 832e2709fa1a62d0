import { lazy, Suspense, useMemo } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { ChangeStatusTag, OutcomeTag, ServicePeriodForm, periodVariables, servicePeriodFrom, useDateFormat, useNumberFormat, type ChangeStatus, type Outcome } from './common';
import { TraceFlowQuery, TraceTimelineQuery, type Flow } from './traceQueries';

const FlowSankey = lazy(() => import('./FlowSankey'));

/** Who flows where, in words: each link of the diagram as a table row. */
function FlowTable({ flow }: { flow: Flow }) {
  const { t } = useTranslation();
  const number = useNumberFormat();
  const label = new Map(flow.nodes.map((n) => [n.id, n.kind === 'SOURCE' ? t(`trace.kind.${n.id}` as never) : n.label]));
  return (
    <table className="trace-table">
      <caption>{t('trace.flow.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('trace.flow.from')}</th>
          <th scope="col">{t('trace.flow.to')}</th>
          <th scope="col" className="trace-number">{t('trace.flow.voices')}</th>
        </tr>
      </thead>
      <tbody>
        {flow.links.map((l) => (
          <tr key={`${l.source}-${l.target}`}>
            <td>{label.get(l.source)}</td>
            <td>{label.get(l.target)}</td>
            <td className="trace-number">{l.suppressed || l.value === null ? t('trace.common.suppressed') : number(l.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Entry = { at: string; key: string; text: React.ReactNode };

/** The chain in time order, in words, for everyone (screen readers included). */
function Timeline({ serviceId, from, to }: { serviceId: string | null; from: string | null; to: string | null }) {
  const { t } = useTranslation();
  const date = useDateFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TraceTimelineQuery, variables: { serviceId } });
  if (fetching && !data) return <LoadingState label={t('trace.flow.timelineLoading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const inRange = (at: string) => (!from || at >= from) && (!to || at < to);
  const entries: Entry[] = [];
  for (const d of data?.decisions ?? []) {
    if (inRange(d.decidedAt)) {
      const evidence = [...d.themes.map((x) => x.label), ...d.proposals.map((x) => x.title)];
      entries.push({
        at: d.decidedAt,
        key: d.id,
        text: (
          <>
            {t('trace.flow.decisionEntry', { by: d.decidedBy })} <Link to={`/staff/decisions/${d.id}`} className="link">{d.title}</Link> <OutcomeTag outcome={d.outcome as Outcome} />
            {evidence.length ? <> {t('trace.flow.restsOn', { list: evidence.join(', ') })}</> : <> {t('trace.flow.noVoices')}</>}
          </>
        ),
      });
    }
    for (const c of d.changes) {
      c.updates.forEach((u, i) => {
        if (!inRange(u.at)) return;
        entries.push({
          at: u.at,
          key: `${c.id}-${i}`,
          text: (
            <>
              {t('trace.flow.changeEntry', { title: c.title })} <ChangeStatusTag status={u.status as ChangeStatus} />
              {u.note ? ` ${u.note}` : ''}
            </>
          ),
        });
      });
    }
  }
  entries.sort((a, b) => a.at.localeCompare(b.at));
  if (!entries.length) return <EmptyState message={t('trace.flow.timelineEmpty')} />;
  return (
    <ol className="trace-timeline">
      {entries.map((e) => (
        <li key={e.key}>
          <time dateTime={e.at}>{date(e.at)}</time>
          {e.text}
        </li>
      ))}
    </ol>
  );
}

/** /staff/trace — from voices to changes for a service: a Sankey diagram, a table and a timeline. */
export function TraceFlowPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const choice = useMemo(() => servicePeriodFrom(location.search), [location.search]);
  const variables = useMemo(() => periodVariables(choice), [choice]);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: TraceFlowQuery, variables });
  const flow = data?.traceFlow;

  return (
    <Page title={t('trace.flow.title')} wide>
      <p className="body-l">{t('trace.flow.intro')}</p>
      <ServicePeriodForm value={choice} path="/staff/trace" />
      {fetching && !data ? (
        <LoadingState label={t('trace.flow.loading')} />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !flow || flow.links.length === 0 ? (
        <EmptyState message={t('trace.flow.empty')} />
      ) : (
        <>
          <h2 className="heading-m">{t('trace.flow.chartHeading')}</h2>
          <p className="hint">{t('trace.flow.chartHint')}</p>
          <Suspense fallback={<LoadingState />}>
            <FlowSankey flow={flow} />
          </Suspense>
          <FlowTable flow={flow} />
        </>
      )}
      <h2 className="heading-m">{t('trace.flow.timelineHeading')}</h2>
      <Timeline serviceId={variables.serviceId} from={variables.from} to={variables.to} />
      <p className="body">{t('trace.flow.oneInputHint')} <Link to="/staff/themes?all=1" className="link">{t('trace.flow.oneInputLink')}</Link></p>
    </Page>
  );
}
