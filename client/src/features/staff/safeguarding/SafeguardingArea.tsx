import { Route, Routes } from '../../../components/router';
import { NotFoundPage } from '../../access/NotFoundPage';
import { ConcernPage } from './ConcernPage';
import { OnlyForRoles } from './OnlyForRoles';
import { SafeguardingQueuePage } from './SafeguardingQueuePage';
import { ScreeningSettingsPage } from './ScreeningSettingsPage';

/** /staff/safeguarding: the queue and each concern, for safeguarding leads and (read-only) administrators. */
export default function SafeguardingArea() {
  return (
    <OnlyForRoles roles={['SAFEGUARDING_LEAD', 'ADMIN']}>
      <Routes>
        <Route index element={<SafeguardingQueuePage />} />
        <Route path="settings" element={<ScreeningSettingsPage />} />
        <Route path=":id" element={<ConcernPage />} />
        <Route path="*" element={<NotFoundPage homeHref="/staff/safeguarding" />} />
      </Routes>
    </OnlyForRoles>
  );
}
