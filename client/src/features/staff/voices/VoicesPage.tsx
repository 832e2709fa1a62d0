import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../../graphql';
import { useLocation, useNavigate } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { FlagInputButton } from '../safeguarding/FlagInputButton';
import { useDateTimeFormat } from '../safeguarding/dates';
import '../safeguarding/safeguarding.css';

const VoicesQuery = graphql(`
  query AllVoices($filter: InputFilter, $first: Int, $after: String) {
    inputs(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          text
          withheld
          reviewed
          ageBand
          capture
          sourceTitle
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

type Voice = ResultOf<typeof VoicesQuery>['inputs']['edges'][number]['node'];

const PAGE_SIZE = 20;
const KINDS = ['SURVEY_ANSWER', 'EVENT_CONTRIBUTION', 'PROPOSAL_COMMENT', 'VOTE_REASON'] as const;
const AGE_BANDS = ['AGE_4_TO_7', 'AGE_8_TO_11', 'AGE_12_TO_17', 'AGE_18_TO_25', 'PARENT_CARER', 'NOT_SAID'] as const;
type Kind = (typeof KINDS)[number];
type AgeBand = (typeof AGE_BANDS)[number];

type Filters = { kind?: Kind; ageBand?: AgeBand; search?: string };

function filtersFrom(search: string): Filters {
  const params = new URLSearchParams(search);
  return {
    kind: KINDS.find((k) => k === params.get('kind')),
    ageBand: AGE_BANDS.find((a) => a === params.get('ageBand')),
    search: params.get('search')?.trim() || undefined,
  };
}

function FilterForm({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [kind, setKind] = useState<string>(filters.kind ?? '');
  const [ageBand, setAgeBand] = useState<string>(filters.ageBand ?? '');
  const [search, setSearch] = useState(filters.search ?? '');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const params = new URLSearchParams();
    if (kind) params.set('kind', kind);
    if (ageBand) params.set('ageBand', ageBand);
    if (search.trim()) params.set('search', search.trim());
    const query = params.toString();
    navigate(query ? `/staff/voices?${query}` : '/staff/voices');
  }

  return (
    <form className="filters" onSubmit={onSubmit} aria-label={t('allVoices.filters.label')} role="search">
      <div className="form-group">
        <label className="label" htmlFor="voices-kind">
          {t('allVoices.filters.kind')}
        </label>
        <select id="voices-kind" className="select" value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('allVoices.filters.anyKind')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`allVoices.kind.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="voices-age">
          {t('allVoices.filters.ageBand')}
        </label>
        <select id="voices-age" className="select" value={ageBand} onChange={(e) => setAgeBand(e.target.value)}>
          <option value="">{t('allVoices.filters.anyAge')}</option>
          {AGE_BANDS.map((a) => (
            <option key={a} value={a}>
              {t(`ageBand.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label className="label" htmlFor="voices-search">
          {t('allVoices.filters.search')}
        </label>
        <input id="voices-search" className="input" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      <div className="button-group">
        <Button type="submit" variant="secondary">
          {t('allVoices.filters.apply')}
        </Button>
      </div>
    </form>
  );
}

function VoiceItem({ voice, focusRef }: { voice: Voice; focusRef?: Ref<HTMLLIElement> }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <li className="voice" ref={focusRef} tabIndex={focusRef ? -1 : undefined}>
      {voice.withheld || voice.text === null ? (
        <p className="voice__withheld">
          <span className="voice__withheld-mark" aria-hidden="true">
            !
          </span>
          {voice.withheld || voice.reviewed ? t('allVoices.withheld') : t('allVoices.awaiting')}
        </p>
      ) : (
        <p className="voice__text" dir="auto">
          {voice.text}
        </p>
      )}
      <p className="voice__meta">
        {t(`allVoices.kind.${voice.kind}`)} · <span dir="auto">{voice.sourceTitle}</span> ·{' '}
        {voice.ageBand ? t(`ageBand.${voice.ageBand}`) : t('safeguarding.ageUnknown')} · {t(`allVoices.capture.${voice.capture}`)} ·{' '}
        <time dateTime={voice.createdAt}>{formatDateTime(voice.createdAt)}</time>
      </p>
      <FlagInputButton inputId={voice.id} withheld={voice.withheld} />
    </li>
  );
}

/**
 * One page of voices (urql's "one query per page" pattern): the last page offers "Load more",
 * which adds the next page below; a page that was loaded on request takes focus at its first voice.
 */
function VoicesPageOf({
  filters,
  after,
  isFirst,
  isLast,
  onLoadMore,
}: {
  filters: Filters;
  after: string | null;
  isFirst: boolean;
  isLast: boolean;
  onLoadMore: (cursor: string) => void;
}) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: VoicesQuery,
    variables: { filter: filters, first: PAGE_SIZE, after },
    context: voicesContext,
  });
  const first = useRef<HTMLLIElement>(null);
  const loaded = Boolean(data);
  useEffect(() => {
    if (!isFirst && loaded) first.current?.focus();
  }, [isFirst, loaded]);

  if (fetching && !data) return <LoadingState label={t('allVoices.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const connection = data?.inputs;
  const voices = connection?.edges.map((e) => e.node) ?? [];
  if (isFirst && voices.length === 0) {
    const filtered = Boolean(filters.kind || filters.ageBand || filters.search);
    return <EmptyState message={filtered ? t('allVoices.emptyFiltered') : t('allVoices.empty')} />;
  }
  return (
    <>
      {isFirst ? (
        <p className="body" role="status">
          {t('allVoices.count', { count: connection?.totalCount ?? voices.length })}
        </p>
      ) : null}
      <ul className="voice-list">
        {voices.map((voice, i) => (
          <VoiceItem key={voice.id} voice={voice} focusRef={i === 0 && !isFirst ? first : undefined} />
        ))}
      </ul>
      {isLast && connection?.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
        <Button variant="secondary" onClick={() => onLoadMore(connection.pageInfo.endCursor!)}>
          {t('allVoices.loadMore')}
        </Button>
      ) : null}
    </>
  );
}

// An empty page carries no __typename: name it, so a flag (or a tag) refetches the list.
const voicesContext = { additionalTypenames: ['VoiceInput'] };

function VoicesList({ filters }: { filters: Filters }) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <>
      {cursors.map((after, i) => (
        <VoicesPageOf
          key={after ?? 'first'}
          filters={filters}
          after={after}
          isFirst={i === 0}
          isLast={i === cursors.length - 1}
          onLoadMore={(cursor) => setCursors((list) => [...list, cursor])}
        />
      ))}
    </>
  );
}

/**
 * Everything children, young people and families have said, newest first, for any member of staff:
 * filter by kind, age band and words; words under safeguarding review show as withheld; anything
 * worrying can be flagged to the safeguarding leads from here.
 */
export function VoicesPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const filters = filtersFrom(location.search);
  return (
    <Page title={t('allVoices.title')} wide>
      <p className="body-l">{t('allVoices.intro')}</p>
      <FilterForm key={location.search} filters={filters} />
      {/* Keyed by the filters: new filters start again from the first page. */}
      <VoicesList key={location.search} filters={filters} />
    </Page>
  );
}

export default VoicesPage;
