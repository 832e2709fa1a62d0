import { Route, Routes } from '../../../components/router';
import { useTranslation } from '../../../i18n/i18n';
import { Page } from '../../../components/Page';
import { OutboxRunner } from '../../../components/outbox';
import { NotFoundPage } from '../../access/NotFoundPage';
import { useViewer, type Role } from '../../access/viewer';
import { CapturePage } from './CapturePage';
import { CreateEventPage } from './CreateEventPage';
import { EditEventPage } from './EditEventPage';
import { EventListPage } from './EventListPage';
import { EventPage } from './EventPage';
import './events.css';

const EVENT_ROLES: readonly Role[] = ['ADMIN', 'COMMISSIONER', 'PRACTITIONER'];

/** /staff/events: plan events, record what was said (offline too), close them with "what we heard". */
export default function EventsArea() {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!EVENT_ROLES.includes(viewer.role)) {
    return (
      <Page title={t('events.list.title')} backTo="/staff">
        <p className="body">{t('events.forbidden')}</p>
      </Page>
    );
  }
  return (
    <>
      {/* Contributions kept on this device are sent from any events page once the connection is back. */}
      <OutboxRunner />
      <Routes>
        <Route index element={<EventListPage />} />
        <Route path="new" element={<CreateEventPage />} />
        <Route path=":id/record" element={<CapturePage />} />
        <Route path=":id/edit" element={<EditEventPage />} />
        <Route path=":id" element={<EventPage />} />
        <Route path="*" element={<NotFoundPage homeHref="/staff/events" />} />
      </Routes>
    </>
  );
}
