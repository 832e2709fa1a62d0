import { lazy, Suspense } from 'react';
import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../../graphql';
import { Link, useLocation, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { LoadingState } from '../../../components/LoadingState';
import { errorCode } from '../../../components/errors';
import { AGE_BANDS, type AgeBand } from '../../../components/questions/questions';
import { Count, badInputField, bandLabel } from './parts';

// recharts is big: it loads with this page's charts, after the tables.
const ResultsChart = lazy(() => import('./ResultsChart'));

const TEXTS_SHOWN = 50;

const SurveyResultsQuery = graphql(`
  query SurveyResults($surveyId: ID!, $ageBand: AgeBand, $texts: Int) {
    surveyResults(surveyId: $surveyId, ageBand: $ageBand) {
      responseCount
      suppressionThreshold
      survey {
        id
        title
        status
        audience
      }
      byAgeBand {
        ageBand
        count
        suppressed
      }
      questions {
        question {
          id
          type
          prompt
          scaleMax
        }
        answered
        choices {
          choice {
            id
            label
            emoji
          }
          count
          suppressed
        }
        scale {
          value
          count
          suppressed
        }
        scaleMean
        texts(first: $texts) {
          totalCount
          edges {
            node {
              id
              text
              withheld
              capture
            }
          }
        }
      }
    }
  }
`);

type Results = ResultOf<typeof SurveyResultsQuery>['surveyResults'];
type QuestionResult = Results['questions'][number];

function QuestionResultView({ result, threshold, number }: { result: QuestionResult; threshold: number; number: number }) {
  const { t } = useTranslation();
  const { question } = result;
  const rows =
    question.type === 'SCALE'
      ? result.scale.map((s) => ({ key: String(s.value), label: String(s.value), count: s.count, suppressed: s.suppressed }))
      : result.choices.map((c, i) => ({
          key: c.choice.id,
          label: question.type === 'YES_NO' ? t(i === 0 ? 'surveys.answer.yes' : 'surveys.answer.no') : c.choice.label,
          count: c.count,
          suppressed: c.suppressed,
        }));
  const headingId = `result-${question.id}`;
  return (
    <section className="result-card" aria-labelledby={headingId}>
      <h3 className="heading-s" id={headingId}>
        <span className="question-card__number">{t('staffSurveys.detail.questionNumber', { number })}</span> {question.prompt}
      </h3>
      <p className="result-card__meta">
        {t('staffSurveys.results.answered')}{' '}
        <Count count={result.answered} suppressed={result.answered === null} threshold={threshold} />
      </p>
      {question.type === 'TEXT' ? (
        result.texts.totalCount === 0 ? (
          <p className="body secondary-text">{t('staffSurveys.results.noTexts')}</p>
        ) : (
          <>
            <ul className="text-answers">
              {result.texts.edges.map(({ node }) => (
                <li key={node.id} className={node.withheld ? 'text-answers__item text-answers__item--withheld' : 'text-answers__item'}>
                  {node.withheld || node.text === null ? <em>{t('staffSurveys.results.withheld')}</em> : <q className="pre-line">{node.text}</q>}
                  {/* No age band here: beside a suppressed band count it would give the number away. */}
                  <span className="text-answers__meta">{t(`staffSurveys.capture.${node.capture}`)}</span>
                </li>
              ))}
            </ul>
            {result.texts.totalCount > result.texts.edges.length ? (
              <p className="body secondary-text">{t('staffSurveys.results.textsShown', { shown: result.texts.edges.length, total: result.texts.totalCount })}</p>
            ) : null}
          </>
        )
      ) : (
        <>
          <table className="table table--compact">
            <caption className="visually-hidden">{question.prompt}</caption>
            <thead>
              <tr>
                <th scope="col">{question.type === 'SCALE' ? t('staffSurveys.results.point') : t('staffSurveys.results.answer')}</th>
                <th scope="col" className="table__number">
                  {t('staffSurveys.results.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.label}</th>
                  <td className="table__number">
                    <Count count={row.count} suppressed={row.suppressed} threshold={threshold} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {question.type === 'SCALE' ? (
            <p className="body">
              {result.scaleMean !== null
                ? t('staffSurveys.results.mean', { mean: result.scaleMean.toFixed(1), max: question.scaleMax ?? 5 })
                : t('staffSurveys.results.meanHidden')}
            </p>
          ) : null}
          {rows.some((r) => !r.suppressed && r.count) ? (
            <Suspense fallback={null}>
              <ResultsChart rows={rows.map((r) => ({ label: r.label, count: r.suppressed ? null : r.count }))} threshold={threshold} />
            </Suspense>
          ) : null}
        </>
      )}
    </section>
  );
}

/** /staff/surveys/:id/results?band=… — counts, charts and words, with small numbers suppressed. */
export function ResultsPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const location = useLocation();
  const asked = new URLSearchParams(location.search).get('band') as AgeBand | null;
  const band = asked && (AGE_BANDS as readonly string[]).includes(asked) ? asked : null;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SurveyResultsQuery,
    variables: { surveyId: id, ageBand: band, texts: TEXTS_SHOWN },
    requestPolicy: 'cache-and-network',
  });
  const base = `/staff/surveys/${id}/results`;
  const results = data?.surveyResults;
  const tooSmall = !results && errorCode(error) === 'BAD_USER_INPUT' && badInputField(error) === 'ageBand';

  const filters = (
    <nav className="filter-tabs" aria-label={t('staffSurveys.results.filterLabel')}>
      <ul className="filter-tabs__list">
        {([null, ...AGE_BANDS] as const).map((b) => (
          <li key={b ?? 'all'}>
            <Link to={b ? `${base}?band=${b}` : base} replace className="filter-tabs__link" aria-current={b === band ? 'page' : undefined}>
              {b ? bandLabel(t, b) : t('staffSurveys.results.allAges')}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );

  let body;
  if (fetching && !data && !error) body = <LoadingState label={t('staffSurveys.results.loading')} />;
  else if (tooSmall) {
    body = (
      <div className="inset-text" role="status">
        <p className="body-l">{t('staffSurveys.results.bandTooSmall', { band: bandLabel(t, band!) })}</p>
        <p className="body">
          <Link to={base} className="link link--standalone">
            {t('staffSurveys.results.showAll')}
          </Link>
        </p>
      </div>
    );
  } else if (error && !results) body = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (results) {
    const threshold = results.suppressionThreshold;
    body = (
      <>
        <p className="body-l">
          {band
            ? t('staffSurveys.results.responsesBand', { count: results.responseCount, band: bandLabel(t, band) })
            : t('staffSurveys.results.responses', { count: results.responseCount })}
        </p>
        <p className="body secondary-text">{t('staffSurveys.results.suppressionNote', { threshold })}</p>
        <p className="body">
          <a className="link link--standalone" href={`/exports/surveys/${results.survey.id}/results.csv`} download>
            {t('staffSurveys.results.csv')}
          </a>
        </p>
        {results.responseCount === 0 ? (
          <EmptyState message={t('staffSurveys.results.empty')} />
        ) : (
          <>
            <h2 className="heading-m">{t('staffSurveys.results.byBandHeading')}</h2>
            <table className="table table--compact">
              <caption className="visually-hidden">{t('staffSurveys.results.byBandHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staffSurveys.results.band')}</th>
                  <th scope="col" className="table__number">
                    {t('staffSurveys.results.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.byAgeBand.map((row) => (
                  <tr key={row.ageBand}>
                    <th scope="row">{bandLabel(t, row.ageBand)}</th>
                    <td className="table__number">
                      <Count count={row.count} suppressed={row.suppressed} threshold={threshold} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h2 className="heading-m">{t('staffSurveys.results.questionsHeading')}</h2>
            {results.questions.map((result, i) => (
              <QuestionResultView key={result.question.id} result={result} threshold={threshold} number={i + 1} />
            ))}
          </>
        )}
      </>
    );
  }

  return (
    <Page title={results ? t('staffSurveys.results.titleOf', { title: results.survey.title }) : t('staffSurveys.results.title')} backTo={`/staff/surveys/${id}`} wide>
      {filters}
      {body}
    </Page>
  );
}
