import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useNavigate } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { useFormErrors } from '../../../components/useFormErrors';
import { CreateEventMutation, eventsContext } from './eventQueries';
import { EventDetailsFields, checkEventDetails, eventProblems, type EventDetails, type EventFieldId } from './EventDetailsFields';

const EMPTY: EventDetails = { title: '', kind: undefined, serviceId: '', startsAt: '', endsAt: '', venue: '', questions: '' };

/** Plans an event: what, for which service, when, where, and the questions to ask. */
export function CreateEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [values, setValues] = useState<EventDetails>(EMPTY);
  const [{ fetching }, createEvent] = useMutation(CreateEventMutation);
  const errors = useFormErrors<EventFieldId>();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const check = checkEventDetails(t, values);
    if ('problems' in check) return errors.fail(check.problems);
    const { checked } = check;
    const result = await createEvent(
      { input: { ...checked, startsAt: checked.startsAt.toISOString(), endsAt: checked.endsAt ? checked.endsAt.toISOString() : null } },
      eventsContext,
    );
    const created = result.data?.createEvent;
    if (created) return navigate(`/staff/events/${created.id}`);
    const refused = eventProblems(t, result.error);
    return errors.fail(refused.fields, refused.form);
  }

  return (
    <Page title={t('events.create.title')} backTo="/staff/events">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form">
        <EventDetailsFields values={values} onChange={(next) => setValues((v) => ({ ...v, ...next }))} errors={errors.fields} />
        <Button type="submit" busy={fetching} busyLabel={t('events.create.submitting')}>
          {t('events.create.submit')}
        </Button>
      </form>
    </Page>
  );
}
