import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../graphql';
import { Link, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ErrorState } from '../../../components/ErrorState';
import { PageLoading } from '../../../components/PageLoading';
import { Radios } from '../../../components/Radios';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { QuestionView, controlId } from '../../../components/questions/QuestionView';
import { AGE_BANDS, isAnswered, type AgeBand, type Answer } from '../../../components/questions/questions';
import { newSubmissionId } from '../../participate/draft';
import { NotFoundPage } from '../../access/NotFoundPage';
import { useStaffSurvey, surveyContext, type StaffSurvey } from './surveyQueries';
import { badInputField, bandLabel } from './parts';

const EnterResponseMutation = graphql(`
  mutation EnterResponse($input: SubmitResponseInput!) {
    submitResponse(input: $input) {
      receiptCode
      duplicate
      support {
        message
      }
    }
  }
`);

type Channel = 'ASSISTED' | 'PAPER';
type Capture = 'READ_TO_THEM' | 'SCRIBED' | 'SUMMARISED';
const ID_PREFIX = 'enter-';

function EntryForm({ survey }: { survey: StaffSurvey }) {
  const { t } = useTranslation();
  // Made when entry starts: a double press or a retry after a dropped connection stores one response.
  const [submissionId, setSubmissionId] = useState(newSubmissionId);
  const [channel, setChannel] = useState<Channel | undefined>();
  const [capture, setCapture] = useState<Capture | undefined>();
  const [ageBand, setAgeBand] = useState<AgeBand | undefined>();
  const [answers, setAnswers] = useState<Record<string, Answer | undefined>>({});
  const [saved, setSaved] = useState<{ receiptCode: string; flagged: boolean } | null>(null);
  const [{ fetching }, submit] = useMutation(EnterResponseMutation);
  const errors = useFormErrors<string>();

  function reset() {
    setSubmissionId(newSubmissionId());
    setChannel(undefined);
    setCapture(undefined);
    setAgeBand(undefined);
    setAnswers({});
    setSaved(null);
    errors.clear();
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!channel) problems.channel = t('staffSurveys.enter.errors.channel');
    if (!capture) problems.capture = t('staffSurveys.enter.errors.capture');
    if (!ageBand) problems.ageBand = t('staffSurveys.enter.errors.ageBand');
    survey.questions.forEach((q, i) => {
      if (q.required && !isAnswered(q, answers[q.id])) problems[controlId(q.id, ID_PREFIX)] = t('staffSurveys.enter.errors.required', { number: i + 1 });
    });
    if (Object.keys(problems).length) return errors.fail(problems);

    const result = await submit(
      {
        input: {
          surveyId: survey.id,
          clientSubmissionId: submissionId,
          ageBand,
          channel,
          capture,
          answers: survey.questions.flatMap((q): Array<{ questionId: string; choiceIds?: string[]; scale?: number; text?: string }> => {
            const a = answers[q.id];
            if (!isAnswered(q, a)) return [];
            if (q.type === 'SCALE') return [{ questionId: q.id, scale: a!.scale }];
            if (q.type === 'TEXT') return [{ questionId: q.id, text: a!.text!.trim() }];
            return [{ questionId: q.id, choiceIds: a!.choiceIds }];
          }),
        },
      },
      surveyContext,
    );
    const receipt = result.data?.submitResponse;
    if (receipt) {
      errors.clear();
      setSaved({ receiptCode: receipt.receiptCode, flagged: Boolean(receipt.support) });
      window.scrollTo(0, 0);
      return;
    }
    const field = badInputField(result.error) ?? '';
    const answerField = /^answers\.(\d+)/.exec(field);
    if (errorCode(result.error) === 'BAD_USER_INPUT' && field === 'surveyId') return errors.fail({}, t('staffSurveys.enter.errors.closed'));
    if (errorCode(result.error) === 'BAD_USER_INPUT' && answerField) {
      const answered = survey.questions.filter((q) => isAnswered(q, answers[q.id]));
      const question = answered[Number(answerField[1])];
      if (question) return errors.fail({ [controlId(question.id, ID_PREFIX)]: t('staffSurveys.enter.errors.answer') });
    }
    errors.fail({}, errorMessage(t, result.error));
  }

  if (saved) {
    return (
      <div className="confirm-panel" role="status">
        <h2 className="heading-m">{t('staffSurveys.enter.saved')}</h2>
        <p className="body">{t('staffSurveys.enter.receipt')}</p>
        <p className="receipt-code-staff" dir="ltr" lang="en">
          {saved.receiptCode.split('-').join(' ')}
        </p>
        {saved.flagged ? <p className="body inset-text">{t('staffSurveys.enter.flagged')}</p> : null}
        <Button onClick={reset}>{t('staffSurveys.enter.another')}</Button>
      </div>
    );
  }

  const bands = AGE_BANDS.filter((b) => b === 'NOT_SAID' || survey.audience.includes(b));
  return (
    <>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form">
        <Radios
          name="channel"
          legend={t('staffSurveys.enter.channelLegend')}
          error={errors.fields.channel}
          value={channel}
          onChange={setChannel}
          options={(['ASSISTED', 'PAPER'] as const).map((value) => ({ value, label: t(`staffSurveys.channel.${value}`) }))}
        />
        <Radios
          name="capture"
          legend={t('staffSurveys.enter.captureLegend')}
          error={errors.fields.capture}
          value={capture}
          onChange={setCapture}
          options={(['READ_TO_THEM', 'SCRIBED', 'SUMMARISED'] as const).map((value) => ({
            value,
            label: t(`staffSurveys.capture.${value}`),
            hint: t(`staffSurveys.enter.captureHints.${value}`),
          }))}
        />
        <Radios
          name="ageBand"
          legend={t('staffSurveys.enter.ageLegend')}
          error={errors.fields.ageBand}
          value={ageBand}
          onChange={setAgeBand}
          options={bands.map((value) => ({ value, label: bandLabel(t, value) }))}
        />
        <h2 className="heading-m">{t('staffSurveys.enter.answersHeading')}</h2>
        {survey.questions.map((q) => (
          <div key={q.id} className="question-card">
            <QuestionView
              question={q}
              band={ageBand}
              answer={answers[q.id]}
              onChange={(a) => setAnswers((all) => ({ ...all, [q.id]: a }))}
              error={errors.fields[controlId(q.id, ID_PREFIX)]}
              headingLevel={3}
              idPrefix={ID_PREFIX}
            />
            {!q.required && answers[q.id] ? (
              <Button variant="secondary" onClick={() => setAnswers((all) => ({ ...all, [q.id]: undefined }))}>
                {t('staffSurveys.enter.clearAnswer')}
              </Button>
            ) : null}
          </div>
        ))}
        <Button type="submit" busy={fetching} busyLabel={t('staffSurveys.enter.saving')}>
          {t('staffSurveys.enter.submit')}
        </Button>
      </form>
    </>
  );
}

/** /staff/surveys/:id/enter — a practitioner enters a child's answers (with them, or from paper). */
export function AssistedEntryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const [{ data, fetching, error }, reexecute] = useStaffSurvey(id);
  if (fetching && !data) return <PageLoading />;
  if (error && !data) {
    return (
      <Page title={t('staffSurveys.enter.title')} backTo={`/staff/surveys/${id}`} wide>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  const survey = data?.survey;
  if (!survey) return <NotFoundPage homeHref="/staff/surveys" />;
  return (
    <Page title={t('staffSurveys.enter.title')} backTo={`/staff/surveys/${survey.id}`} wide>
      <p className="body-l">{t('staffSurveys.enter.intro', { title: survey.title })}</p>
      {survey.status === 'OPEN' ? (
        <EntryForm survey={survey} />
      ) : (
        <p className="inset-text body">
          {t('staffSurveys.enter.notOpen')}{' '}
          <Link to={`/staff/surveys/${survey.id}`} className="link">
            {t('staffSurveys.share.backToSurvey')}
          </Link>
        </p>
      )}
    </Page>
  );
}
