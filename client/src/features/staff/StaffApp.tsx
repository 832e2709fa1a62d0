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
          <Route path="*" element={<NotFoundPage homeHref="/staff" />} />
        </Routes>
      </SignedInShell>
    </RequireViewer>
  );
}
