import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { readFragment } from '../../../graphql';
import { Link, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button, ButtonLink } from '../../../components/Button';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { errorMessage } from '../../../components/errors';
import { NotFoundPage } from '../../access/NotFoundPage';
import { useViewer } from '../../access/viewer';
import { Count, OutcomeTag, useDateFormat, useNumberFormat, type Outcome } from '../trace/common';
import { InputItem } from './InputItem';
import { MergeThemesForm, RenameThemeForm } from './ThemeCorrections';
import { InputFields, ThemeInputsQuery, ThemeQuery, UntagInputMutation } from './themeQueries';
import '../trace/trace.css';

const PAGE_SIZE = 20;
const context = { additionalTypenames: ['VoiceInput', 'Theme'] };

function UntagButton({ themeId, inputId, onDone }: { themeId: string; inputId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [{ fetching }, untag] = useMutation(UntagInputMutation);
  return (
    <Button
      variant="quiet"
      busy={fetching}
      onClick={async () => {
        const result = await untag({ themeId, inputId }, context);
        onDone(result.data ? t('trace.theme.untagged') : errorMessage(t, result.error));
      }}
    >
      {t('trace.theme.untag')}
    </Button>
  );
}

function ThemeInputs({ themeId, after, isLast, onMore, onDone }: { themeId: string; after: string | null; isLast: boolean; onMore: (c: string) => void; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ThemeInputsQuery, variables: { id: themeId, first: PAGE_SIZE, after }, context });
  if (fetching && !data) return <LoadingState label={t('trace.theme.inputsLoading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  const connection = data?.theme?.inputs;
  if (!connection || (after === null && connection.edges.length === 0)) return <EmptyState message={t('trace.theme.noInputs')} />;
  return (
    <>
      <ul className="trace-inputs">
        {connection.edges.map(({ node }) => {
          const id = readFragment(InputFields, node).id;
          return (
            <li key={id}>
              <InputItem input={node} action={<UntagButton themeId={themeId} inputId={id} onDone={onDone} />} />
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

/** /staff/themes/:id — a theme's inputs, counts by source and age band, proposals it inspired and decisions citing it. */
export function ThemePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const viewer = useViewer();
  const date = useDateFormat();
  const number = useNumberFormat();
  const [pages, setPages] = useState<Array<string | null>>([null]);
  const [status, setStatus] = useState('');
  const [corrected, setCorrected] = useState('');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ThemeQuery, variables: { id }, context });

  if (fetching && !data) return <Page title={t('trace.theme.loadingTitle')} wide><LoadingState /></Page>;
  if (error && !data) {
    return (
      <Page title={t('trace.theme.errorTitle')} backTo="/staff/themes" wide>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  const theme = data?.theme;
  if (!theme) return <NotFoundPage homeHref="/staff/themes" />;
  const decider = viewer.role === 'ADMIN' || viewer.role === 'COMMISSIONER';
  const tagger = decider || viewer.role === 'PRACTITIONER';

  return (
    <Page title={theme.label} backTo="/staff/themes" wide>
      {theme.description ? <p className="body-l">{theme.description}</p> : null}
      <p className="notice" role="status" aria-live="polite">{corrected}</p>
      {tagger ? <RenameThemeForm key={`${theme.label}|${theme.description ?? ''}`} theme={theme} onDone={setCorrected} /> : null}
      <p className="body">
        {t('trace.theme.summary', { count: theme.inputCount, shown: number(theme.inputCount), service: theme.service?.name ?? t('trace.common.noService') })}
      </p>
      <p className="trace-inline-form">
        <ButtonLink to={`/staff/proposals/new?theme=${theme.id}`} variant="secondary">
          {t('trace.theme.createProposal')}
        </ButtonLink>
        {decider ? (
          <ButtonLink to={`/staff/decisions/new?theme=${theme.id}`} variant="secondary">
            {t('trace.theme.recordDecision')}
          </ButtonLink>
        ) : null}
      </p>

      <h2 className="heading-m">{t('trace.theme.countsHeading')}</h2>
      <p className="hint">{t('trace.theme.countsHint')}</p>
      <table className="trace-table">
        <caption>{t('trace.theme.bySource')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trace.workspace.source')}</th>
            <th scope="col" className="trace-number">{t('trace.themes.inputs')}</th>
          </tr>
        </thead>
        <tbody>
          {theme.countsBySource.map((c) => (
            <tr key={c.kind}>
              <th scope="row">{t(`trace.kind.${c.kind}`)}</th>
              <td className="trace-number"><Count count={c.count} suppressed={c.suppressed} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="trace-table">
        <caption>{t('trace.theme.byAgeBand')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trace.workspace.ageBand')}</th>
            <th scope="col" className="trace-number">{t('trace.themes.inputs')}</th>
          </tr>
        </thead>
        <tbody>
          {theme.countsByAgeBand.map((c) => (
            <tr key={c.ageBand}>
              <th scope="row">{t(`ageBand.${c.ageBand}`)}</th>
              <td className="trace-number"><Count count={c.count} suppressed={c.suppressed} /></td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 className="heading-m">{t('trace.theme.proposalsHeading')}</h2>
      {theme.proposals.length ? (
        <ul className="list">
          {theme.proposals.map((p) => (
            <li key={p.id}>
              <Link to={`/staff/proposals/${p.id}`} className="link">{p.title}</Link> ({t(`trace.proposalStatus.${p.status}`)})
            </li>
          ))}
        </ul>
      ) : (
        <p className="body secondary-text">{t('trace.theme.noProposals')}</p>
      )}

      <h2 className="heading-m">{t('trace.theme.decisionsHeading')}</h2>
      {theme.decisions.length ? (
        <ul className="list">
          {theme.decisions.map((d) => (
            <li key={d.id}>
              <Link to={`/staff/decisions/${d.id}`} className="link">{d.title}</Link> <OutcomeTag outcome={d.outcome as Outcome} /> {date(d.decidedAt)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="body secondary-text">{t('trace.theme.noDecisions')}</p>
      )}

      {tagger ? <MergeThemesForm theme={theme} onDone={setCorrected} /> : null}

      <h2 className="heading-m">{t('trace.theme.inputsHeading')}</h2>
      <p className="notice" role="status" aria-live="polite">{status}</p>
      {pages.map((after, i) => (
        <ThemeInputs key={after ?? 'first'} themeId={theme.id} after={after} isLast={i === pages.length - 1} onMore={(c) => setPages((p) => [...p, c])} onDone={setStatus} />
      ))}
    </Page>
  );
}
