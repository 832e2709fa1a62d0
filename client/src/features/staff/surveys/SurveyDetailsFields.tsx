import type { TFunction } from '../../../i18n/i18n';
import { useTranslation } from '../../../i18n/i18n';
import { Field, TextArea } from '../../../components/Field';
import { Radios } from '../../../components/Radios';
import { AGE_BANDS, type AgeBand } from '../../../components/questions/questions';
import { ServiceSelect } from '../ServiceSelect';
import { CheckboxGroup } from '../../../components/Checkbox';
import { bandLabel } from './parts';

export type Access = 'ANYONE_WITH_LINK' | 'PARTICIPANTS_ONLY';

/** What a survey is for and who it is for, as the create and edit forms hold it. */
export type SurveyDetails = {
  title: string;
  purpose: string;
  whatHappensNext: string;
  audience: AgeBand[];
  serviceId: string;
  access: Access;
  /** A date (yyyy-mm-dd) or empty for none. */
  closesAt: string;
};
export type SurveyFieldId = keyof SurveyDetails;
export const SURVEY_FIELDS: readonly SurveyFieldId[] = ['title', 'purpose', 'whatHappensNext', 'audience', 'serviceId', 'access', 'closesAt'];

/** The end of the chosen day, local time, so "closes 31 March" takes answers all that day. */
export function endOfDay(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y, m - 1, d, 23, 59, 59);
}

/** The local date (yyyy-mm-dd) of an ISO time, for a date input; empty for none. */
export function dateInputValue(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * What is missing or wrong before anything is sent. `checkClosesAt` is false when the closing date
 * was left as it was (an edit need not move a date that has passed).
 */
export function checkSurveyDetails(t: TFunction, values: SurveyDetails, checkClosesAt = true): Partial<Record<SurveyFieldId, string>> {
  const missing: Partial<Record<SurveyFieldId, string>> = {};
  if (!values.title.trim()) missing.title = t('staffSurveys.create.errors.title');
  if (!values.purpose.trim()) missing.purpose = t('staffSurveys.create.errors.purpose');
  if (!values.whatHappensNext.trim()) missing.whatHappensNext = t('staffSurveys.create.errors.whatHappensNext');
  if (values.audience.length === 0) missing.audience = t('staffSurveys.create.errors.audience');
  if (checkClosesAt && values.closesAt && endOfDay(values.closesAt).getTime() <= Date.now()) missing.closesAt = t('staffSurveys.create.errors.closesAt');
  return missing;
}

/** The catalog message for a field the server refused as BAD_USER_INPUT (`access` has none: it is a choice). */
export function badSurveyField(t: TFunction, field: string | undefined): Partial<Record<SurveyFieldId, string>> | undefined {
  const name = field?.split('.')[0];
  if (name === 'title' || name === 'purpose' || name === 'whatHappensNext' || name === 'audience' || name === 'serviceId' || name === 'closesAt') {
    return { [name]: t(`staffSurveys.create.errors.${name}`) };
  }
  return undefined;
}

/** The fields of a survey's details, each with its hint and inline error. */
export function SurveyDetailsFields({
  values,
  onChange,
  errors,
}: {
  values: SurveyDetails;
  onChange: (next: Partial<SurveyDetails>) => void;
  errors: Partial<Record<SurveyFieldId, string>>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field id="title" label={t('staffSurveys.create.titleLabel')} hint={t('staffSurveys.create.titleHint')} error={errors.title} value={values.title} onChange={(e) => onChange({ title: e.target.value })} autoComplete="off" />
      <TextArea
        id="purpose"
        label={t('staffSurveys.create.purposeLabel')}
        hint={t('staffSurveys.create.purposeHint')}
        error={errors.purpose}
        value={values.purpose}
        onChange={(e) => onChange({ purpose: e.target.value })}
      />
      <TextArea
        id="whatHappensNext"
        label={t('staffSurveys.create.nextLabel')}
        hint={t('staffSurveys.create.nextHint')}
        error={errors.whatHappensNext}
        value={values.whatHappensNext}
        onChange={(e) => onChange({ whatHappensNext: e.target.value })}
      />
      <CheckboxGroup
        name="audience"
        legend={t('staffSurveys.create.audienceLegend')}
        hint={t('staffSurveys.create.audienceHint')}
        error={errors.audience}
        options={AGE_BANDS.filter((b) => b !== 'NOT_SAID').map((value) => ({ value, label: bandLabel(t, value) }))}
        values={values.audience}
        onChange={(audience) => onChange({ audience })}
      />
      <ServiceSelect
        id="serviceId"
        selectClassName="select"
        label={t('staffSurveys.create.serviceLabel')}
        noneLabel={t('staffSurveys.create.noService')}
        optional
        error={errors.serviceId}
        value={values.serviceId}
        onChange={(serviceId) => onChange({ serviceId })}
      />
      <Radios
        name="access"
        legend={t('staffSurveys.create.accessLegend')}
        error={errors.access}
        value={values.access}
        onChange={(access) => onChange({ access })}
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
        error={errors.closesAt}
        value={values.closesAt}
        onChange={(e) => onChange({ closesAt: e.target.value })}
        className="input--date"
      />
    </>
  );
}
