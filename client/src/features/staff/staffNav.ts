import type { Role } from '../access/viewer';

type NavItem = {
  to: string;
  /** Catalog key under staff.nav. */
  label: 'home' | 'review' | 'services' | 'events' | 'surveys' | 'codes' | 'voices' | 'safeguarding' | 'people' | 'audit' | 'forums' | 'proposals' | 'themes' | 'decisions' | 'trace' | 'influence' | 'settings' | 'account';
  /** Roles that see the link; every staff role when absent. */
  roles?: readonly Role[];
  /** Matches only the exact path (Home), not its children. */
  end?: boolean;
};

/**
 * Only pages that exist are listed. Later issues add Surveys, Events, Proposals, Themes,
 * Decisions, Safeguarding (SAFEGUARDING_LEAD, ADMIN) and Reports here, with their roles.
 */
export const STAFF_NAV: readonly NavItem[] = [
  { to: '/staff', label: 'home', end: true },
  { to: '/staff/services', label: 'services' },
  { to: '/staff/surveys', label: 'surveys', roles: ['ADMIN', 'COMMISSIONER', 'PRACTITIONER'] },
  { to: '/staff/events', label: 'events', roles: ['ADMIN', 'COMMISSIONER', 'PRACTITIONER'] },
  { to: '/staff/codes', label: 'codes', roles: ['ADMIN', 'COMMISSIONER', 'PRACTITIONER'] },
  { to: '/staff/forums', label: 'forums' },
  { to: '/staff/proposals', label: 'proposals' },
  { to: '/staff/themes', label: 'themes', roles: ['ADMIN', 'COMMISSIONER', 'PRACTITIONER'] },
  { to: '/staff/decisions', label: 'decisions', roles: ['ADMIN', 'COMMISSIONER', 'PRACTITIONER'] },
  { to: '/staff/trace', label: 'trace', roles: ['ADMIN', 'COMMISSIONER', 'PRACTITIONER'] },
  { to: '/staff/influence', label: 'influence', roles: ['ADMIN', 'COMMISSIONER', 'PRACTITIONER'] },
  { to: '/staff/voices', label: 'voices' },
  { to: '/staff/review', label: 'review', roles: ['PRACTITIONER', 'SAFEGUARDING_LEAD'] },
  { to: '/staff/safeguarding', label: 'safeguarding', roles: ['SAFEGUARDING_LEAD', 'ADMIN'] },
  { to: '/staff/people', label: 'people', roles: ['ADMIN'] },
  { to: '/staff/audit', label: 'audit', roles: ['ADMIN'] },
  { to: '/staff/settings', label: 'settings', roles: ['ADMIN'] },
  { to: '/staff/account', label: 'account' },
];

export function navFor(role: Role): NavItem[] {
  return STAFF_NAV.filter((item) => !item.roles || item.roles.includes(role));
}
