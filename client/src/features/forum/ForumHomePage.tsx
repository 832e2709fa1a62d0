import { useQuery } from 'urql';
import { Link } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { Page } from '../../components/Page';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { useViewer } from '../access/viewer';
import { ForumProposalsQuery, formatWhen, proposalContext } from './forumQueries';
import './forum.css';

/** /forum — what the forum is voting on now (child-friendly summary first), then results. */
export function ForumHomePage() {
  const { t, language } = useTranslation();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ForumProposalsQuery, context: proposalContext, requestPolicy: 'cache-and-network' });
  const title = viewer.displayName ? t('forum.title', { name: viewer.displayName }) : t('forum.titleNoName');
  const proposals = data?.proposals ?? [];
  const open = proposals.filter((p) => p.status === 'OPEN_FOR_VOTING');
  const done = proposals.filter((p) => p.status !== 'OPEN_FOR_VOTING');

  let body;
  if (fetching && !data) body = <LoadingState label={t('forum.home.loading')} />;
  else if (error && !data) body = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (proposals.length === 0) body = <EmptyState message={t('forum.home.empty')} />;
  else {
    body = (
      <>
        <section className="section" aria-labelledby="open-heading">
          <h2 className="heading-m" id="open-heading">
            {t('forum.home.openHeading')}
          </h2>
          {open.length === 0 ? <EmptyState message={t('forum.home.noneOpen')} /> : null}
          <ul className="proposal-cards">
            {open.map((p) => (
              <li key={p.id} className="proposal-card">
                <h3 className="heading-s proposal-card__title">{p.title}</h3>
                <p className="body-l proposal-card__summary">{p.childSummary}</p>
                <p className="body proposal-card__meta">
                  {p.myVote ? t('forum.home.youVoted', { choice: t(`forum.choice.${p.myVote}`) }) : t('forum.home.notVoted')}
                  {p.votingClosesAt ? ` ${t('forum.home.closes', { when: formatWhen(p.votingClosesAt, language) })}` : null}
                </p>
                <Link to={`/forum/proposals/${p.id}`} className="button button--primary button--large proposal-card__go">
                  {/* One flex item, so the hidden words join the label without a break. */}
                  <span>
                    {p.myVote ? t('forum.home.changeVote') : t('forum.home.readAndVote')}
                    <span className="visually-hidden">: {p.title}</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        {done.length > 0 ? (
          <section className="section" aria-labelledby="results-heading">
            <h2 className="heading-m" id="results-heading">
              {t('forum.home.resultsHeading')}
            </h2>
            <ul className="proposal-cards">
              {done.map((p) => (
                <li key={p.id} className="proposal-card proposal-card--done">
                  <h3 className="heading-s proposal-card__title">{p.title}</h3>
                  <p className="body proposal-card__summary">{p.childSummary}</p>
                  <p className="body proposal-card__meta">
                    {p.tally
                      ? t('forum.home.resultLine', { for: p.tally.for, against: p.tally.against, abstain: p.tally.abstain })
                      : t(`forum.status.${p.status}`)}
                  </p>
                  <Link to={`/forum/proposals/${p.id}`} className="button button--secondary proposal-card__go">
                    <span>
                      {t('forum.home.seeResult')}
                      <span className="visually-hidden">: {p.title}</span>
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </>
    );
  }

  return (
    <Page title={title}>
      <p className="body-l">{t('forum.intro')}</p>
      {body}
      <p className="body forum-leave">
        <Link to="/forum/leave" className="button button--secondary">
          {t('forum.leave.link')}
        </Link>
      </p>
    </Page>
  );
}
