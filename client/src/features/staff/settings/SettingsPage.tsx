import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type ResultOf } from '../../../graphql';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { Checkbox } from '../../../components/Checkbox';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ErrorMessage, Field, TextArea } from '../../../components/Field';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { SETTINGS_SECTIONS } from './sections';

// One list of fields for reading and for what a save returns, so the form always gets back what it shows.
const SettingsFields = graphql(`
  fragment SettingsFields on OrganisationSettings @_unmask {
    suppressionThreshold
    concernHighDueHours
    concernDueWorkingDays
    supportMessage
    supportContacts {
      name
      phone
      url
    }
    reviewFreeText
    contentLanguages
    retainWordsMonths
    requireStaffMfa
  }
`);

const SettingsQuery = graphql(
  `
    query OrganisationSettings {
      organisationSettings {
        ...SettingsFields
      }
    }
  `,
  [SettingsFields],
);

const UpdateSettingsMutation = graphql(
  `
    mutation UpdateOrganisationSettings($input: OrganisationSettingsInput!) {
      updateOrganisationSettings(input: $input) {
        ...SettingsFields
      }
    }
  `,
  [SettingsFields],
);

type Settings = ResultOf<typeof SettingsQuery>['organisationSettings'];
type Contact = { name: string; phone: string; url: string };

type FieldId =
  | 'suppressionThreshold'
  | 'concernHighDueHours'
  | 'concernDueWorkingDays'
  | 'supportMessage'
  | 'supportContacts'
  | 'contentLanguages'
  | 'retainWordsMonths';

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

function wholeNumber(value: string): number | null {
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}

/** The server's rules (identity/settings.types.ts), checked first so the form says what is wrong. */
const LIMITS = {
  suppressionThreshold: [5, 100],
  concernHighDueHours: [1, 72],
  concernDueWorkingDays: [1, 10],
  retainWordsMonths: [1, 120],
} as const;

function SettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [threshold, setThreshold] = useState(String(settings.suppressionThreshold));
  const [highHours, setHighHours] = useState(String(settings.concernHighDueHours));
  const [workingDays, setWorkingDays] = useState(String(settings.concernDueWorkingDays));
  const [supportMessage, setSupportMessage] = useState(settings.supportMessage);
  const [contacts, setContacts] = useState<Contact[]>(settings.supportContacts.map((c) => ({ name: c.name, phone: c.phone ?? '', url: c.url ?? '' })));
  const [reviewFreeText, setReviewFreeText] = useState(settings.reviewFreeText);
  const [languages, setLanguages] = useState(settings.contentLanguages.join(', '));
  const [retain, setRetain] = useState(settings.retainWordsMonths === null ? '' : String(settings.retainWordsMonths));
  const [requireMfa, setRequireMfa] = useState(settings.requireStaffMfa);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation(UpdateSettingsMutation);
  const errors = useFormErrors<FieldId>();

  function numberProblem(field: keyof typeof LIMITS, value: string): string | undefined {
    const n = wholeNumber(value);
    const [min, max] = LIMITS[field];
    return n === null || n < min || n > max ? t(`orgSettings.errors.${field}`, { min, max }) : undefined;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const problems: Partial<Record<FieldId, string>> = {};
    for (const [field, value] of [
      ['suppressionThreshold', threshold],
      ['concernHighDueHours', highHours],
      ['concernDueWorkingDays', workingDays],
    ] as const) {
      const problem = numberProblem(field, value);
      if (problem) problems[field] = problem;
    }
    if (retain.trim()) {
      const problem = numberProblem('retainWordsMonths', retain);
      if (problem) problems.retainWordsMonths = problem;
    }
    if (!supportMessage.trim() || supportMessage.length > 1000) problems.supportMessage = t('orgSettings.errors.supportMessage');
    const cleanContacts = contacts.filter((c) => c.name.trim() || c.phone.trim() || c.url.trim());
    if (cleanContacts.some((c) => !c.name.trim())) problems.supportContacts = t('orgSettings.errors.contactName');
    const tags = languages.split(/[\s,]+/).filter(Boolean);
    if (!tags.length || tags.some((tag) => !LANGUAGE_TAG.test(tag))) problems.contentLanguages = t('orgSettings.errors.contentLanguages');
    if (Object.keys(problems).length) return errors.fail(problems);

    const result = await update({
      input: {
        suppressionThreshold: wholeNumber(threshold),
        concernHighDueHours: wholeNumber(highHours),
        concernDueWorkingDays: wholeNumber(workingDays),
        supportMessage: supportMessage.trim(),
        supportContacts: cleanContacts.map((c) => ({ name: c.name.trim(), phone: c.phone.trim() || null, url: c.url.trim() || null })),
        reviewFreeText,
        contentLanguages: tags,
        retainWordsMonths: retain.trim() ? wholeNumber(retain) : null,
        requireStaffMfa: requireMfa,
      },
    });
    if (result.data?.updateOrganisationSettings) {
      errors.clear();
      setSaved(true);
      return;
    }
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const fields = fieldErrors(result.error);
      const next: Partial<Record<FieldId, string>> = {};
      for (const field of Object.keys(LIMITS) as Array<keyof typeof LIMITS>) {
        if (field in fields) next[field] = t(`orgSettings.errors.${field}`, { min: LIMITS[field][0], max: LIMITS[field][1] });
      }
      if ('supportMessage' in fields) next.supportMessage = t('orgSettings.errors.supportMessage');
      if (Object.keys(fields).some((f) => ['name', 'phone', 'url', 'supportContacts'].includes(f))) next.supportContacts = t('orgSettings.errors.contact');
      if (Object.keys(fields).some((f) => /^(\d+|contentLanguages)$/.test(f))) next.contentLanguages = t('orgSettings.errors.contentLanguages');
      if (Object.keys(next).length) return errors.fail(next);
    }
    errors.fail({}, errorMessage(t, result.error));
  }

  const setContact = (i: number, patch: Partial<Contact>) => setContacts((list) => list.map((c, j) => (j === i ? { ...c, ...patch } : c)));

  return (
    <>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="notice" role="status" aria-live="polite">
        {saved ? t('orgSettings.saved') : null}
      </p>
      <form onSubmit={onSubmit} noValidate className="form">
        <h2 className="heading-m">{t('orgSettings.numbersHeading')}</h2>
        <Field id="suppressionThreshold" inputMode="numeric" label={t('orgSettings.thresholdLabel')} hint={t('orgSettings.thresholdHint')} error={errors.fields.suppressionThreshold} value={threshold} onChange={(e) => setThreshold(e.target.value)} dir="ltr" />
        <h2 className="heading-m">{t('orgSettings.safeguardingHeading')}</h2>
        <Field id="concernHighDueHours" inputMode="numeric" label={t('orgSettings.highHoursLabel')} hint={t('orgSettings.highHoursHint')} error={errors.fields.concernHighDueHours} value={highHours} onChange={(e) => setHighHours(e.target.value)} dir="ltr" />
        <Field id="concernDueWorkingDays" inputMode="numeric" label={t('orgSettings.workingDaysLabel')} hint={t('orgSettings.workingDaysHint')} error={errors.fields.concernDueWorkingDays} value={workingDays} onChange={(e) => setWorkingDays(e.target.value)} dir="ltr" />
        <TextArea id="supportMessage" label={t('orgSettings.supportMessageLabel')} hint={t('orgSettings.supportMessageHint')} error={errors.fields.supportMessage} value={supportMessage} onChange={(e) => setSupportMessage(e.target.value)} />
        <fieldset className="fieldset" id="supportContacts" aria-describedby={errors.fields.supportContacts ? 'supportContacts-error' : undefined}>
          <legend className="fieldset__legend">{t('orgSettings.contactsLegend')}</legend>
          {errors.fields.supportContacts ? <ErrorMessage id="supportContacts-error" message={errors.fields.supportContacts} /> : null}
          {contacts.map((contact, i) => (
            <div key={i} className="settings__contact" role="group" aria-label={t('orgSettings.contactGroup', { n: i + 1 })}>
              <Field id={`contact-${i}-name`} label={t('orgSettings.contactName')} value={contact.name} onChange={(e) => setContact(i, { name: e.target.value })} />
              <Field id={`contact-${i}-phone`} type="tel" label={t('orgSettings.contactPhone')} optional value={contact.phone} onChange={(e) => setContact(i, { phone: e.target.value })} dir="ltr" />
              <Field id={`contact-${i}-url`} type="url" label={t('orgSettings.contactUrl')} optional value={contact.url} onChange={(e) => setContact(i, { url: e.target.value })} dir="ltr" />
              <Button variant="secondary" onClick={() => setContacts((list) => list.filter((_, j) => j !== i))}>
                {t('orgSettings.removeContact')}
                <span className="visually-hidden"> {contact.name}</span>
              </Button>
            </div>
          ))}
          {contacts.length < 10 ? (
            <Button variant="secondary" onClick={() => setContacts((list) => [...list, { name: '', phone: '', url: '' }])}>
              {t('orgSettings.addContact')}
            </Button>
          ) : null}
        </fieldset>
        <h2 className="heading-m">{t('orgSettings.wordsHeading')}</h2>
        <Checkbox id="reviewFreeText" label={t('orgSettings.reviewLabel')} hint={t('orgSettings.reviewHint')} checked={reviewFreeText} onChange={setReviewFreeText} />
        <Field id="contentLanguages" label={t('orgSettings.languagesLabel')} hint={t('orgSettings.languagesHint')} error={errors.fields.contentLanguages} value={languages} onChange={(e) => setLanguages(e.target.value)} dir="ltr" />
        <Field id="retainWordsMonths" inputMode="numeric" optional label={t('orgSettings.retainLabel')} hint={t('orgSettings.retainHint')} error={errors.fields.retainWordsMonths} value={retain} onChange={(e) => setRetain(e.target.value)} dir="ltr" />
        <h2 className="heading-m">{t('orgSettings.staffHeading')}</h2>
        <Checkbox id="requireStaffMfa" label={t('orgSettings.mfaLabel')} hint={t('orgSettings.mfaHint')} checked={requireMfa} onChange={setRequireMfa} />
        <Button type="submit" busy={fetching} busyLabel={t('orgSettings.saving')}>
          {t('orgSettings.save')}
        </Button>
      </form>
    </>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SettingsQuery });
  return (
    <Page title={t('orgSettings.title')} wide>
      <p className="body">{t('orgSettings.intro')}</p>
      {fetching && !data ? (
        <LoadingState label={t('orgSettings.loading')} />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : data ? (
        <SettingsForm settings={data.organisationSettings} />
      ) : null}
      {SETTINGS_SECTIONS.map(({ id, Section }) => (
        <section key={id} className="section">
          <Section />
        </section>
      ))}
    </Page>
  );
}
