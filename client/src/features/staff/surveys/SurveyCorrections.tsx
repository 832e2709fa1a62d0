import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useNavigate } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { CopySurveyMutation, ReopenSurveyMutation, surveyContext, type StaffSurvey } from './surveyQueries';
import { badInputField } from './parts';
import { endOfDay } from './SurveyDetailsFields';

/** Open or not, a survey whose closing date has passed takes no answers: it can be opened again. */
export function canReopen(survey: Pick<StaffSurvey, 'status' | 'closesAt'>, now = Date.now()): boolean {
  return survey.status === 'CLOSED' || (survey.status === 'OPEN' && survey.closesAt !== null && new Date(survey.closesAt).getTime() <= now);
}

/** A new draft with the same questions, wording and translations; opens it. */
export function CopySurveySection({ survey }: { survey: StaffSurvey }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | undefined>();
  const [{ fetching }, copySurvey] = useMutation(CopySurveyMutation);

  async function copy() {
    const result = await copySurvey({ id: survey.id }, surveyContext);
    const copied = result.data?.copySurvey;
    if (copied) {
      setProblem(undefined);
      navigate(`/staff/surveys/${copied.id}`);
      return;
    }
    setProblem(errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="copy-heading">
      <h2 className="heading-m" id="copy-heading">
        {t('staffSurveys.copy.heading')}
      </h2>
      <p className="body">{t('staffSurveys.copy.explain')}</p>
      <div role="alert">{problem ? <p className="error-state error-state__message">{problem}</p> : null}</div>
      <Button variant="secondary" busy={fetching} busyLabel={t('staffSurveys.copy.working')} onClick={() => void copy()}>
        {t('staffSurveys.copy.submit')}
      </Button>
    </section>
  );
}

/** Opens a closed (or lapsed) survey again, with a new closing date or none. */
export function ReopenSurveySection({ survey, onChanged }: { survey: StaffSurvey; onChanged: () => void }) {
  const { t } = useTranslation();
  const [closesAt, setClosesAt] = useState('');
  const [{ fetching }, reopenSurvey] = useMutation(ReopenSurveyMutation);
  const errors = useFormErrors<'reopen-closesAt'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (closesAt && endOfDay(closesAt).getTime() <= Date.now()) return errors.fail({ 'reopen-closesAt': t('staffSurveys.reopen.errors.closesAt') });
    const result = await reopenSurvey({ id: survey.id, closesAt: closesAt ? endOfDay(closesAt).toISOString() : null }, surveyContext);
    if (result.data?.reopenSurvey) {
      errors.clear();
      setClosesAt('');
      onChanged();
      return;
    }
    const code = errorCode(result.error);
    if (code === 'BAD_USER_INPUT' && badInputField(result.error) === 'closesAt') return errors.fail({ 'reopen-closesAt': t('staffSurveys.reopen.errors.closesAt') });
    errors.fail({}, code === 'CONFLICT' ? t('staffSurveys.reopen.errors.conflict') : errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="reopen-heading">
      <h2 className="heading-m" id="reopen-heading">
        {t('staffSurveys.reopen.heading')}
      </h2>
      <p className="body">{t('staffSurveys.reopen.explain')}</p>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form form--narrow">
        <Field
          id="reopen-closesAt"
          type="date"
          label={t('staffSurveys.reopen.closesLabel')}
          hint={t('staffSurveys.reopen.closesHint')}
          optional
          error={errors.fields['reopen-closesAt']}
          value={closesAt}
          onChange={(e) => setClosesAt(e.target.value)}
          className="input--date"
        />
        <Button type="submit" busy={fetching} busyLabel={t('staffSurveys.reopen.working')}>
          {t('staffSurveys.reopen.submit')}
        </Button>
      </form>
    </section>
  );
}
