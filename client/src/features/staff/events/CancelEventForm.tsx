import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from '../../../i18n/i18n';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { TextArea } from '../../../components/Field';
import { errorMessage } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { CancelEventMutation } from './eventQueries';

/** Call off a planned event, saying why (staff see the reason on the event). */
export function CancelEventForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [{ fetching }, cancel] = useMutation(CancelEventMutation);
  const errors = useFormErrors<'cancel-reason'>();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return errors.fail({ 'cancel-reason': t('events.cancel.errors.reason') });
    if (reason.trim().length > 1000) return errors.fail({ 'cancel-reason': t('events.cancel.errors.tooLong') });
    const result = await cancel({ id: eventId, reason: reason.trim() });
    if (result.data?.cancelEvent) return errors.clear();
    errors.fail({}, errorMessage(t, result.error));
  }

  return (
    <section className="section" aria-labelledby="cancel-heading">
      <h2 className="heading-m" id="cancel-heading">
        {t('events.cancel.heading')}
      </h2>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form">
        <TextArea id="cancel-reason" label={t('events.cancel.reasonLabel')} hint={t('events.cancel.reasonHint')} error={errors.fields['cancel-reason']} value={reason} onChange={(e) => setReason(e.target.value)} />
        <Button type="submit" variant="warning" busy={fetching} busyLabel={t('events.cancel.working')}>
          {t('events.cancel.submit')}
        </Button>
      </form>
    </section>
  );
}
