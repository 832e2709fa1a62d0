import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useNavigate, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorState } from '../../../components/ErrorState';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { LoadingState } from '../../../components/LoadingState';
import { errorCode } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { EventQuery, UpdateEventMutation, eventsContext, type EventKind, type StaffEvent } from './eventQueries';
import { EventDetailsFields, checkEventDetails, eventProblems, localDateTime, type EventDetails, type EventFieldId } from './EventDetailsFields';

function detailsOf(event: StaffEvent): EventDetails {
  return {
    title: event.title,
    kind: event.kind as EventKind,
    serviceId: event.service?.id ?? '',
    startsAt: localDateTime(event.startsAt),
    endsAt: localDateTime(event.endsAt),
    venue: event.venue ?? '',
    questions: event.questions.join('\n'),
  };
}

function EditEventForm({ event }: { event: StaffEvent }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [initial] = useState(() => detailsOf(event));
  const [values, setValues] = useState<EventDetails>(initial);
  const [{ fetching }, updateEvent] = useMutation(UpdateEventMutation);
  const errors = useFormErrors<EventFieldId>();

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const check = checkEventDetails(t, values);
    if ('problems' in check) return errors.fail(check.problems);
    const { checked } = check;
    // Only what changed, so the audit row shows just that.
    const input: Record<string, unknown> = {};
    if (checked.title !== initial.title) input.title = checked.title;
    if (checked.kind !== initial.kind) input.kind = checked.kind;
    if (values.serviceId !== initial.serviceId) input.serviceId = checked.serviceId;
    if (values.startsAt !== initial.startsAt) input.startsAt = checked.startsAt.toISOString();
    if (values.endsAt !== initial.endsAt) input.endsAt = checked.endsAt ? checked.endsAt.toISOString() : null;
    if ((checked.venue ?? '') !== initial.venue) input.venue = checked.venue;
    if (checked.questions.join('\n') !== initial.questions) input.questions = checked.questions;
    if (Object.keys(input).length === 0) return errors.fail({}, t('events.edit.nothingChanged'));

    const result = await updateEvent({ id: event.id, input }, eventsContext);
    if (result.data?.updateEvent) {
      errors.clear();
      return navigate(`/staff/events/${event.id}`);
    }
    if (errorCode(result.error) === 'CONFLICT') return errors.fail({}, t('events.edit.cancelled'));
    const refused = eventProblems(t, result.error);
    errors.fail(refused.fields, refused.form);
  }

  return (
    <>
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <p className="body-l">{t('events.edit.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="form">
        <EventDetailsFields values={values} onChange={(next) => setValues((v) => ({ ...v, ...next }))} errors={errors.fields} />
        <Button type="submit" busy={fetching} busyLabel={t('events.edit.saving')}>
          {t('events.edit.save')}
        </Button>
      </form>
    </>
  );
}

/** /staff/events/:id/edit — correct an event's details; what was said there keeps the title it had. */
export function EditEventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EventQuery, variables: { id }, context: eventsContext });
  const event = data?.event;
  const back = `/staff/events/${id}`;

  if (fetching && !data) {
    return (
      <Page title={t('events.page.loading')} backTo={back}>
        <LoadingState label={t('events.page.loading')} />
      </Page>
    );
  }
  if (!event) {
    const missing = !error || errorCode(error) === 'NOT_FOUND';
    return (
      <Page title={t('events.edit.title')} backTo="/staff/events">
        {missing ? <p className="body">{t('events.page.notFound')}</p> : <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      </Page>
    );
  }
  return (
    <Page title={t('events.edit.title')} backTo={back}>
      {event.status === 'CANCELLED' ? <p className="body">{t('events.edit.cancelled')}</p> : <EditEventForm event={event} />}
    </Page>
  );
}
