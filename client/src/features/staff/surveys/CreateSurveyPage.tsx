import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useNavigate } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { CreateSurveyMutation } from './surveyQueries';
import { badInputField } from './parts';
import { SurveyDetailsFields, badSurveyField, checkSurveyDetails, endOfDay, type SurveyDetails, type SurveyFieldId } from './SurveyDetailsFields';

const EMPTY: SurveyDetails = { title: '', purpose: '', whatHappensNext: '', audience: [], serviceId: '', access: 'ANYONE_WITH_LINK', closesAt: '' };

/** /staff/surveys/new — what a survey is for and who it is for; questions come next. */
export function CreateSurveyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<SurveyDetails>(EMPTY);
  const [{ fetching }, createSurvey] = useMutation(CreateSurveyMutation);
  const errors = useFormErrors<SurveyFieldId>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = checkSurveyDetails(t, values);
    if (Object.keys(missing).length) return errors.fail(missing);

    const result = await createSurvey({
      input: {
        title: values.title.trim(),
        purpose: values.purpose.trim(),
        whatHappensNext: values.whatHappensNext.trim(),
        audience: values.audience,
        access: values.access,
        serviceId: values.serviceId || null,
        closesAt: values.closesAt ? endOfDay(values.closesAt).toISOString() : null,
      },
    });
    const created = result.data?.createSurvey;
    if (created) {
      errors.clear();
      navigate(`/staff/surveys/${created.id}`);
      return;
    }
    const refused = errorCode(result.error) === 'BAD_USER_INPUT' ? badSurveyField(t, badInputField(result.error)) : undefined;
    if (refused) return errors.fail(refused);
    errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <Page title={t('staffSurveys.create.title')} backTo="/staff/surveys" wide>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="body-l">{t('staffSurveys.create.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form form--narrow">
        <SurveyDetailsFields values={values} onChange={(next) => setValues((v) => ({ ...v, ...next }))} errors={errors.fields} />
        <Button type="submit" busy={fetching} busyLabel={t('staffSurveys.create.submitting')}>
          {t('staffSurveys.create.submit')}
        </Button>
      </form>
    </Page>
  );
}
