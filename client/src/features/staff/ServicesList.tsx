import { useTranslation } from '../../i18n/i18n';
import { LoadingState } from '../../components/LoadingState';
import { ErrorState } from '../../components/ErrorState';
import { EmptyState } from '../../components/EmptyState';
import { useServices } from './services';

/** The organisation's services, with loading, error, empty and data states. */
export function ServicesList({ emptyHint, headingLevel = 2 }: { emptyHint?: string; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useServices();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  if (fetching && !data) return <LoadingState label={t('staff.services.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  const services = data?.services ?? [];
  if (services.length === 0) {
    return (
      <EmptyState message={t('staff.services.empty')}>
        {emptyHint ? <p className="body">{emptyHint}</p> : null}
      </EmptyState>
    );
  }
  return (
    <ul className="summary-list">
      {services.map((service) => (
        <li key={service.id} className="summary-list__item">
          <Heading className="heading-s">{service.name}</Heading>
          <p className={service.description ? 'body' : 'body secondary-text'}>
            {service.description ?? t('staff.services.noDescription')}
          </p>
        </li>
      ))}
    </ul>
  );
}
