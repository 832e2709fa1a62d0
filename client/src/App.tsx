import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useClient } from 'urql';
import { Route, Routes, useLocation } from './components/router';
import { loadCatalogPart, useTranslation } from './i18n/i18n';
import { PublicLayout } from './features/access/PublicLayout';
import { NotFoundPage } from './features/access/NotFoundPage';
import { PageLoading } from './components/PageLoading';
import { StatusFrame } from './components/Shell';
import { ErrorState } from './components/ErrorState';
import { ErrorBoundary } from './components/ErrorBoundary';

// One chunk per experience: a child opening /join downloads none of the staff code.
const WelcomePage = lazy(() => Promise.all([import('./features/access/WelcomePage'), loadCatalogPart('access')]).then(([page]) => page));
const JoinPage = lazy(() => Promise.all([import('./features/access/JoinPage'), loadCatalogPart('access')]).then(([page]) => page));
const SignInPage = lazy(() => Promise.all([import('./features/access/SignInPage'), loadCatalogPart('access')]).then(([page]) => page));
const ForgotPasswordPage = lazy(() => Promise.all([import('./features/access/ForgotPasswordPage'), loadCatalogPart('access')]).then(([page]) => page));
const AcceptInvitePage = lazy(() => Promise.all([import('./features/access/SetPasswordPage'), loadCatalogPart('access')]).then(([m]) => ({ default: m.AcceptInvitePage })));
const ResetPasswordPage = lazy(() => Promise.all([import('./features/access/SetPasswordPage'), loadCatalogPart('access')]).then(([m]) => ({ default: m.ResetPasswordPage })));
// What happened to what someone said (receipt code), and a service's "you said, we did": public, phone-first.
const ReceiptPage = lazy(() => Promise.all([import('./features/participate/ReceiptPage'), loadCatalogPart('receipt')]).then(([page]) => page));
const SaidWeDidPage = lazy(() => Promise.all([import('./features/participate/SaidWeDidPage'), loadCatalogPart('receipt')]).then(([page]) => page));
const ParticipantApp = lazy(() => Promise.all([import('./features/participate/ParticipantApp'), loadCatalogPart('me')]).then(([page]) => page));
const ForumApp = lazy(() => Promise.all([import('./features/forum/ForumApp'), loadCatalogPart('forum')]).then(([page]) => page));
// Staff and forum wording is not in the start-up catalog (i18n/sections.ts): it loads with its area.
const StaffApp = lazy(() => Promise.all([import('./features/staff/StaffApp'), loadCatalogPart('staff')]).then(([page]) => page));
// The privacy notice and accessibility statement, linked from every page's footer: their long
// wording loads with them, so no other page grows.
const PrivacyPage = lazy(() => Promise.all([import('./features/participate/PrivacyPage'), loadCatalogPart('about')]).then(([page]) => page));
const AccessibilityPage = lazy(() => Promise.all([import('./features/participate/AccessibilityPage'), loadCatalogPart('about')]).then(([page]) => page));
// The "what we heard" page of an event, from its link or QR code: public, phone-first, no staff code.
const EventFeedbackPage = lazy(() => Promise.all([import('./features/participate/EventFeedbackPage'), loadCatalogPart('event')]).then(([page]) => page));
// A survey opened from its link or QR code: public, phone-first, no staff code. When the page opens
// on a survey link its code is loaded before the first render (main.tsx), so React's first screen
// is the survey itself and never a loading screen in place of what the server already showed.
let surveyPage: typeof import('./features/participate/SurveyApp') | undefined;
export const loadSurveyApp = () => import('./features/participate/SurveyApp').then((page) => (surveyPage = page));
const LazySurveyApp = lazy(loadSurveyApp);
function SurveyApp() {
  return surveyPage ? <surveyPage.default /> : <LazySurveyApp />;
}

function PageFailed() {
  const { t } = useTranslation();
  return (
    <StatusFrame tone="child">
      <ErrorState message={t('errors.pageLoad')} onRetry={() => window.location.reload()} />
    </StatusFrame>
  );
}

/**
 * Answers kept on this device from an earlier visit (components/outbox.ts) are sent as soon as the
 * app opens, on any page. The outbox code loads only when something is waiting.
 */
function ResumeOutbox() {
  const client = useClient();
  useEffect(() => {
    let waiting = false;
    try {
      waiting = Boolean(window.localStorage.getItem('heard.outbox'));
    } catch {
      // storage blocked: nothing can be waiting
    }
    if (waiting) void import('./components/outbox').then((outbox) => outbox.startOutbox(client));
  }, [client]);
  return null;
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
    <>
    <ResumeOutbox />
    <ErrorBoundary key={location.pathname} fallback={<PageFailed />}>
      <Routes>
        <Route path="staff/*" element={<Experience><StaffApp /></Experience>} />
        <Route path="me/*" element={<Experience><ParticipantApp /></Experience>} />
        <Route path="forum/*" element={<Experience><ForumApp /></Experience>} />
        <Route path="s/:code" element={<Experience><SurveyApp /></Experience>} />
        <Route
          path="*"
          element={
            <PublicLayout>
              <Routes>
                <Route index element={<WelcomePage />} />
                <Route path="join" element={<JoinPage />} />
                <Route path="sign-in" element={<SignInPage />} />
                <Route path="forgot-password" element={<ForgotPasswordPage />} />
                <Route path="accept-invite" element={<AcceptInvitePage />} />
                <Route path="reset-password" element={<ResetPasswordPage />} />
                <Route path="receipt" element={<ReceiptPage />} />
                <Route path="said-we-did/:serviceId" element={<SaidWeDidPage />} />
                <Route path="e/:code" element={<EventFeedbackPage />} />
                <Route path="privacy" element={<PrivacyPage />} />
                <Route path="accessibility" element={<AccessibilityPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </PublicLayout>
          }
        />
      </Routes>
    </ErrorBoundary>
    </>
  );
}
