import { Navigate, Route, Routes } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { Shell, StatusFrame } from '../../components/Shell';
import { LoadingState } from '../../components/LoadingState';
import { SignOutButton } from '../access/SignOutButton';
import { NotFoundPage } from '../access/NotFoundPage';
import { SignedInViewer, homeFor, useViewerQuery } from '../access/viewer';
import { MePage } from './MePage';

/**
 * Everything under /me: the phone-first space for children, young people and families. It opens
 * for anyone, signed in or not, and without signal: what it lists is kept on this phone. Staff and
 * forum members go to their own home; someone who joined with a code can leave from here.
 */
export default function ParticipantApp() {
  const { t } = useTranslation();
  const [{ data, fetching }] = useViewerQuery();
  if (fetching && !data) {
    return (
      <StatusFrame tone="child">
        <LoadingState label={t('guard.checking')} />
      </StatusFrame>
    );
  }
  // Signed out, or the check failed (no signal): the phone's own list still shows.
  const viewer = data?.viewer ?? null;
  if (viewer && viewer.role !== 'PARTICIPANT') return <Navigate to={homeFor(viewer.role)} replace />;
  return (
    <SignedInViewer.Provider value={viewer}>
      <Shell tone="child" homeHref="/me" subtitle={t('participant.headerLabel')} actions={viewer ? <SignOutButton wording="leave" /> : undefined}>
        <Routes>
          <Route index element={<MePage signedIn={Boolean(viewer)} />} />
          <Route path="*" element={<NotFoundPage homeHref="/me" />} />
        </Routes>
      </Shell>
    </SignedInViewer.Provider>
  );
}
