import { useQuery } from 'urql';
import { Link, useParams } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { ButtonLink } from '../../../components/Button';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { errorCode } from '../../../components/errors';
import { CancelEventForm } from './CancelEventForm';
import { EventQuery, eventsContext, type StaffEvent } from './eventQueries';
import { AttendanceForm, AttendanceList } from './AttendanceForm';
import { CloseEventForm } from './CloseEventForm';
import { ContributionsList } from './ContributionsList';
import { FeedbackLink } from './FeedbackLink';
import { QualitySummary } from './QualitySummary';
import { StatusTag } from './StatusTag';
import { useFormat } from './format';

function EventDetails({ event }: { event: StaffEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = event.endsAt ? `${format.dateTime(event.startsAt)} – ${format.time(event.endsAt)}` : format.dateTime(event.startsAt);
  return (
    <dl className="details-list">
      <div className="details-list__row">
        <dt>{t('events.page.status')}</dt>
        <dd>
          <StatusTag status={event.status} />
        </dd>
      </div>
      <div className="details-list__row">
        <dt>{t('events.page.kind')}</dt>
        <dd>{t(`events.kind.${event.kind}`)}</dd>
      </div>
      <div className="details-list__row">
        <dt>{t('events.page.when')}</dt>
        <dd>{when}</dd>
      </div>
      {event.venue ? (
        <div className="details-list__row">
          <dt>{t('events.page.venue')}</dt>
          <dd>{event.venue}</dd>
        </div>
      ) : null}
      <div className="details-list__row">
        <dt>{t('events.page.service')}</dt>
        <dd>{event.service?.name ?? t('events.noService')}</dd>
      </div>
      <div className="details-list__row">
        <dt>{t('events.page.questions')}</dt>
        <dd>
          {event.questions.length ? (
            <ol className="list">
              {event.questions.map((q, i) => (
                <li key={i}>{q}</li>
              ))}
            </ol>
          ) : (
            t('events.page.noQuestions')
          )}
        </dd>
      </div>
    </dl>
  );
}

function ClosedSummary({ event }: { event: StaffEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <>
      <section className="section" aria-labelledby="what-we-heard-heading">
        <h2 className="heading-m" id="what-we-heard-heading">
          {t('events.closed.heading')}
        </h2>
        {event.closedAt ? <p className="body secondary-text">{t('events.closed.closedOn', { date: format.date(event.closedAt) })}</p> : null}
        <p className="body prewrap">{event.whatWeHeard}</p>
        <h3 className="heading-s">{t('events.closed.reportHeading')}</h3>
        <p className="body prewrap">{event.report}</p>
      </section>
      <FeedbackLink code={event.feedbackCode} title={event.title} />
    </>
  );
}

/** One event: details, attendance, quality of recorded voice, what was said, and closing it. */
export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EventQuery, variables: { id }, context: eventsContext });
  const event = data?.event;

  if (fetching && !data) {
    return (
      <Page title={t('events.page.loading')} backTo="/staff/events" wide>
        <LoadingState label={t('events.page.loading')} />
      </Page>
    );
  }
  if (!event) {
    const missing = !error || errorCode(error) === 'NOT_FOUND';
    return (
      <Page title={t('events.list.title')} backTo="/staff/events" wide>
        {missing ? <p className="body">{t('events.page.notFound')}</p> : <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />}
      </Page>
    );
  }

  const open = event.status !== 'CLOSED' && event.status !== 'CANCELLED';
  return (
    <Page title={event.title} backTo="/staff/events" wide>
      <EventDetails event={event} />
      {event.status !== 'CANCELLED' ? (
        <p className="body">
          <Link to={`/staff/events/${event.id}/edit`} className="link">
            {t('events.edit.start')}
          </Link>
        </p>
      ) : null}
      {open ? (
        <div className="record-call">
          <ButtonLink to={`/staff/events/${event.id}/record`} large>
            {t('events.page.record')}
          </ButtonLink>
          <p className="hint">{t('events.page.recordHint')}</p>
        </div>
      ) : null}

      <section className="section" aria-labelledby="attendance-heading">
        <h2 className="heading-m" id="attendance-heading">
          {t('events.attendance.heading')}
        </h2>
        {open ? <AttendanceForm event={event} /> : <AttendanceList event={event} />}
      </section>

      <section className="section" aria-labelledby="quality-heading">
        <h2 className="heading-m" id="quality-heading">
          {t('events.quality.heading')}
        </h2>
        <p className="body">{t('events.quality.intro')}</p>
        <QualitySummary quality={event.quality} idPrefix="event-quality" />
      </section>

      <ContributionsList eventId={event.id} />

      {event.status === 'CLOSED' ? <ClosedSummary event={event} /> : null}
      {event.status === 'HELD' ? <CloseEventForm eventId={event.id} /> : null}
      {event.status === 'PLANNED' ? (
        <section className="section" aria-labelledby="close-heading">
          <h2 className="heading-m" id="close-heading">
            {t('events.close.heading')}
          </h2>
          <p className="body">{t('events.close.notYet')}</p>
        </section>
      ) : null}
      {event.status === 'PLANNED' ? <CancelEventForm eventId={event.id} /> : null}
      {event.status === 'CANCELLED' ? (
        <section className="section" aria-labelledby="cancelled-heading">
          <h2 className="heading-m" id="cancelled-heading">
            {t('events.cancel.cancelledHeading')}
          </h2>
          <p className="body">{event.cancelledReason}</p>
        </section>
      ) : null}
    </Page>
  );
}
