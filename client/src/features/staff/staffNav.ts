import type { Role } from '../access/viewer';

type NavItem = {
  to: string;
  /** Catalog key under staff.nav. */
  label: 'home' | 'services' | 'events';
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
  { to: '/staff/events', label: 'events', roles: ['ADMIN', 'COMMISSIONER', 'PRACTITIONER'] },
];

export function navFor(role: Role): NavItem[] {
  return STAFF_NAV.filter((item) => !item.roles || item.roles.includes(role));
}
