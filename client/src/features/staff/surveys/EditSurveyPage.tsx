import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useNavigate, useParams } from '../../../components/router';
import { useTranslation, type TFunction } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorState } from '../../../components/ErrorState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { PageLoading } from '../../../components/PageLoading';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { NotFoundPage } from '../../access/NotFoundPage';
import { UpdateSurveyMutation, surveyContext, useStaffSurvey, type StaffSurvey } from './surveyQueries';
import { badInputField, bandLabel, erroredField } from './parts';
import {
  SurveyDetailsFields,
  badSurveyField,
  checkSurveyDetails,
  dateInputValue,
  endOfDay,
  type Access,
  type SurveyDetails,
  type SurveyFieldId,
} from './SurveyDetailsFields';

function detailsOf(survey: StaffSurvey): SurveyDetails {
  return {
    title: survey.title,
    purpose: survey.purpose,
    whatHappensNext: survey.whatHappensNext,
    audience: [...survey.audience],
    serviceId: survey.service?.id ?? '',
    access: survey.access as Access,
    closesAt: dateInputValue(survey.closesAt),
  };
}

/**
 * What the server refused because people have already answered, next to the field it names, in
 * the reader's language: the server's own message is English and for logs.
 */
function conflictMessage(t: TFunction, field: string | undefined, before: SurveyDetails, after: SurveyDetails): Partial<Record<SurveyFieldId, string>> | undefined {
  if (field === 'serviceId') return { serviceId: t('staffSurveys.edit.conflict.serviceId') };
  if (field === 'access') return { access: t('staffSurveys.edit.conflict.access') };
  if (field === 'audience') {
    const removed = before.audience.filter((band) => !after.audience.includes(band));
    return { audience: t('staffSurveys.edit.conflict.audience', { bands: removed.map((b) => bandLabel(t, b)).join(', ') }) };
  }
  return undefined;
}

function EditSurveyForm({ survey }: { survey: StaffSurvey }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [initial] = useState(() => detailsOf(survey));
  const [values, setValues] = useState<SurveyDetails>(initial);
  const [{ fetching }, updateSurvey] = useMutation(UpdateSurveyMutation);
  const errors = useFormErrors<SurveyFieldId>();
  const base = `/staff/surveys/${survey.id}`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const closesChanged = values.closesAt !== initial.closesAt;
    const missing = checkSurveyDetails(t, values, closesChanged);
    if (Object.keys(missing).length) return errors.fail(missing);

    // Only what changed, so the audit row and the checks see just that.
    const input: Record<string, unknown> = {};
    for (const field of ['title', 'purpose', 'whatHappensNext'] as const) {
      if (values[field].trim() !== initial[field]) input[field] = values[field].trim();
    }
    if (values.audience.length !== initial.audience.length || values.audience.some((b) => !initial.audience.includes(b))) input.audience = values.audience;
    if (values.access !== initial.access) input.access = values.access;
    if (values.serviceId !== initial.serviceId) input.serviceId = values.serviceId || null;
    if (closesChanged) input.closesAt = values.closesAt ? endOfDay(values.closesAt).toISOString() : null;
    if (Object.keys(input).length === 0) return errors.fail({}, t('staffSurveys.edit.nothingChanged'));

    const result = await updateSurvey({ id: survey.id, input }, surveyContext);
    if (result.data?.updateSurvey) {
      errors.clear();
      navigate(base);
      return;
    }
    const code = errorCode(result.error);
    const named =
      code === 'CONFLICT'
        ? conflictMessage(t, erroredField(result.error, 'CONFLICT'), initial, values)
        : code === 'BAD_USER_INPUT'
          ? badSurveyField(t, badInputField(result.error))
          : undefined;
    if (named) return errors.fail(named);
    errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="body-l">{t('staffSurveys.edit.intro')}</p>
      {survey.responseCount > 0 ? <p className="inset-text body">{t('staffSurveys.edit.answered', { count: survey.responseCount })}</p> : null}
      <form onSubmit={onSubmit} noValidate className="form form--narrow">
        <SurveyDetailsFields values={values} onChange={(next) => setValues((v) => ({ ...v, ...next }))} errors={errors.fields} />
        <Button type="submit" busy={fetching} busyLabel={t('staffSurveys.edit.saving')}>
          {t('staffSurveys.edit.save')}
        </Button>
      </form>
    </>
  );
}

/** /staff/surveys/:id/edit — correct a survey's wording, dates and (until anyone answers) who and what it is for. */
export function EditSurveyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const [{ data, fetching, error }, reexecute] = useStaffSurvey(id);

  if (fetching && !data) return <PageLoading label={t('staffSurveys.detail.loading')} />;
  if (error && !data) {
    return (
      <Page title={t('staffSurveys.detail.loadFailed')} backTo={`/staff/surveys/${id}`} wide>
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      </Page>
    );
  }
  const survey = data?.survey;
  if (!survey) return <NotFoundPage homeHref="/staff/surveys" />;
  return (
    <Page title={t('staffSurveys.edit.title')} backTo={`/staff/surveys/${survey.id}`} wide>
      <EditSurveyForm survey={survey} />
    </Page>
  );
}
