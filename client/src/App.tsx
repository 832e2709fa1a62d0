import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes, useLocation } from './components/router';
import { useTranslation } from './i18n/i18n';
import { PublicLayout } from './features/access/PublicLayout';
import { NotFoundPage } from './features/access/NotFoundPage';
import { PageLoading } from './components/PageLoading';
import { StatusFrame } from './components/Shell';
import { ErrorState } from './components/ErrorState';
import { ErrorBoundary } from './components/ErrorBoundary';

// One chunk per experience: a child opening /join downloads none of the staff code.
const WelcomePage = lazy(() => import('./features/access/WelcomePage'));
const JoinPage = lazy(() => import('./features/access/JoinPage'));
const SignInPage = lazy(() => import('./features/access/SignInPage'));
const ParticipantApp = lazy(() => import('./features/participate/ParticipantApp'));
const ForumApp = lazy(() => import('./features/forum/ForumApp'));
const StaffApp = lazy(() => import('./features/staff/StaffApp'));
// The "what we heard" page of an event, from its link or QR code: public, phone-first, no staff code.
const EventFeedbackPage = lazy(() => import('./features/participate/EventFeedbackPage'));

function PageFailed() {
  const { t } = useTranslation();
  return (
    <StatusFrame tone="child">
      <ErrorState message={t('errors.pageLoad')} onRetry={() => window.location.reload()} />
    </StatusFrame>
  );
}

function Experience({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}

/**
 * The three experiences and the public pages. The router is our own (components/router.tsx):
 * first match wins, so the public pages' catch-all comes last.
 */
export function App() {
  const location = useLocation();
  return (
    <ErrorBoundary key={location.pathname} fallback={<PageFailed />}>
      <Routes>
        <Route path="staff/*" element={<Experience><StaffApp /></Experience>} />
        <Route path="me/*" element={<Experience><ParticipantApp /></Experience>} />
        <Route path="forum/*" element={<Experience><ForumApp /></Experience>} />
        <Route
          path="*"
          element={
            <PublicLayout>
              <Routes>
                <Route index element={<WelcomePage />} />
                <Route path="join" element={<JoinPage />} />
                <Route path="sign-in" element={<SignInPage />} />
                <Route path="e/:code" element={<EventFeedbackPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </PublicLayout>
          }
        />
      </Routes>
    </ErrorBoundary>
  );
}
