import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useNavigate } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ErrorMessage, Field, TextArea } from '../../../components/Field';
import { Radios } from '../../../components/Radios';
import { errorCode, errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { AGE_BANDS, type AgeBand } from '../../../components/questions/questions';
import { useServices } from '../services';
import { CreateSurveyMutation } from './surveyQueries';
import { CheckboxGroup, badInputField, bandLabel } from './parts';

type FieldId = 'title' | 'purpose' | 'whatHappensNext' | 'audience' | 'serviceId' | 'access' | 'closesAt';
type Access = 'ANYONE_WITH_LINK' | 'PARTICIPANTS_ONLY';

/** The end of the chosen day, local time, so "closes 31 March" takes answers all that day. */
function endOfDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d, 23, 59, 59);
}

/** /staff/surveys/new — what a survey is for and who it is for; questions come next. */
export function CreateSurveyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data: servicesData }] = useServices();
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState('');
  const [whatHappensNext, setWhatHappensNext] = useState('');
  const [audience, setAudience] = useState<AgeBand[]>([]);
  const [serviceId, setServiceId] = useState('');
  const [access, setAccess] = useState<Access>('ANYONE_WITH_LINK');
  const [closesAt, setClosesAt] = useState('');
  const [{ fetching }, createSurvey] = useMutation(CreateSurveyMutation);
  const errors = useFormErrors<FieldId>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const missing: Partial<Record<FieldId, string>> = {};
    if (!title.trim()) missing.title = t('staffSurveys.create.errors.title');
    if (!purpose.trim()) missing.purpose = t('staffSurveys.create.errors.purpose');
    if (!whatHappensNext.trim()) missing.whatHappensNext = t('staffSurveys.create.errors.whatHappensNext');
    if (audience.length === 0) missing.audience = t('staffSurveys.create.errors.audience');
    if (closesAt && endOfDay(closesAt).getTime() <= Date.now()) missing.closesAt = t('staffSurveys.create.errors.closesAt');
    if (Object.keys(missing).length) return errors.fail(missing);

    const result = await createSurvey({
      input: {
        title: title.trim(),
        purpose: purpose.trim(),
        whatHappensNext: whatHappensNext.trim(),
        audience,
        access,
        serviceId: serviceId || null,
        closesAt: closesAt ? endOfDay(closesAt).toISOString() : null,
      },
    });
    const created = result.data?.createSurvey;
    if (created) {
      errors.clear();
      navigate(`/staff/surveys/${created.id}`);
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const field = badInputField(result.error)?.split('.')[0] as Exclude<FieldId, 'access'> | undefined;
      const known: string[] = ['title', 'purpose', 'whatHappensNext', 'audience', 'serviceId', 'closesAt'];
      if (field && known.includes(field)) return errors.fail({ [field]: t(`staffSurveys.create.errors.${field}`) });
    }
    errors.fail({}, errorMessage(t, result.error));
  }

  const services = servicesData?.services ?? [];
  return (
    <Page title={t('staffSurveys.create.title')} backTo="/staff/surveys" wide>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="body-l">{t('staffSurveys.create.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form form--narrow">
        <Field id="title" label={t('staffSurveys.create.titleLabel')} hint={t('staffSurveys.create.titleHint')} error={errors.fields.title} value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
        <TextArea
          id="purpose"
          label={t('staffSurveys.create.purposeLabel')}
          hint={t('staffSurveys.create.purposeHint')}
          error={errors.fields.purpose}
          value={purpose}
          onChange={(e) => setPurpose(e.target.value)}
        />
        <TextArea
          id="whatHappensNext"
          label={t('staffSurveys.create.nextLabel')}
          hint={t('staffSurveys.create.nextHint')}
          error={errors.fields.whatHappensNext}
          value={whatHappensNext}
          onChange={(e) => setWhatHappensNext(e.target.value)}
        />
        <CheckboxGroup
          name="audience"
          legend={t('staffSurveys.create.audienceLegend')}
          hint={t('staffSurveys.create.audienceHint')}
          error={errors.fields.audience}
          options={AGE_BANDS.filter((b) => b !== 'NOT_SAID').map((value) => ({ value, label: bandLabel(t, value) }))}
          values={audience}
          onChange={setAudience}
        />
        <div className={errors.fields.serviceId ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor="serviceId">
            {t('staffSurveys.create.serviceLabel')} <span className="label__optional">{t('common.optional')}</span>
          </label>
          {errors.fields.serviceId ? <ErrorMessage id="serviceId-error" message={errors.fields.serviceId} /> : null}
          <select
            id="serviceId"
            className="select"
            value={serviceId}
            onChange={(e) => setServiceId(e.target.value)}
            aria-describedby={errors.fields.serviceId ? 'serviceId-error' : undefined}
          >
            <option value="">{t('staffSurveys.create.noService')}</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <Radios
          name="access"
          legend={t('staffSurveys.create.accessLegend')}
          value={access}
          onChange={setAccess}
          options={[
            { value: 'ANYONE_WITH_LINK', label: t('staffSurveys.access.ANYONE_WITH_LINK'), hint: t('staffSurveys.create.accessLinkHint') },
            { value: 'PARTICIPANTS_ONLY', label: t('staffSurveys.access.PARTICIPANTS_ONLY'), hint: t('staffSurveys.create.accessCodeHint') },
          ]}
        />
        <Field
          id="closesAt"
          type="date"
          label={t('staffSurveys.create.closesLabel')}
          hint={t('staffSurveys.create.closesHint')}
          optional
          error={errors.fields.closesAt}
          value={closesAt}
          onChange={(e) => setClosesAt(e.target.value)}
          className="input--date"
        />
        <Button type="submit" busy={fetching} busyLabel={t('staffSurveys.create.submitting')}>
          {t('staffSurveys.create.submit')}
        </Button>
      </form>
    </Page>
  );
}
