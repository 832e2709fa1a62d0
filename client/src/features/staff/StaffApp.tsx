import { lazy, Suspense, type ReactNode } from 'react';
import { NavLink, Route, Routes } from '../../components/router';
import { useTranslation } from '../../i18n/i18n';
import { Shell, StatusFrame } from '../../components/Shell';
import { RequireViewer } from '../access/RequireViewer';
import { SignOutButton } from '../access/SignOutButton';
import { NotFoundPage } from '../access/NotFoundPage';
import { STAFF_ROLES, useViewer } from '../access/viewer';
import { navFor } from './staffNav';
import { StaffHomePage } from './StaffHomePage';
import { ServicesPage } from './ServicesPage';
import { PageLoading } from '../../components/PageLoading';

// Surveys (with recharts and qrcode) and participant codes load when first opened.
const SurveysArea = lazy(() => import('./surveys/SurveysArea'));
const ParticipantCodesPage = lazy(() => import('./codes/ParticipantCodesPage'));
const SafeguardingArea = lazy(() => import('./safeguarding/SafeguardingArea'));
const VoicesPage = lazy(() => import('./voices/VoicesPage'));
const ReviewQueuePage = lazy(() => import('./safeguarding/ReviewQueuePage'));
const PeopleArea = lazy(() => import('./people/PeopleArea'));
const AuditArea = lazy(() => import('./people/AuditArea'));
const SettingsArea = lazy(() => import('./settings/SettingsArea'));
const AccountPage = lazy(() => import('./account/AccountPage'));
const ForumsArea = lazy(() => import('./forums/ForumsArea'));
const ProposalsArea = lazy(() => import('./proposals/ProposalsArea'));
// The evidence chain: themes, decisions, trace (with the Sankey diagram) and influence.
const ThemesArea = lazy(() => import('./themes/ThemesArea'));
const DecisionsArea = lazy(() => import('./decisions/DecisionsArea'));
const TraceArea = lazy(() => import('./trace/TraceArea'));
const InfluencePage = lazy(() => import('./influence/InfluencePage'));

// Events (with recharts and qrcode) load when first opened.
const EventsArea = lazy(() => import('./events/EventsArea'));

function StaffNav() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <nav className="staff-nav" aria-label={t('staff.navLabel')}>
      <ul className="staff-nav__list width-container width-container--wide">
        {navFor(viewer.role).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="staff-nav__link">
              {t(`staff.nav.${item.label}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function WhoIsSignedIn() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <p className="header__who">
      <span>{t('staff.signedInAs', { name: viewer.displayName ?? t(`role.${viewer.role}`) })}</span>
      <span className="header__role">{t(`role.${viewer.role}`)}</span>
    </p>
  );
}

function SignedInShell({ children }: { children: ReactNode }) {
  const viewer = useViewer();
  return (
    <Shell
      tone="staff"
      homeHref="/staff"
      subtitle={viewer.organisation.name}
      actions={
        <>
          <WhoIsSignedIn />
          <SignOutButton wording="staff" />
        </>
      }
      nav={<StaffNav />}
    >
      {children}
    </Shell>
  );
}

/** Everything under /staff: one lazily loaded chunk that children's pages never download. */
export default function StaffApp() {
  return (
    <RequireViewer
      roles={STAFF_ROLES}
      signedOutTo="/sign-in"
      frame={(content) => <StatusFrame tone="staff">{content}</StatusFrame>}
    >
      <SignedInShell>
        <Routes>
          <Route index element={<StaffHomePage />} />
          <Route path="services" element={<ServicesPage />} />
          <Route path="events/*" element={<Suspense fallback={<PageLoading />}><EventsArea /></Suspense>} />
          <Route path="surveys/*" element={<Suspense fallback={<PageLoading />}><SurveysArea /></Suspense>} />
          <Route path="codes" element={<Suspense fallback={<PageLoading />}><ParticipantCodesPage /></Suspense>} />
          <Route path="safeguarding/*" element={<Suspense fallback={<PageLoading />}><SafeguardingArea /></Suspense>} />
          <Route path="voices" element={<Suspense fallback={<PageLoading />}><VoicesPage /></Suspense>} />
          <Route path="review" element={<Suspense fallback={<PageLoading />}><ReviewQueuePage /></Suspense>} />
          <Route path="people" element={<Suspense fallback={<PageLoading />}><PeopleArea /></Suspense>} />
          <Route path="audit" element={<Suspense fallback={<PageLoading />}><AuditArea /></Suspense>} />
          <Route path="settings" element={<Suspense fallback={<PageLoading />}><SettingsArea /></Suspense>} />
          <Route path="account" element={<Suspense fallback={<PageLoading />}><AccountPage /></Suspense>} />
          <Route path="forums/*" element={<Suspense fallback={<PageLoading />}><ForumsArea /></Suspense>} />
          <Route path="proposals/*" element={<Suspense fallback={<PageLoading />}><ProposalsArea /></Suspense>} />
          <Route path="themes/*" element={<Suspense fallback={<PageLoading />}><ThemesArea /></Suspense>} />
          <Route path="decisions/*" element={<Suspense fallback={<PageLoading />}><DecisionsArea /></Suspense>} />
          <Route path="trace/*" element={<Suspense fallback={<PageLoading />}><TraceArea /></Suspense>} />
          <Route path="influence" element={<Suspense fallback={<PageLoading />}><InfluencePage /></Suspense>} />
          <Route path="*" element={<NotFoundPage homeHref="/staff" />} />
        </Routes>
      </SignedInShell>
    </RequireViewer>
  );
}
