import { useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../../graphql';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { errorMessage } from '../../../components/errors';
import { FlagInputButton } from './FlagInputButton';
import { useDateTimeFormat } from './dates';
import './safeguarding.css';

const ReviewQueueQuery = graphql(`
  query ReviewQueue($first: Int, $after: String) {
    reviewQueue(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          text
          withheld
          ageBand
          sourceTitle
          createdAt
          reviewDueBy
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ReviewInputsMutation = graphql(`
  mutation ReviewInputs($inputIds: [ID!]!) {
    reviewInputs(inputIds: $inputIds) {
      id
      reviewed
    }
  }
`);

type Item = ResultOf<typeof ReviewQueueQuery>['reviewQueue']['edges'][number]['node'];

const PAGE_SIZE = 25;
// An empty queue carries no __typename: name it, so marking a text read refetches the list.
const queueContext = { additionalTypenames: ['VoiceInput'] };

function QueueItem({ item, onRead }: { item: Item; onRead: (id: string) => void }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const [{ fetching, error }, review] = useMutation(ReviewInputsMutation);
  const [attempts, setAttempts] = useState(0);
  const overdue = item.reviewDueBy !== null && new Date(item.reviewDueBy).getTime() < Date.now();

  async function markRead() {
    setAttempts((n) => n + 1);
    const result = await review({ inputIds: [item.id] }, queueContext);
    if (!result.error) onRead(item.id);
  }

  return (
    <li className="voice">
      {error ? <ErrorSummary errors={[{ href: `#review-read-${item.id}`, message: errorMessage(t, error) }]} focusKey={attempts} /> : null}
      <p className="voice__text" dir="auto">
        {item.text}
      </p>
      <p className="voice__meta">
        {t(`allVoices.kind.${item.kind}`)} · <span dir="auto">{item.sourceTitle}</span> ·{' '}
        {item.ageBand ? t(`ageBand.${item.ageBand}`) : t('safeguarding.ageUnknown')} · <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
      </p>
      {item.reviewDueBy ? (
        <p className={overdue ? 'voice__meta review-due review-due--overdue' : 'voice__meta review-due'}>
          {overdue ? t('safeguarding.review.overdue', { when: formatDateTime(item.reviewDueBy) }) : t('safeguarding.review.due', { when: formatDateTime(item.reviewDueBy) })}
        </p>
      ) : null}
      <div className="button-group">
        <Button id={`review-read-${item.id}`} onClick={markRead} busy={fetching} busyLabel={t('safeguarding.review.marking')}>
          {t('safeguarding.review.readFine')}
        </Button>
      </div>
      <FlagInputButton inputId={item.id} withheld={item.withheld} />
    </li>
  );
}

/**
 * The practitioners' reading queue (OrganisationSettings.reviewFreeText): words nobody has read yet,
 * oldest first, each due two working days after it arrived. One tap per text: "Read, fine" releases
 * the words to commissioners, forums and public pages; "Flag for safeguarding" sends them to a lead.
 */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [done, setDone] = useState(0);
  const status = useRef<HTMLParagraphElement>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ReviewQueueQuery, variables: { first: PAGE_SIZE, after }, context: queueContext });

  let body;
  if (fetching && !data) body = <LoadingState label={t('safeguarding.review.loading')} />;
  else if (error && !data) body = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else {
    const connection = data?.reviewQueue;
    const items = connection?.edges.map((e) => e.node) ?? [];
    body =
      items.length === 0 ? (
        <EmptyState message={t('safeguarding.review.empty')} />
      ) : (
        <>
          <p className="body">{t('safeguarding.review.count', { count: connection?.totalCount ?? items.length })}</p>
          <ul className="voice-list">
            {items.map((item) => (
              <QueueItem
                key={item.id}
                item={item}
                onRead={() => {
                  setDone((n) => n + 1);
                  status.current?.focus();
                }}
              />
            ))}
          </ul>
          {connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
            <Button variant="secondary" onClick={() => setAfter(connection.pageInfo.endCursor)}>
              {t('safeguarding.review.next')}
            </Button>
          ) : null}
        </>
      );
  }
  return (
    <Page title={t('safeguarding.review.title')} wide>
      <p className="body-l">{t('safeguarding.review.intro')}</p>
      <p className="body" role="status" tabIndex={-1} ref={status}>
        {done > 0 ? t('safeguarding.review.done', { count: done }) : ''}
      </p>
      {body}
    </Page>
  );
}

export default ReviewQueuePage;
