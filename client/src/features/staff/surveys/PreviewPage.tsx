import { useState } from 'react';
import { Link, useLocation, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageLoading';
import { QuestionView } from '../../../components/questions/QuestionView';
import { AGE_BANDS, type AgeBand, type Answer } from '../../../components/questions/questions';
import { NotFoundPage } from '../../access/NotFoundPage';
import { useStaffSurvey } from './surveyQueries';
import { bandLabel } from './parts';

/**
 * /staff/surveys/:id/preview?band=… — the survey as a child in each age band sees it, drawn by the
 * same question components as the participant pages. Answers here are not saved.
 */
export function PreviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const location = useLocation();
  const [{ data, fetching, error }, reexecute] = useStaffSurvey(id);
  const [answers, setAnswers] = useState<Record<string, Answer | undefined>>({});

  if (fetching && !data) return <PageLoading />;
  if (error && !data) {
    return (
      <Page title={t('staffSurveys.preview.title')} backTo={`/staff/surveys/${id}`} wide>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  const survey = data?.survey;
  if (!survey) return <NotFoundPage homeHref="/staff/surveys" />;

  const bands = AGE_BANDS.filter((b) => b === 'NOT_SAID' || survey.audience.includes(b));
  const asked = new URLSearchParams(location.search).get('band') as AgeBand | null;
  const band: AgeBand = asked && bands.includes(asked) ? asked : bands[0];

  return (
    <Page title={t('staffSurveys.preview.title')} backTo={`/staff/surveys/${survey.id}`} wide>
      <p className="body-l">{t('staffSurveys.preview.intro', { title: survey.title })}</p>
      <nav className="filter-tabs" aria-label={t('staffSurveys.preview.bandsLabel')}>
        <ul className="filter-tabs__list">
          {bands.map((b) => (
            <li key={b}>
              <Link
                to={`/staff/surveys/${survey.id}/preview?band=${b}`}
                replace
                className="filter-tabs__link"
                aria-current={b === band ? 'page' : undefined}
              >
                {b === 'NOT_SAID' ? t('staffSurveys.preview.standard') : bandLabel(t, b)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="inset-text body">{t(`staffSurveys.preview.modes.${band === 'AGE_4_TO_7' ? 'young' : band === 'AGE_8_TO_11' ? 'simple' : 'standard'}`)}</p>

      <div className="phone-preview shell--child" aria-label={t('staffSurveys.preview.frameLabel', { band: bandLabel(t, band) })} role="region">
        <h2 className="heading-m">{survey.title}</h2>
        <h3 className="heading-s">{t('surveys.take.why')}</h3>
        <p className="body pre-line">{survey.purpose}</p>
        <h3 className="heading-s">{t('surveys.take.whatNext')}</h3>
        <p className="body pre-line">{survey.whatHappensNext}</p>
        {survey.questions.length === 0 ? <EmptyState message={t('staffSurveys.detail.noQuestions')} /> : null}
        {survey.questions.map((question, i) => (
          <div key={`${band}-${question.id}`} className="phone-preview__question">
            <p className="survey-progress__text">{t('surveys.take.progress', { current: i + 1, total: survey.questions.length })}</p>
            <QuestionView
              question={question}
              band={band}
              answer={answers[question.id]}
              onChange={(answer) => setAnswers((a) => ({ ...a, [question.id]: answer }))}
              headingLevel={3}
              idPrefix="preview-"
            />
          </div>
        ))}
      </div>
    </Page>
  );
}
