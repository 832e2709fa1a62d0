import { useQuery } from 'urql';
import { Link, useLocation } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { ButtonLink } from '../../../components/Button';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { SurveysQuery, surveyContext } from './surveyQueries';
import { StatusTag, formatDate, type SurveyStatus } from './parts';

const FILTERS = ['ALL', 'DRAFT', 'OPEN', 'CLOSED'] as const;

function statusFrom(search: string): SurveyStatus | null {
  const status = new URLSearchParams(search).get('status');
  return status === 'DRAFT' || status === 'OPEN' || status === 'CLOSED' ? status : null;
}

/** /staff/surveys — the organisation's surveys, by status. */
export function SurveyListPage() {
  const { t, language } = useTranslation();
  const location = useLocation();
  const status = statusFrom(location.search);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SurveysQuery, variables: { status }, context: surveyContext });
  const surveys = data?.surveys ?? [];

  let body;
  if (fetching && !data) body = <LoadingState label={t('staffSurveys.list.loading')} />;
  else if (error && !data) body = <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (surveys.length === 0) body = <EmptyState message={status ? t('staffSurveys.list.emptyStatus') : t('staffSurveys.list.empty')} />;
  else {
    body = (
      <table className="table">
        <caption className="visually-hidden">{t('staffSurveys.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('staffSurveys.list.columns.title')}</th>
            <th scope="col">{t('staffSurveys.list.columns.status')}</th>
            <th scope="col" className="table__number">{t('staffSurveys.list.columns.questions')}</th>
            <th scope="col" className="table__number">{t('staffSurveys.list.columns.responses')}</th>
            <th scope="col">{t('staffSurveys.list.columns.closes')}</th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((survey) => (
            <tr key={survey.id}>
              <td>
                <Link to={`/staff/surveys/${survey.id}`} className="link">
                  {survey.title}
                </Link>
                {survey.service ? <span className="table__secondary">{survey.service.name}</span> : null}
              </td>
              <td>
                <StatusTag status={survey.status} />
              </td>
              <td className="table__number">{survey.questions.length}</td>
              <td className="table__number">{survey.responseCount}</td>
              <td>{formatDate(survey.closesAt, language) ?? t('staffSurveys.list.noClosingDate')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <Page title={t('staffSurveys.list.title')} backTo="/staff" wide>
      <p className="body-l">{t('staffSurveys.list.intro')}</p>
      <ButtonLink to="/staff/surveys/new">{t('staffSurveys.list.create')}</ButtonLink>
      <nav className="filter-tabs" aria-label={t('staffSurveys.list.filterLabel')}>
        <ul className="filter-tabs__list">
          {FILTERS.map((filter) => (
            <li key={filter}>
              <Link
                to={filter === 'ALL' ? '/staff/surveys' : `/staff/surveys?status=${filter}`}
                className="filter-tabs__link"
                aria-current={(status ?? 'ALL') === filter ? 'page' : undefined}
              >
                {t(`staffSurveys.list.filters.${filter}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {body}
    </Page>
  );
}
