import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/Field';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { CloseEventMutation, eventsContext, LIMITS } from './eventQueries';

type Fields = 'close-report' | 'close-what-we-heard';

/** HELD → CLOSED: the internal report and "what we heard" for the people who came. */
export function CloseEventForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [report, setReport] = useState('');
  const [whatWeHeard, setWhatWeHeard] = useState('');
  const [{ fetching }, close] = useMutation(CloseEventMutation);
  const errors = useFormErrors<Fields>();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const bad: Partial<Record<Fields, string>> = {};
    if (!report.trim()) bad['close-report'] = t('events.close.errors.reportMissing');
    else if (report.trim().length > LIMITS.report) bad['close-report'] = t('events.close.errors.reportTooLong');
    if (!whatWeHeard.trim()) bad['close-what-we-heard'] = t('events.close.errors.whatWeHeardMissing');
    else if (whatWeHeard.trim().length > LIMITS.whatWeHeard) bad['close-what-we-heard'] = t('events.close.errors.whatWeHeardTooLong');
    if (Object.keys(bad).length) return errors.fail(bad);

    const result = await close({ eventId, report: report.trim(), whatWeHeard: whatWeHeard.trim() }, eventsContext);
    if (result.data) return errors.clear(); // the event page refetches and shows the closed event
    switch (errorCode(result.error)) {
      case 'BAD_USER_INPUT': {
        const fields = fieldErrors(result.error);
        if ('report' in fields) return errors.fail({ 'close-report': t('events.close.errors.reportTooLong') });
        if ('whatWeHeard' in fields) return errors.fail({ 'close-what-we-heard': t('events.close.errors.whatWeHeardTooLong') });
        return errors.fail({}, t('errors.unknown'));
      }
      case 'CONFLICT':
        return errors.fail({}, t('events.close.errors.conflict'));
      default:
        return errors.fail({}, errorMessage(t, result.error));
    }
  }

  return (
    <section className="section" aria-labelledby="close-heading">
      <h2 className="heading-m" id="close-heading">
        {t('events.close.heading')}
      </h2>
      <p className="body">{t('events.close.intro')}</p>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form">
        <TextArea
          id="close-what-we-heard"
          label={t('events.close.whatWeHeardLabel')}
          hint={t('events.close.whatWeHeardHint')}
          error={errors.fields['close-what-we-heard']}
          rows={6}
          value={whatWeHeard}
          onChange={(e) => setWhatWeHeard(e.target.value)}
        />
        <TextArea
          id="close-report"
          label={t('events.close.reportLabel')}
          hint={t('events.close.reportHint')}
          error={errors.fields['close-report']}
          rows={6}
          value={report}
          onChange={(e) => setReport(e.target.value)}
        />
        <Button type="submit" busy={fetching} busyLabel={t('events.close.submitting')}>
          {t('events.close.submit')}
        </Button>
      </form>
    </section>
  );
}
