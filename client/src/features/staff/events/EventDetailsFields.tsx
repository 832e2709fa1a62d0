import type { CombinedError } from 'urql';
import { useTranslation, type TFunction } from '../../../i18n/i18n';
import { Field, TextArea } from '../../../components/Field';
import { Radios } from '../../../components/Radios';
import { errorCode, errorMessage, fieldErrors } from '../../../components/errors';
import { ServiceSelect } from '../ServiceSelect';
import { EVENT_KINDS, LIMITS, type EventKind } from './eventQueries';

export type EventFieldId = 'event-title' | 'event-kind' | 'event-service' | 'event-starts' | 'event-ends' | 'event-venue' | 'event-questions';

/** An event's details as the plan and edit forms hold them (times as datetime-local values). */
export type EventDetails = {
  title: string;
  kind: EventKind | undefined;
  serviceId: string;
  startsAt: string;
  endsAt: string;
  venue: string;
  /** One question a line. */
  questions: string;
};

/** The details checked and ready to send. */
export type CheckedEvent = { title: string; kind: EventKind; serviceId: string | null; startsAt: Date; endsAt: Date | null; venue: string | null; questions: string[] };

/** Which form field a server error names. */
const SERVER_FIELDS: Record<string, EventFieldId> = {
  title: 'event-title',
  kind: 'event-kind',
  serviceId: 'event-service',
  startsAt: 'event-starts',
  endsAt: 'event-ends',
  venue: 'event-venue',
  questions: 'event-questions',
};

/** A time as a datetime-local value in the browser's time zone; empty for none. */
export function localDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** What is missing or wrong, by field, or the details ready to send. */
export function checkEventDetails(t: TFunction, values: EventDetails): { problems: Partial<Record<EventFieldId, string>> } | { checked: CheckedEvent } {
  const list = values.questions.split('\n').map((q) => q.trim()).filter(Boolean);
  const start = values.startsAt ? new Date(values.startsAt) : null;
  const end = values.endsAt ? new Date(values.endsAt) : null;
  const bad: Partial<Record<EventFieldId, string>> = {};
  if (!values.title.trim()) bad['event-title'] = t('events.create.errors.titleMissing');
  else if (values.title.trim().length > LIMITS.title) bad['event-title'] = t('events.create.errors.titleTooLong');
  if (!values.kind) bad['event-kind'] = t('events.create.errors.kindMissing');
  if (!start || Number.isNaN(start.getTime())) bad['event-starts'] = t('events.create.errors.startsAtMissing');
  if (start && end && end.getTime() <= start.getTime()) bad['event-ends'] = t('events.create.errors.endsAtBefore');
  if (values.venue.trim().length > LIMITS.venue) bad['event-venue'] = t('events.create.errors.venueTooLong');
  if (list.length > LIMITS.questions) bad['event-questions'] = t('events.create.errors.questionsTooMany');
  else if (list.some((q) => q.length > LIMITS.question)) bad['event-questions'] = t('events.create.errors.questionTooLong');
  if (Object.keys(bad).length || !values.kind || !start) return { problems: bad };
  return {
    checked: { title: values.title.trim(), kind: values.kind, serviceId: values.serviceId || null, startsAt: start, endsAt: end, venue: values.venue.trim() || null, questions: list },
  };
}

/** Why the server refused an event, by field where it names one (the form's own words), else for the whole form. */
export function eventProblems(t: TFunction, error: CombinedError | undefined): { fields: Partial<Record<EventFieldId, string>>; form?: string } {
  if (errorCode(error) !== 'BAD_USER_INPUT') return { fields: {}, form: errorMessage(t, error) };
  const messages: Record<EventFieldId, string> = {
    'event-title': t('events.create.errors.titleTooLong'),
    'event-kind': t('events.create.errors.kindMissing'),
    'event-service': t('events.create.errors.serviceInvalid'),
    'event-starts': t('events.create.errors.startsAtMissing'),
    'event-ends': t('events.create.errors.endsAtBefore'),
    'event-venue': t('events.create.errors.venueTooLong'),
    'event-questions': t('events.create.errors.questionTooLong'),
  };
  const fields: Partial<Record<EventFieldId, string>> = {};
  for (const name of Object.keys(fieldErrors(error))) {
    const field = SERVER_FIELDS[name] ?? (name.match(/^\d+$/) ? 'event-questions' : undefined);
    if (field) fields[field] = messages[field];
  }
  return Object.keys(fields).length ? { fields } : { fields, form: t('errors.unknown') };
}

/** The fields of an event's details, each with its inline error. */
export function EventDetailsFields({
  values,
  onChange,
  errors,
}: {
  values: EventDetails;
  onChange: (next: Partial<EventDetails>) => void;
  errors: Partial<Record<EventFieldId, string>>;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Field
        id="event-title"
        label={t('events.create.titleLabel')}
        hint={t('events.create.titleHint')}
        error={errors['event-title']}
        autoComplete="off"
        value={values.title}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <Radios
        name="event-kind"
        legend={t('events.create.kindLegend')}
        error={errors['event-kind']}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
        value={values.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <ServiceSelect
        id="event-service"
        label={t('events.create.serviceLabel')}
        noneLabel={t('events.noService')}
        optional
        error={errors['event-service']}
        value={values.serviceId}
        onChange={(serviceId) => onChange({ serviceId })}
      />
      <Field
        id="event-starts"
        type="datetime-local"
        label={t('events.create.startsAtLabel')}
        error={errors['event-starts']}
        className="input--datetime"
        value={values.startsAt}
        onChange={(e) => onChange({ startsAt: e.target.value })}
      />
      <Field
        id="event-ends"
        type="datetime-local"
        label={t('events.create.endsAtLabel')}
        error={errors['event-ends']}
        optional
        className="input--datetime"
        value={values.endsAt}
        onChange={(e) => onChange({ endsAt: e.target.value })}
      />
      <Field id="event-venue" label={t('events.create.venueLabel')} error={errors['event-venue']} optional value={values.venue} onChange={(e) => onChange({ venue: e.target.value })} />
      <TextArea
        id="event-questions"
        label={t('events.create.questionsLabel')}
        hint={t('events.create.questionsHint')}
        error={errors['event-questions']}
        optional
        rows={5}
        value={values.questions}
        onChange={(e) => onChange({ questions: e.target.value })}
      />
    </>
  );
}
