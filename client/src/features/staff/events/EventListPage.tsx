import { useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { Link, useLocation, useNavigate } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { ButtonLink, Button } from '../../../components/Button';
import { LoadingState } from '../../../components/LoadingState';
import { ErrorState } from '../../../components/ErrorState';
import { EmptyState } from '../../../components/EmptyState';
import { useServices } from '../services';
import { ServiceSelect } from '../ServiceSelect';
import { EventsQuery, eventsContext, ServiceQualityQuery, type EventSummary } from './eventQueries';
import { QualitySummary } from './QualitySummary';
import { StatusTag } from './StatusTag';
import { useFormat } from './format';

function EventItem({ event }: { event: EventSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="summary-list__item event-item">
      <h3 className="heading-s event-item__title">
        <Link to={`/staff/events/${event.id}`} className="link">
          {event.title}
        </Link>
      </h3>
      <p className="body event-item__meta">
        <StatusTag status={event.status} />{' '}
        {t(`events.kind.${event.kind}`)} · {format.dateTime(event.startsAt)}
        {event.venue ? ` · ${event.venue}` : ''}
      </p>
      <p className="body secondary-text">
        {event.service?.name ?? t('events.noService')}
        {event.totalAttendance > 0 ? ` · ${t('events.list.attendance', { count: event.totalAttendance })}` : ''}
      </p>
    </li>
  );
}

function EventGroup({ id, heading, events, empty }: { id: string; heading: string; events: EventSummary[]; empty: string }) {
  return (
    <section className="section" aria-labelledby={id}>
      <h2 className="heading-m" id={id}>
        {heading}
      </h2>
      {events.length === 0 ? (
        <EmptyState message={empty} />
      ) : (
        <ul className="summary-list">
          {events.map((event) => (
            <EventItem key={event.id} event={event} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ServiceFilter({ current }: { current: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [choice, setChoice] = useState(current ?? '');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    navigate(choice ? `/staff/events?service=${encodeURIComponent(choice)}` : '/staff/events');
  }

  return (
    <form className="event-filter" onSubmit={onSubmit} role="search" aria-label={t('events.list.filterLabel')}>
      <ServiceSelect
        id="event-service-filter"
        className="event-filter__group"
        label={t('events.list.filterLabel')}
        noneLabel={t('events.list.allServices')}
        value={choice}
        onChange={setChoice}
      />
      <Button type="submit" variant="secondary">
        {t('events.list.filterSubmit')}
      </Button>
    </form>
  );
}

function ServiceQuality({ serviceId, serviceName }: { serviceId: string; serviceName: string }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ServiceQualityQuery, variables: { serviceId }, context: eventsContext });
  return (
    <section className="section" aria-labelledby="service-quality-heading">
      <h2 className="heading-m" id="service-quality-heading">
        {t('events.list.serviceQuality', { service: serviceName })}
      </h2>
      {fetching && !data ? <LoadingState label={t('events.quality.loading')} /> : null}
      {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {data ? <QualitySummary quality={data.voiceQuality} idPrefix="service-quality" /> : null}
    </section>
  );
}

/** Upcoming and past events, for all services or one. */
export function EventListPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const serviceId = new URLSearchParams(location.search).get('service') || null;
  const [{ data, fetching, error }, reexecute] = useQuery({ query: EventsQuery, variables: { serviceId }, context: eventsContext });
  const [{ data: serviceData }] = useServices();
  const serviceName = serviceData?.services.find((s) => s.id === serviceId)?.name;

  const { upcoming, past } = useMemo(() => {
    const now = Date.now();
    const events = data?.events ?? [];
    return {
      upcoming: events.filter((e) => new Date(e.startsAt).getTime() >= now),
      past: events.filter((e) => new Date(e.startsAt).getTime() < now).reverse(),
    };
  }, [data]);

  return (
    <Page title={t('events.list.title')} backTo="/staff" wide>
      <p className="body-l">{t('events.list.intro')}</p>
      <p className="body">
        <ButtonLink to="/staff/events/new">{t('events.list.create')}</ButtonLink>
      </p>
      <ServiceFilter key={serviceId ?? ''} current={serviceId} />
      {fetching && !data ? <LoadingState label={t('events.list.loading')} /> : null}
      {error && !data ? <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} /> : null}
      {data ? (
        <>
          <EventGroup id="upcoming-heading" heading={t('events.list.upcoming')} events={upcoming} empty={t('events.list.noUpcoming')} />
          <EventGroup id="past-heading" heading={t('events.list.past')} events={past} empty={t('events.list.noPast')} />
        </>
      ) : null}
      {serviceId && serviceName ? <ServiceQuality serviceId={serviceId} serviceName={serviceName} /> : null}
    </Page>
  );
}
