import type { ReactNode } from 'react';
import { Navigate, useLocation } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { LoadingState } from '../../components/LoadingState';
import { ErrorState } from '../../components/ErrorState';
import { errorCode } from '../../components/errors';
import { SignedInViewer, homeFor, useViewerQuery, type Role } from './viewer';

type RequireViewerProps = {
  roles: readonly Role[];
  /** Where a signed-out person goes: /sign-in for staff areas, /join for children and forums. */
  signedOutTo: '/sign-in' | '/join';
  /** Rendered while checking and on error, so the page keeps its landmarks. */
  frame: (content: ReactNode) => ReactNode;
  children: ReactNode;
};

/**
 * Lets in only people with one of `roles`. Signed-out people go to sign in (and come back here
 * afterwards); people with another role go to their own home.
 */
export function RequireViewer({ roles, signedOutTo, frame, children }: RequireViewerProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const [{ data, fetching, error }, reexecute] = useViewerQuery();

  if (fetching && !data) return frame(<LoadingState label={t('guard.checking')} />);

  if (error && errorCode(error) !== 'UNAUTHENTICATED') {
    return frame(<ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />);
  }

  const viewer = data?.viewer;
  if (!viewer) {
    return <Navigate to={signedOutTo} replace state={{ from: location.pathname + location.search }} />;
  }
  if (!roles.includes(viewer.role)) return <Navigate to={homeFor(viewer.role)} replace />;

  return <SignedInViewer.Provider value={viewer}>{children}</SignedInViewer.Provider>;
}
