// Coordination pages and navigation: phases, money to review and pay, the ledger, pairings.
// Order matters: '/phases/new' before '/phases/:id'.
import { type FeatureRoute, lazyPage, type NavItem } from '../../lib/featureRoutes';

const pages = () => import('./pages');
const claimsPages = () => import('../claims/pages');

const roles = ['coordinator'] as const;

export const coordinatorRoutes: FeatureRoute[] = [
  { path: '/phases', roles, component: lazyPage(pages, 'PhasesPage') },
  { path: '/phases/new', roles, component: lazyPage(pages, 'NewPhasePage') },
  { path: '/phases/:id/edit', roles, component: lazyPage(pages, 'EditPhasePage') },
  { path: '/phases/:id', roles, component: lazyPage(pages, 'PhasePage') },
  { path: '/money/review', roles, component: lazyPage(pages, 'ReviewPage') },
  { path: '/money/ledger', roles, component: lazyPage(pages, 'LedgerPage') },
  { path: '/claims', roles, component: lazyPage(claimsPages, 'ClaimsPage') },
  { path: '/pairings', roles, component: lazyPage(pages, 'PairingsPage') },
  { path: '/pairings/:id', roles, component: lazyPage(pages, 'PairingPage') },
];

export const coordinatorNav: NavItem[] = [
  { href: '/money/review', labelKey: 'coordinator.nav.review', roles },
  { href: '/phases', labelKey: 'coordinator.nav.phases', roles },
  { href: '/pairings', labelKey: 'coordinator.nav.pairings', roles },
  { href: '/claims', labelKey: 'lists.claims.nav', roles },
  { href: '/money/ledger', labelKey: 'coordinator.nav.ledger', roles },
];
