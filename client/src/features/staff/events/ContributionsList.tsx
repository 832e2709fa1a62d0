import { useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { useTranslation } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { useViewer } from '../../access/viewer';
import { CorrectContributionForm } from './CorrectContributionForm';
import { ContributionsQuery, eventsContext, type Contribution } from './eventQueries';
import { useFormat } from './format';

function ContributionItem({ contribution: c, canCorrect, onCorrected }: { contribution: Contribution; canCorrect: boolean; onCorrected: (withheld: boolean) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [correcting, setCorrecting] = useState(false);
  const meta = [
    t(`events.capture.${c.capture}`),
    c.ageBand ? t(`events.ageBand.${c.ageBand}`) : null,
    c.speakerLabel,
    c.withheld ? null : c.consentToQuote ? t('events.contributions.mayQuote') : t('events.contributions.mayNotQuote'),
    format.time(c.createdAt),
  ].filter(Boolean);
  return (
    <li className={c.withheld ? 'contribution contribution--withheld' : 'contribution'}>
      {c.withheld ? <p className="body contribution__withheld">{t('events.contributions.withheld')}</p> : <p className="body contribution__text prewrap">{c.text}</p>}
      <p className="body secondary-text contribution__meta">{meta.join(' · ')}</p>
      {/* Words under review or no longer held cannot be corrected; the server refuses them too. */}
      {canCorrect && !c.withheld && c.text ? (
        correcting ? (
          <CorrectContributionForm
            inputId={c.id}
            text={c.text}
            onCancel={() => setCorrecting(false)}
            onDone={(withheld) => {
              setCorrecting(false);
              onCorrected(withheld);
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setCorrecting(true)} aria-label={t('events.correct.startFor', { time: format.time(c.createdAt) })}>
            {t('events.correct.start')}
          </Button>
        )
      ) : null}
    </li>
  );
}

/** What was said at the event, newest first, 50 at a time. */
export function ContributionsList({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ContributionsQuery, variables: { id: eventId, after: null }, context: eventsContext });
  // Later pages, appended; dropped whenever the first page is fetched again.
  const [more, setMore] = useState<{ first: unknown; items: Contribution[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState<{ error?: CombinedError } | null>(null);
  const [corrected, setCorrected] = useState('');
  const viewer = useViewer();
  // Safeguarding leads read what was said; the people who record it correct it.
  const canCorrect = viewer.role === 'ADMIN' || viewer.role === 'COMMISSIONER' || viewer.role === 'PRACTITIONER';
  const page = data?.event?.contributions;
  const extra = more && more.first === page ? more : null;
  const items = [...(page?.edges.map((e) => e.node) ?? []), ...(extra?.items ?? [])];
  const hasNextPage = extra ? extra.hasNextPage : (page?.pageInfo.hasNextPage ?? false);
  const endCursor = extra ? extra.endCursor : (page?.pageInfo.endCursor ?? null);

  async function showMore() {
    setLoading(true);
    const result = await client.query(ContributionsQuery, { id: eventId, after: endCursor }, { requestPolicy: 'network-only' }).toPromise();
    setLoading(false);
    const next = result.data?.event?.contributions;
    if (!next) return setFailed({ error: result.error });
    setFailed(null);
    setMore({ first: page, items: [...(extra?.items ?? []), ...next.edges.map((e) => e.node)], endCursor: next.pageInfo.endCursor, hasNextPage: next.pageInfo.hasNextPage });
  }

  return (
    <section className="section" aria-labelledby="contributions-heading">
      <h2 className="heading-m" id="contributions-heading">
        {t('events.contributions.heading')}
      </h2>
      {fetching && !data ? <LoadingState label={t('events.contributions.loading')} /> : null}
      {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      <p className="notice" role="status" aria-live="polite">
        {corrected}
      </p>
      {page ? <p className="body">{page.totalCount ? t('events.contributions.count', { count: page.totalCount }) : t('events.contributions.none')}</p> : null}
      {items.length ? (
        <ul className="contribution-list">
          {items.map((c) => (
            <ContributionItem
              key={c.id}
              contribution={c}
              canCorrect={canCorrect}
              onCorrected={(withheld) => setCorrected(withheld ? t('events.correct.withheld') : t('events.correct.done'))}
            />
          ))}
        </ul>
      ) : null}
      {failed ? <ErrorState error={failed.error} onRetry={showMore} /> : null}
      {hasNextPage ? (
        <Button variant="secondary" onClick={showMore} busy={loading} busyLabel={t('events.contributions.loadingMore')}>
          {t('events.contributions.showMore')}
        </Button>
      ) : null}
    </section>
  );
}
