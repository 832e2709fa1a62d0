import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { readFragment } from '../../../graphql';
import { Link, useLocation, useNavigate } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field, ErrorMessage } from '../../../components/Field';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { useServices } from '../services';
import { AGE_BANDS, INPUT_KINDS, useNumberFormat, type AgeBand, type InputKind } from '../trace/common';
import { InputItem } from './InputItem';
import { CreateThemeMutation, InputFields, TagInputsMutation, ThemesQuery, WorkspaceQuery } from './themeQueries';
import '../trace/trace.css';

const PAGE_SIZE = 25;
const context = { additionalTypenames: ['VoiceInput', 'Theme'] };

type Filters = { serviceId?: string; kind?: InputKind; ageBand?: AgeBand; search?: string; all: boolean };

function filtersFrom(search: string): Filters {
  const p = new URLSearchParams(search);
  return {
    serviceId: p.get('service') || undefined,
    kind: INPUT_KINDS.find((k) => k === p.get('kind')),
    ageBand: AGE_BANDS.find((a) => a === p.get('ageBand')),
    search: p.get('search')?.trim() || undefined,
    all: p.get('all') === '1',
  };
}

function FilterForm({ filters }: { filters: Filters }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data }] = useServices();
  const [all, setAll] = useState(filters.all);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const params = new URLSearchParams();
    for (const key of ['service', 'kind', 'ageBand', 'search']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) params.set(key, value);
    }
    if (all) params.set('all', '1');
    navigate(`/staff/themes${params.size ? `?${params}` : ''}`);
  }

  return (
    // Keyed on the services: a select's default only applies to options present when it mounts.
    <form className="section" onSubmit={onSubmit} aria-labelledby="filters-heading" key={data?.services.length ?? 0}>
      <h2 className="heading-m" id="filters-heading">
        {t('trace.workspace.filtersHeading')}
      </h2>
      <div className="trace-filters">
        <div className="form-group">
          <label className="label" htmlFor="filter-service">
            {t('trace.common.service')}
          </label>
          <select id="filter-service" name="service" className="trace-select" defaultValue={filters.serviceId ?? ''}>
            <option value="">{t('trace.common.allServices')}</option>
            {(data?.services ?? []).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-kind">
            {t('trace.workspace.source')}
          </label>
          <select id="filter-kind" name="kind" className="trace-select" defaultValue={filters.kind ?? ''}>
            <option value="">{t('trace.workspace.allSources')}</option>
            {INPUT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`trace.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-age">
            {t('trace.workspace.ageBand')}
          </label>
          <select id="filter-age" name="ageBand" className="trace-select" defaultValue={filters.ageBand ?? ''}>
            <option value="">{t('trace.workspace.allAges')}</option>
            {AGE_BANDS.map((a) => (
              <option key={a} value={a}>
                {t(`ageBand.${a}`)}
              </option>
            ))}
          </select>
        </div>
        <Field id="filter-search" name="search" label={t('trace.workspace.search')} defaultValue={filters.search ?? ''} type="search" />
      </div>
      <Checkbox id="filter-all" label={t('trace.workspace.includeTagged')} checked={all} onChange={setAll} />
      <Button type="submit" variant="secondary">
        {t('trace.workspace.apply')}
      </Button>
    </form>
  );
}

/**
 * One page of inputs (keyset cursor `after`); "show more" adds the next page below. `fresh`: read
 * from the server, not the cache (after tagging, see the page below).
 */
function InputsPage({
  filter,
  after,
  fresh,
  selected,
  toggle,
  onMore,
  isLast,
}: {
  filter: Record<string, unknown>;
  after: string | null;
  fresh: boolean;
  selected: Set<string>;
  toggle: (id: string, on: boolean) => void;
  onMore: (cursor: string) => void;
  isLast: boolean;
}) {
  const { t } = useTranslation();
  const number = useNumberFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: WorkspaceQuery,
    variables: { filter, first: PAGE_SIZE, after },
    context,
    requestPolicy: fresh ? 'network-only' : 'cache-first',
  });
  if (fetching && !data) return <LoadingState label={t('trace.workspace.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const connection = data!.inputs;
  if (after === null && connection.edges.length === 0) return <EmptyState message={t('trace.workspace.empty')} />;
  return (
    <>
      {after === null ? (
        <p className="body" role="status">
          {t('trace.workspace.count', { count: connection.totalCount, shown: number(connection.totalCount) })}
        </p>
      ) : null}
      <ul className="trace-inputs">
        {connection.edges.map(({ node }) => {
          const id = readFragment(InputFields, node).id;
          return (
            <li key={id}>
              <InputItem input={node} select={{ checked: selected.has(id), onChange: (on) => toggle(id, on) }} />
            </li>
          );
        })}
      </ul>
      {isLast && connection.pageInfo.hasNextPage && connection.pageInfo.endCursor ? (
        <Button variant="secondary" onClick={() => onMore(connection.pageInfo.endCursor!)}>
          {t('trace.workspace.more')}
        </Button>
      ) : null}
    </>
  );
}

type TagField = 'tag-theme' | 'tag-new-label';

/** Tag the selected inputs to a theme, or to a new theme made on the spot. */
function TagPanel({ selected, serviceId, onTagged }: { selected: string[]; serviceId?: string; onTagged: (label: string, count: number) => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: ThemesQuery, variables: { serviceId: null }, context });
  const [themeId, setThemeId] = useState('');
  const [label, setLabel] = useState('');
  const [{ fetching: creating }, createTheme] = useMutation(CreateThemeMutation);
  const [{ fetching: tagging }, tagInputs] = useMutation(TagInputsMutation);
  const errors = useFormErrors<TagField>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (selected.length === 0) return errors.fail({}, t('trace.workspace.errors.noneSelected'));
    if (!themeId) return errors.fail({ 'tag-theme': t('trace.workspace.errors.themeMissing') });
    let target = themeId;
    let targetLabel = data?.themes.find((x) => x.id === themeId)?.label ?? '';
    if (themeId === 'new') {
      if (!label.trim()) return errors.fail({ 'tag-new-label': t('trace.workspace.errors.labelMissing') });
      const created = await createTheme({ input: { label: label.trim(), serviceId: serviceId ?? null } });
      if (!created.data) {
        const code = errorCode(created.error);
        if (code === 'CONFLICT') return errors.fail({ 'tag-new-label': t('trace.workspace.errors.labelTaken') });
        if (code === 'BAD_USER_INPUT') return errors.fail({ 'tag-new-label': t('trace.workspace.errors.labelInvalid') });
        return errors.fail({}, errorMessage(t, created.error));
      }
      target = created.data.createTheme.id;
      targetLabel = created.data.createTheme.label;
    }
    const result = await tagInputs({ themeId: target, inputIds: selected }, context);
    if (!result.data) {
      return errors.fail({}, errorCode(result.error) === 'BAD_USER_INPUT' ? t('trace.workspace.errors.inputGone') : errorMessage(t, result.error));
    }
    errors.clear();
    setLabel('');
    setThemeId(target);
    onTagged(targetLabel, selected.length);
  }

  return (
    <form className="trace-actions" onSubmit={onSubmit} noValidate aria-labelledby="tag-heading">
      <h2 className="heading-s" id="tag-heading">
        {t('trace.workspace.tagHeading', { count: selected.length })}
      </h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <div className="trace-actions__row">
        <div className={errors.fields['tag-theme'] ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor="tag-theme">
            {t('trace.workspace.themeLabel')}
          </label>
          {errors.fields['tag-theme'] ? <ErrorMessage id="tag-theme-error" message={errors.fields['tag-theme']} /> : null}
          <select
            id="tag-theme"
            className="trace-select"
            value={themeId}
            onChange={(e) => setThemeId(e.target.value)}
            aria-describedby={errors.fields['tag-theme'] ? 'tag-theme-error' : undefined}
          >
            <option value="">{t('trace.workspace.chooseTheme')}</option>
            {(data?.themes ?? []).map((theme) => (
              <option key={theme.id} value={theme.id}>
                {theme.label}
              </option>
            ))}
            <option value="new">{t('trace.workspace.newTheme')}</option>
          </select>
        </div>
        {themeId === 'new' ? (
          <Field id="tag-new-label" label={t('trace.workspace.newThemeLabel')} value={label} onChange={(e) => setLabel(e.target.value)} error={errors.fields['tag-new-label']} autoComplete="off" />
        ) : null}
        <div className="form-group">
          <Button type="submit" busy={creating || tagging} busyLabel={t('trace.workspace.tagging')}>
            {t('trace.workspace.tag')}
          </Button>
        </div>
      </div>
    </form>
  );
}

function ThemeList() {
  const { t } = useTranslation();
  const number = useNumberFormat();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ThemesQuery, variables: { serviceId: null }, context });
  if (fetching && !data) return <LoadingState label={t('trace.themes.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data?.themes.length) return <EmptyState message={t('trace.themes.empty')} />;
  return (
    <table className="trace-table">
      <caption className="visually-hidden">{t('trace.themes.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('trace.themes.theme')}</th>
          <th scope="col">{t('trace.common.service')}</th>
          <th scope="col" className="trace-number">
            {t('trace.themes.inputs')}
          </th>
        </tr>
      </thead>
      <tbody>
        {data.themes.map((theme) => (
          <tr key={theme.id}>
            <th scope="row">
              <Link to={`/staff/themes/${theme.id}`} className="link">
                {theme.label}
              </Link>
            </th>
            <td>{theme.service?.name ?? t('trace.common.noService')}</td>
            <td className="trace-number">{number(theme.inputCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /staff/themes — the tagging workspace: what was said, filtered; select many, tag to a theme. */
export function TaggingWorkspacePage() {
  const { t } = useTranslation();
  const location = useLocation();
  const filters = useMemo(() => filtersFrom(location.search), [location.search]);
  const filter = useMemo(
    () => ({
      serviceId: filters.serviceId ?? null,
      kind: filters.kind ?? null,
      ageBand: filters.ageBand ?? null,
      search: filters.search ?? null,
      untagged: filters.all ? null : true,
    }),
    [filters],
  );
  const [pages, setPages] = useState<Array<string | null>>([null]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [done, setDone] = useState('');
  // Bumped by each tagging. Making a theme on the spot refetches this list (its result names a
  // Theme) while the tagging is still on its way, and that read can miss the tagging; the cache
  // then has nothing left to refresh when the tagging's result comes. So the list is drawn again
  // from a read made after the tagging, and the earlier read, left without a reader, is dropped.
  const [round, setRound] = useState(0);
  const key = location.search;
  // New filters: start again from the first page, with nothing selected.
  useEffect(() => {
    setPages([null]);
    setSelected(new Set());
  }, [key]);

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Page title={t('trace.workspace.title')} wide>
      <p className="body-l">{t('trace.workspace.intro')}</p>
      <FilterForm key={key} filters={filters} />
      <p className="notice" role="status" aria-live="polite">
        {done}
      </p>
      <TagPanel
        selected={[...selected]}
        serviceId={filters.serviceId}
        onTagged={(label, count) => {
          setSelected(new Set());
          setPages([null]);
          setRound((r) => r + 1);
          setDone(t('trace.workspace.tagged', { count, theme: label }));
        }}
      />
      <section aria-labelledby="inputs-heading" key={`list-${key}`}>
        <h2 className="heading-m" id="inputs-heading">
          {filters.all ? t('trace.workspace.allHeading') : t('trace.workspace.untaggedHeading')}
        </h2>
        {pages.map((after, i) => (
          <InputsPage
            key={`${after ?? 'first'}:${round}`}
            filter={filter}
            after={after}
            fresh={round > 0}
            selected={selected}
            toggle={toggle}
            isLast={i === pages.length - 1}
            onMore={(cursor) => setPages((p) => [...p, cursor])}
          />
        ))}
      </section>
      <section aria-labelledby="themes-heading">
        <h2 className="heading-m" id="themes-heading">
          {t('trace.themes.heading')}
        </h2>
        <ThemeList />
      </section>
    </Page>
  );
}
