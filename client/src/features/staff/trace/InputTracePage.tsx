import { useQuery } from 'urql';
import { Link, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { hasErrorCode } from '../../../components/errors';
import { NotFoundPage } from '../../access/NotFoundPage';
import { ChangeStatusTag, OutcomeTag, useDateFormat, type ChangeStatus, type Outcome } from './common';
import { InputTraceQuery } from './traceQueries';

/** /staff/trace/input/:id — one input's chain: what was said, its themes, proposals, decisions and changes, and every link with when and by whom. */
export function InputTracePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const date = useDateFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: InputTraceQuery, variables: { id } });
  if (fetching && !data) return <Page title={t('trace.input.loadingTitle')} wide><LoadingState /></Page>;
  if (error && hasErrorCode(error, 'NOT_FOUND')) return <NotFoundPage homeHref="/staff/trace" />;
  if (error || !data) {
    return (
      <Page title={t('trace.input.errorTitle')} backTo="/staff/trace" wide>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  const trace = data.trace;
  const names = new Map<string, string>([
    [trace.input.id, t('trace.input.thisInput')],
    ...trace.themes.map((x) => [x.id, x.label] as [string, string]),
    ...trace.proposals.map((x) => [x.id, x.title] as [string, string]),
    ...trace.decisions.map((x) => [x.id, x.title] as [string, string]),
    ...trace.changes.map((x) => [x.id, x.title] as [string, string]),
  ]);

  return (
    <Page title={t('trace.input.title')} backTo="/staff/trace" wide>
      <blockquote className={trace.input.withheld ? 'trace-quote trace-input__text--withheld' : 'trace-quote'}>
        {trace.input.withheld || trace.input.text === null ? t('trace.common.withheld') : `“${trace.input.text}”`}
      </blockquote>
      <p className="body secondary-text">
        {[t(`trace.kind.${trace.input.kind}`), trace.input.sourceTitle, trace.input.ageBand ? t(`ageBand.${trace.input.ageBand}`) : null, date(trace.input.createdAt)].filter(Boolean).join(' · ')}
      </p>

      <h2 className="heading-m">{t('trace.input.chainHeading')}</h2>
      <ol className="trace-chain">
        <li>
          <span className="trace-chain__kind">{t('trace.input.themes')}</span>
          {trace.themes.length ? trace.themes.map((x) => <div key={x.id}><Link to={`/staff/themes/${x.id}`} className="link">{x.label}</Link></div>) : <span className="secondary-text">{t('trace.input.none')}</span>}
        </li>
        <li>
          <span className="trace-chain__kind">{t('trace.input.proposals')}</span>
          {trace.proposals.length ? trace.proposals.map((x) => <div key={x.id}><Link to={`/staff/proposals/${x.id}`} className="link">{x.title}</Link> ({t(`trace.proposalStatus.${x.status}`)})</div>) : <span className="secondary-text">{t('trace.input.none')}</span>}
        </li>
        <li>
          <span className="trace-chain__kind">{t('trace.input.decisions')}</span>
          {trace.decisions.length ? trace.decisions.map((x) => <div key={x.id}><Link to={`/staff/decisions/${x.id}`} className="link">{x.title}</Link> <OutcomeTag outcome={x.outcome as Outcome} /></div>) : <span className="secondary-text">{t('trace.input.none')}</span>}
        </li>
        <li>
          <span className="trace-chain__kind">{t('trace.input.changes')}</span>
          {trace.changes.length ? trace.changes.map((x) => <div key={x.id}>{x.title} <ChangeStatusTag status={x.status as ChangeStatus} /></div>) : <span className="secondary-text">{t('trace.input.none')}</span>}
        </li>
      </ol>

      <h2 className="heading-m">{t('trace.input.linksHeading')}</h2>
      {trace.links.length ? (
        <ol className="trace-timeline">
          {trace.links.map((l, i) => (
            <li key={i}>
              <time dateTime={l.at}>{date(l.at)}</time>
              {t(`trace.input.link.${l.kind}`, { from: names.get(l.fromId) ?? '', to: names.get(l.toId) ?? '' })}
              {l.by ? ` ${t('trace.input.by', { name: l.by })}` : ''}
            </li>
          ))}
        </ol>
      ) : (
        <p className="body secondary-text">{t('trace.input.noLinks')}</p>
      )}
    </Page>
  );
}
