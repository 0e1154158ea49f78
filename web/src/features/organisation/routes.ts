// Member organisation pages and navigation (counsellors and org_admins).
import { type FeatureRoute, lazyPage, type NavItem } from '../../lib/featureRoutes';

const pages = () => import('./pages');

const roles = ['counsellor', 'org_admin'] as const;

// Order matters: '/job-seekers/new' before '/job-seekers/:id'.
export const organisationRoutes: FeatureRoute[] = [
  { path: '/job-seekers', roles, component: lazyPage(pages, 'JobSeekersPage') },
  { path: '/job-seekers/new', roles, component: lazyPage(pages, 'NewJobSeekerPage') },
  { path: '/job-seekers/:id/edit', roles, component: lazyPage(pages, 'EditJobSeekerPage') },
  { path: '/job-seekers/:id', roles, component: lazyPage(pages, 'JobSeekerPage') },
  { path: '/open-postings', roles, component: lazyPage(pages, 'OpenPostingsPage') },
  { path: '/open-postings/:id', roles, component: lazyPage(pages, 'OpenPostingPage') },
  { path: '/proposals', roles, component: lazyPage(pages, 'ProposalsPage') },
  { path: '/businesses/new', roles, component: lazyPage(pages, 'NewBusinessPage') },
  // Pairings as their organisation follows them (the employer's are under /pairings).
  { path: '/accompaniment', roles, component: lazyPage(pages, 'PairingsPage') },
  { path: '/accompaniment/:id', roles, component: lazyPage(pages, 'PairingPage') },
  {
    path: '/organisation-budget',
    roles: ['org_admin'],
    component: lazyPage(pages, 'OrganisationBudgetPage'),
  },
];

export const organisationNav: NavItem[] = [
  { href: '/job-seekers', labelKey: 'organisation.nav.jobSeekers', roles },
  { href: '/open-postings', labelKey: 'organisation.nav.postings', roles },
  { href: '/proposals', labelKey: 'organisation.nav.proposals', roles },
  { href: '/accompaniment', labelKey: 'organisation.nav.pairings', roles },
  { href: '/organisation-budget', labelKey: 'organisation.nav.budget', roles: ['org_admin'] },
];
