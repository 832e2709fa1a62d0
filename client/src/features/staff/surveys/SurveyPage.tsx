import { useState } from 'react';
import { useMutation } from 'urql';
import { Link, useNavigate, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button, ButtonLink } from '../../../components/Button';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { PageLoading } from '../../../components/PageLoading';
import { errorCode, errorMessage } from '../../../components/errors';
import { promptFor } from '../../../components/questions/questions';
import { NotFoundPage } from '../../access/NotFoundPage';
import { languageName } from '../../../components/questions/HearButton';
import { useViewer } from '../../access/viewer';
import {
  CloseSurveyMutation,
  MoveQuestionMutation,
  PublishSurveyMutation,
  RemoveQuestionMutation,
  surveyContext,
  useStaffSurvey,
  type StaffQuestion,
  type StaffSurvey,
} from './surveyQueries';
import { QuestionEditor } from './QuestionEditor';
import { CopySurveySection, ReopenSurveySection, canReopen } from './SurveyCorrections';
import { StatusTag, badInputField, bandLabel, formatDate } from './parts';

function QuestionSummary({ question }: { question: StaffQuestion }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="question-card__meta">
        {t(`staffSurveys.questionType.${question.type}`)} · {question.required ? t('staffSurveys.question.required') : t('staffSurveys.question.optional')}
        {question.type === 'SCALE' ? ` · ${t('staffSurveys.question.points', { count: question.scaleMax ?? 5 })}` : null}
        {question.type === 'TEXT' ? ` · ${t('staffSurveys.question.characters', { max: question.maxLength ?? 2000 })}` : null}
      </p>
      {question.type === 'SINGLE_CHOICE' || question.type === 'MULTI_CHOICE' ? (
        <ul className="question-card__choices">
          {question.choices.map((c) => (
            <li key={c.id}>
              {c.emoji ? <span aria-hidden="true">{c.emoji} </span> : null}
              {c.label}
            </li>
          ))}
        </ul>
      ) : null}
      {question.wordings.length ? (
        <dl className="question-card__wordings">
          {question.wordings.map((w) => (
            <div key={w.ageBand}>
              <dt>{t('staffSurveys.question.wordingFor', { band: bandLabel(t, w.ageBand) })}</dt>
              <dd>{promptFor(question, w.ageBand)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );
}

function QuestionList({ survey, onChanged }: { survey: StaffSurvey; onChanged: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [, moveQuestion] = useMutation(MoveQuestionMutation);
  const [, removeQuestion] = useMutation(RemoveQuestionMutation);
  const draft = survey.status === 'DRAFT';
  const questions = survey.questions;

  async function run(action: Promise<{ error?: Parameters<typeof errorCode>[0] }>) {
    const result = await action;
    if (!result.error) {
      setProblem(undefined);
      return onChanged();
    }
    setProblem(errorCode(result.error) === 'CONFLICT' ? t('staffSurveys.question.errors.published') : errorMessage(t, result.error));
  }

  if (questions.length === 0) {
    return <EmptyState message={t('staffSurveys.detail.noQuestions')}>{draft ? <p className="body">{t('staffSurveys.detail.noQuestionsHint')}</p> : null}</EmptyState>;
  }
  return (
    <>
      <div role="alert">{problem ? <p className="error-state error-state__message">{problem}</p> : null}</div>
      <ol className="question-list">
        {questions.map((question, i) => (
          <li key={question.id} className="question-card">
            {editing === question.id ? (
              <QuestionEditor
                surveyId={survey.id}
                audience={survey.audience}
                question={question}
                idPrefix={`edit-${question.id}-`}
                onDone={() => {
                  setEditing(null);
                  onChanged();
                }}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <h3 className="heading-s question-card__prompt">
                  <span className="question-card__number">{t('staffSurveys.detail.questionNumber', { number: i + 1 })}</span> {question.prompt}
                </h3>
                <QuestionSummary question={question} />
                {draft ? (
                  <div className="button-group button-group--small">
                    <Button variant="secondary" onClick={() => setEditing(question.id)} aria-label={t('staffSurveys.detail.editQuestion', { number: i + 1 })}>
                      {t('staffSurveys.detail.edit')}
                    </Button>
                    {i > 0 ? (
                      <Button
                        variant="secondary"
                        onClick={() => void run(moveQuestion({ questionId: question.id, position: i }, surveyContext))}
                        aria-label={t('staffSurveys.detail.moveUpQuestion', { number: i + 1 })}
                      >
                        {t('staffSurveys.detail.moveUp')}
                      </Button>
                    ) : null}
                    {i < questions.length - 1 ? (
                      <Button
                        variant="secondary"
                        onClick={() => void run(moveQuestion({ questionId: question.id, position: i + 2 }, surveyContext))}
                        aria-label={t('staffSurveys.detail.moveDownQuestion', { number: i + 1 })}
                      >
                        {t('staffSurveys.detail.moveDown')}
                      </Button>
                    ) : null}
                    {confirmRemove === question.id ? (
                      <>
                        <Button
                          variant="warning"
                          onClick={() => {
                            setConfirmRemove(null);
                            void run(removeQuestion({ questionId: question.id }, surveyContext));
                          }}
                        >
                          {t('staffSurveys.detail.confirmRemove', { number: i + 1 })}
                        </Button>
                        <Button variant="secondary" onClick={() => setConfirmRemove(null)}>
                          {t('staffSurveys.detail.keep')}
                        </Button>
                      </>
                    ) : (
                      <Button variant="warning" onClick={() => setConfirmRemove(question.id)} aria-label={t('staffSurveys.detail.removeQuestion', { number: i + 1 })}>
                        {t('staffSurveys.detail.remove')}
                      </Button>
                    )}
                  </div>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

/** Publish (draft) or close (open), each after a confirmation. */
function StatusActions({ survey, onChanged }: { survey: StaffSurvey; onChanged: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [{ fetching: publishing }, publish] = useMutation(PublishSurveyMutation);
  const [{ fetching: closing }, close] = useMutation(CloseSurveyMutation);
  if (survey.status === 'CLOSED') return null;
  const isDraft = survey.status === 'DRAFT';
  // Publishing is allowed, but children choosing these languages would see some of it in the survey's own.
  const incomplete = survey.translations.filter((tr) => !tr.complete).map((tr) => tr.language);

  async function confirm() {
    const result = isDraft ? await publish({ id: survey.id }, surveyContext) : await close({ id: survey.id }, surveyContext);
    if (!result.error) {
      setConfirming(false);
      setProblem(undefined);
      onChanged();
      if (isDraft) navigate(`/staff/surveys/${survey.id}/share`);
      return;
    }
    const field = badInputField(result.error);
    setProblem(
      errorCode(result.error) === 'BAD_USER_INPUT' && field === 'closesAt'
        ? t('staffSurveys.detail.publishErrors.closesAt')
        : errorCode(result.error) === 'BAD_USER_INPUT'
          ? t('staffSurveys.detail.publishErrors.noQuestions')
          : errorCode(result.error) === 'CONFLICT'
            ? t('staffSurveys.detail.publishErrors.conflict')
            : errorMessage(t, result.error),
    );
  }

  return (
    <section className="section status-actions" aria-labelledby="status-heading">
      <h2 className="heading-m" id="status-heading">
        {isDraft ? t('staffSurveys.detail.publishHeading') : t('staffSurveys.detail.closeHeading')}
      </h2>
      <p className="body">{isDraft ? t('staffSurveys.detail.publishExplain') : t('staffSurveys.detail.closeExplain')}</p>
      {isDraft && incomplete.length ? (
        <div className="warning-text body" role="note">
          {t('staffSurveys.detail.incompleteTranslations', { languages: incomplete.map((l) => languageName(l)).join(', ') })}
        </div>
      ) : null}
      <div role="alert">{problem ? <p className="error-state error-state__message">{problem}</p> : null}</div>
      {confirming ? (
        <div className="confirm-panel">
          <p className="body confirm-panel__question">{isDraft ? t('staffSurveys.detail.publishConfirm') : t('staffSurveys.detail.closeConfirm')}</p>
          <div className="button-group">
            <Button
              variant={isDraft ? 'primary' : 'warning'}
              busy={publishing || closing}
              busyLabel={t('staffSurveys.detail.working')}
              onClick={() => void confirm()}
            >
              {isDraft ? t('staffSurveys.detail.publishYes') : t('staffSurveys.detail.closeYes')}
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              {t('staffSurveys.detail.notYet')}
            </Button>
          </div>
        </div>
      ) : (
        <Button variant={isDraft ? 'primary' : 'warning'} onClick={() => setConfirming(true)}>
          {isDraft ? t('staffSurveys.detail.publish') : t('staffSurveys.detail.close')}
        </Button>
      )}
    </section>
  );
}

/** /staff/surveys/:id — what the survey is, its questions (editable while a draft), and what to do next. */
export function SurveyPage() {
  const { t, language } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useStaffSurvey(id);
  const refetch = () => reexecute({ requestPolicy: 'network-only' });

  if (fetching && !data) return <PageLoading label={t('staffSurveys.detail.loading')} />;
  if (error && !data) {
    return (
      <Page title={t('staffSurveys.detail.loadFailed')} backTo="/staff/surveys" wide>
        <ErrorState error={error} onRetry={refetch} />
      </Page>
    );
  }
  const survey = data?.survey;
  if (!survey) return <NotFoundPage homeHref="/staff/surveys" />;
  const isDraft = survey.status === 'DRAFT';
  const base = `/staff/surveys/${survey.id}`;
  // Safeguarding leads read surveys; the people who run them correct them.
  const runsSurveys = viewer.role === 'ADMIN' || viewer.role === 'COMMISSIONER' || viewer.role === 'PRACTITIONER';

  return (
    <Page title={survey.title} backTo="/staff/surveys" wide>
      <p className="body">
        <StatusTag status={survey.status} />
      </p>
      <nav className="action-links" aria-label={t('staffSurveys.detail.actionsLabel')}>
        <ul>
          <li>
            <Link to={`${base}/preview`} className="link link--standalone">
              {t('staffSurveys.detail.preview')}
            </Link>
          </li>
          {runsSurveys ? (
            <li>
              <Link to={`${base}/edit`} className="link link--standalone">
                {t('staffSurveys.detail.editDetails')}
              </Link>
            </li>
          ) : null}
          <li>
            <Link to={`${base}/translate`} className="link link--standalone">
              {t('staffSurveys.detail.translate')}
            </Link>
          </li>
          {!isDraft ? (
            <>
              <li>
                <Link to={`${base}/share`} className="link link--standalone">
                  {t('staffSurveys.detail.share')}
                </Link>
              </li>
              <li>
                <Link to={`${base}/results`} className="link link--standalone">
                  {t('staffSurveys.detail.results')}
                </Link>
              </li>
            </>
          ) : null}
          {survey.status === 'OPEN' && viewer.role !== 'SAFEGUARDING_LEAD' ? (
            <li>
              <Link to={`${base}/enter`} className="link link--standalone">
                {t('staffSurveys.detail.enter')}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>

      <dl className="summary">
        <div className="summary__row">
          <dt>{t('staffSurveys.detail.purpose')}</dt>
          <dd className="pre-line">{survey.purpose}</dd>
        </div>
        <div className="summary__row">
          <dt>{t('staffSurveys.detail.whatHappensNext')}</dt>
          <dd className="pre-line">{survey.whatHappensNext}</dd>
        </div>
        <div className="summary__row">
          <dt>{t('staffSurveys.detail.audience')}</dt>
          <dd>{survey.audience.map((b) => bandLabel(t, b)).join(', ')}</dd>
        </div>
        <div className="summary__row">
          <dt>{t('staffSurveys.detail.service')}</dt>
          <dd>{survey.service?.name ?? t('staffSurveys.detail.noService')}</dd>
        </div>
        <div className="summary__row">
          <dt>{t('staffSurveys.detail.access')}</dt>
          <dd>{t(`staffSurveys.access.${survey.access}`)}</dd>
        </div>
        <div className="summary__row">
          <dt>{t('staffSurveys.detail.closes')}</dt>
          <dd>{formatDate(survey.closesAt, language) ?? t('staffSurveys.list.noClosingDate')}</dd>
        </div>
        <div className="summary__row">
          <dt>{t('staffSurveys.detail.responses')}</dt>
          <dd>{survey.responseCount}</dd>
        </div>
      </dl>

      <section className="section" aria-labelledby="questions-heading">
        <h2 className="heading-m" id="questions-heading">
          {t('staffSurveys.detail.questionsHeading')}
        </h2>
        {!isDraft ? <p className="inset-text body">{t('staffSurveys.detail.frozen')}</p> : null}
        <QuestionList survey={survey} onChanged={refetch} />
        {isDraft ? (
          <div className="question-card question-card--new">
            <QuestionEditor key={survey.questions.length} surveyId={survey.id} audience={survey.audience} idPrefix="new-" onDone={refetch} />
          </div>
        ) : null}
      </section>

      {canReopen(survey) && runsSurveys ? <ReopenSurveySection survey={survey} onChanged={refetch} /> : <StatusActions survey={survey} onChanged={refetch} />}
      {isDraft ? (
        <p className="body">
          <ButtonLink to={`${base}/preview`} variant="secondary">
            {t('staffSurveys.detail.previewFirst')}
          </ButtonLink>
        </p>
      ) : null}
      {runsSurveys ? <CopySurveySection survey={survey} /> : null}
    </Page>
  );
}
