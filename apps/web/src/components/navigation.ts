import type { Role } from '../auth/session';

export interface NavItem {
  to: string;
  /** Translation key of the label. */
  label: string;
  /** Who sees it: signed-out visitors, a role, everyone signed in, or everyone. */
  audience: (Role | 'anonymous' | 'signedIn' | 'everyone')[];
}

/** The header menu per role: only what that person can use, so the menu stays short. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', audience: ['anonymous', 'RESIDENT'] },
  { to: '/agenda', label: 'nav.agenda', audience: ['anonymous', 'RESIDENT', 'SOCIAL_WORKER'] },
  { to: '/search', label: 'nav.search', audience: ['anonymous', 'RESIDENT', 'SOCIAL_WORKER'] },
  { to: '/login', label: 'nav.login', audience: ['anonymous'] },
  { to: '/register', label: 'nav.register', audience: ['anonymous'] },
  { to: '/proposals', label: 'nav.proposals', audience: ['RESIDENT'] },
  { to: '/profile', label: 'nav.profile', audience: ['RESIDENT'] },
  { to: '/posts', label: 'nav.posts', audience: ['RESIDENT', 'SOCIAL_WORKER'] },
  { to: '/my-sign-ups', label: 'nav.signUps', audience: ['RESIDENT'] },
  { to: '/my-buddy', label: 'nav.myBuddy', audience: ['RESIDENT'] },
  { to: '/questionnaire', label: 'nav.questionnaire', audience: ['RESIDENT'] },
  { to: '/social/curation', label: 'nav.curation', audience: ['SOCIAL_WORKER'] },
  { to: '/social/follow-ups', label: 'nav.followUps', audience: ['SOCIAL_WORKER'] },
  { to: '/social/residents', label: 'nav.residents', audience: ['SOCIAL_WORKER'] },
  { to: '/social/buddies', label: 'nav.buddies', audience: ['SOCIAL_WORKER'] },
  { to: '/social/signals', label: 'nav.signals', audience: ['SOCIAL_WORKER'] },
  { to: '/social/intake', label: 'nav.intake', audience: ['SOCIAL_WORKER'] },
  { to: '/organisation', label: 'nav.organisation', audience: ['PROVIDER'] },
  { to: '/organisation/activities', label: 'nav.providerActivities', audience: ['PROVIDER'] },
  { to: '/organisation/tokens', label: 'nav.tokens', audience: ['PROVIDER'] },
  { to: '/zorgen-om-iemand', label: 'nav.worried', audience: ['PROVIDER'] },
  { to: '/admin/organisations', label: 'nav.adminOrganisations', audience: ['ADMIN'] },
  { to: '/admin/wijken', label: 'nav.adminWijken', audience: ['ADMIN'] },
  { to: '/admin/roles', label: 'nav.adminRoles', audience: ['ADMIN'] },
  { to: '/admin/audit', label: 'nav.audit', audience: ['ADMIN'] },
  { to: '/admin/dashboard', label: 'nav.dashboard', audience: ['ADMIN'] },
  { to: '/account', label: 'nav.account', audience: ['signedIn'] },
];

export function navItemsFor(role: Role | undefined): NavItem[] {
  return NAV_ITEMS.filter(
    (item) =>
      item.audience.includes('everyone') ||
      (role ? item.audience.includes('signedIn') || item.audience.includes(role) : item.audience.includes('anonymous')),
  );
}
