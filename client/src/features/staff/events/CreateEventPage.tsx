import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useNavigate } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { Button } from '../../../components/Button';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { ErrorMessage, Field, TextArea } from '../../../components/Field';
import { Radios } from '../../../components/Radios';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { useFormErrors } from '../../../components/useFormErrors';
import { useServices } from '../services';
import { CreateEventMutation, EVENT_KINDS, eventsContext, LIMITS, type EventKind } from './eventQueries';

type Fields = 'event-title' | 'event-kind' | 'event-service' | 'event-starts' | 'event-ends' | 'event-venue' | 'event-questions';

/** Which form field a server error names. */
const SERVER_FIELDS: Record<string, Fields> = {
  title: 'event-title',
  kind: 'event-kind',
  serviceId: 'event-service',
  startsAt: 'event-starts',
  endsAt: 'event-ends',
  venue: 'event-venue',
  questions: 'event-questions',
};

/** Plans an event: what, for which service, when, where, and the questions to ask. */
export function CreateEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data: serviceData }] = useServices();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<EventKind | undefined>();
  const [serviceId, setServiceId] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [endsAt, setEndsAt] = useState('');
  const [venue, setVenue] = useState('');
  const [questions, setQuestions] = useState('');
  const [{ fetching }, createEvent] = useMutation(CreateEventMutation);
  const errors = useFormErrors<Fields>();

  const messages: Record<Fields, string> = {
    'event-title': t('events.create.errors.titleTooLong'),
    'event-kind': t('events.create.errors.kindMissing'),
    'event-service': t('events.create.errors.serviceInvalid'),
    'event-starts': t('events.create.errors.startsAtMissing'),
    'event-ends': t('events.create.errors.endsAtBefore'),
    'event-venue': t('events.create.errors.venueTooLong'),
    'event-questions': t('events.create.errors.questionTooLong'),
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const list = questions.split('\n').map((q) => q.trim()).filter(Boolean);
    const start = startsAt ? new Date(startsAt) : null;
    const end = endsAt ? new Date(endsAt) : null;
    const bad: Partial<Record<Fields, string>> = {};
    if (!title.trim()) bad['event-title'] = t('events.create.errors.titleMissing');
    else if (title.trim().length > LIMITS.title) bad['event-title'] = t('events.create.errors.titleTooLong');
    if (!kind) bad['event-kind'] = t('events.create.errors.kindMissing');
    if (!start || Number.isNaN(start.getTime())) bad['event-starts'] = t('events.create.errors.startsAtMissing');
    if (start && end && end.getTime() <= start.getTime()) bad['event-ends'] = t('events.create.errors.endsAtBefore');
    if (venue.trim().length > LIMITS.venue) bad['event-venue'] = t('events.create.errors.venueTooLong');
    if (list.length > LIMITS.questions) bad['event-questions'] = t('events.create.errors.questionsTooMany');
    else if (list.some((q) => q.length > LIMITS.question)) bad['event-questions'] = t('events.create.errors.questionTooLong');
    if (Object.keys(bad).length || !kind || !start) return errors.fail(bad);

    const result = await createEvent(
      {
        input: {
          title: title.trim(),
          kind,
          serviceId: serviceId || null,
          startsAt: start.toISOString(),
          endsAt: end ? end.toISOString() : null,
          venue: venue.trim() || null,
          questions: list,
        },
      },
      eventsContext,
    );
    const created = result.data?.createEvent;
    if (created) return navigate(`/staff/events/${created.id}`);
    if (errorCode(result.error) === 'BAD_USER_INPUT') {
      const next: Partial<Record<Fields, string>> = {};
      for (const name of Object.keys(fieldErrors(result.error))) {
        const field = SERVER_FIELDS[name] ?? (name.match(/^\d+$/) ? 'event-questions' : undefined);
        if (field) next[field] = messages[field];
      }
      return Object.keys(next).length ? errors.fail(next) : errors.fail({}, t('errors.unknown'));
    }
    return errors.fail({}, errorMessage(t, result.error));
  }

  const services = serviceData?.services ?? [];
  return (
    <Page title={t('events.create.title')} backTo="/staff/events">
      <ErrorSummary errors={errors.summary} focusKey={errors.focusKey} />
      <form onSubmit={onSubmit} noValidate className="form">
        <Field
          id="event-title"
          label={t('events.create.titleLabel')}
          hint={t('events.create.titleHint')}
          error={errors.fields['event-title']}
          autoComplete="off"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Radios
          name="event-kind"
          legend={t('events.create.kindLegend')}
          error={errors.fields['event-kind']}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
          value={kind}
          onChange={setKind}
        />
        <div className={errors.fields['event-service'] ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor="event-service">
            {t('events.create.serviceLabel')}
            <span className="label__optional"> {t('common.optional')}</span>
          </label>
          {errors.fields['event-service'] ? <ErrorMessage id="event-service-error" message={errors.fields['event-service']} /> : null}
          <select
            id="event-service"
            className="input select"
            value={serviceId}
            onChange={(e) => setServiceId(e.target.value)}
            aria-describedby={errors.fields['event-service'] ? 'event-service-error' : undefined}
          >
            <option value="">{t('events.noService')}</option>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <Field
          id="event-starts"
          type="datetime-local"
          label={t('events.create.startsAtLabel')}
          error={errors.fields['event-starts']}
          className="input--datetime"
          value={startsAt}
          onChange={(e) => setStartsAt(e.target.value)}
        />
        <Field
          id="event-ends"
          type="datetime-local"
          label={t('events.create.endsAtLabel')}
          error={errors.fields['event-ends']}
          optional
          className="input--datetime"
          value={endsAt}
          onChange={(e) => setEndsAt(e.target.value)}
        />
        <Field
          id="event-venue"
          label={t('events.create.venueLabel')}
          error={errors.fields['event-venue']}
          optional
          value={venue}
          onChange={(e) => setVenue(e.target.value)}
        />
        <TextArea
          id="event-questions"
          label={t('events.create.questionsLabel')}
          hint={t('events.create.questionsHint')}
          error={errors.fields['event-questions']}
          optional
          rows={5}
          value={questions}
          onChange={(e) => setQuestions(e.target.value)}
        />
        <Button type="submit" busy={fetching} busyLabel={t('events.create.submitting')}>
          {t('events.create.submit')}
        </Button>
      </form>
    </Page>
  );
}
