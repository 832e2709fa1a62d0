import { useState } from 'react';
import { useTranslation } from '../../i18n/i18n';
import { Button } from '../../components/Button';
import { LoadingState } from '../../components/LoadingState';
import { ErrorState } from '../../components/ErrorState';
import { EmptyState } from '../../components/EmptyState';
import { EditServiceForm } from './EditServiceForm';
import { useServices } from './services';

/** The organisation's services, with loading, error, empty and data states; admins may edit each. */
export function ServicesList({ emptyHint, headingLevel = 2, editable = false }: { emptyHint?: string; headingLevel?: 2 | 3; editable?: boolean }) {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useServices();
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
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
    <>
      {editable ? (
        <p className="notice" role="status" aria-live="polite">
          {saved}
        </p>
      ) : null}
      <ul className="summary-list">
        {services.map((service) => (
          <li key={service.id} className="summary-list__item">
            <Heading className="heading-s">{service.name}</Heading>
            {editing === service.id ? (
              <EditServiceForm
                service={service}
                onCancel={() => setEditing(null)}
                onDone={(name) => {
                  setEditing(null);
                  setSaved(t('staff.services.edit.saved', { name }));
                }}
              />
            ) : (
              <>
                <p className={service.description ? 'body' : 'body secondary-text'}>{service.description ?? t('staff.services.noDescription')}</p>
                {editable ? (
                  <Button variant="secondary" onClick={() => setEditing(service.id)} aria-label={t('staff.services.edit.startFor', { name: service.name })}>
                    {t('staff.services.edit.start')}
                  </Button>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
