import { Route, Routes } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { Shell, StatusFrame } from '../../components/Shell';
import { RequireViewer } from '../access/RequireViewer';
import { SignOutButton } from '../access/SignOutButton';
import { NotFoundPage } from '../access/NotFoundPage';
import { YoureInPage } from './YoureInPage';

/** Everything under /me: the phone-first space for children, young people and families. */
export default function ParticipantApp() {
  const { t } = useTranslation();
  return (
    <RequireViewer roles={['PARTICIPANT']} signedOutTo="/join" frame={(content) => <StatusFrame tone="child">{content}</StatusFrame>}>
      <Shell tone="child" homeHref="/me" subtitle={t('participant.headerLabel')} actions={<SignOutButton wording="leave" />}>
        <Routes>
          <Route index element={<YoureInPage />} />
          <Route path="*" element={<NotFoundPage homeHref="/me" />} />
        </Routes>
      </Shell>
    </RequireViewer>
  );
}
