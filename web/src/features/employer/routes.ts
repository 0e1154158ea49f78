// Employer pages and navigation. '/postings/new' comes before '/postings/:id' (first match wins).
import { type FeatureRoute, lazyPage, type NavItem } from '../../lib/featureRoutes';

const pages = () => import('./pages');
const claimsPages = () => import('../claims/pages');

const employer = ['employer'] as const;

export const employerRoutes: FeatureRoute[] = [
  { path: '/postings', roles: employer, component: lazyPage(pages, 'PostingsPage') },
  { path: '/postings/new', roles: employer, component: lazyPage(pages, 'NewPostingPage') },
  { path: '/postings/:id/edit', roles: employer, component: lazyPage(pages, 'EditPostingPage') },
  { path: '/postings/:id', roles: employer, component: lazyPage(pages, 'PostingDetailPage') },
  { path: '/pairings', roles: employer, component: lazyPage(pages, 'PairingsPage') },
  { path: '/pairings/:id', roles: employer, component: lazyPage(pages, 'PairingPage') },
  { path: '/claims', roles: employer, component: lazyPage(claimsPages, 'ClaimsPage') },
  { path: '/business', roles: employer, component: lazyPage(pages, 'BusinessPage') },
];

export const employerNav: NavItem[] = [
  { href: '/postings', labelKey: 'employer.nav.postings', roles: employer },
  { href: '/pairings', labelKey: 'employer.nav.pairings', roles: employer },
  { href: '/claims', labelKey: 'lists.claims.nav', roles: employer },
  { href: '/business', labelKey: 'employer.nav.business', roles: employer },
];
