// The organisation's job seekers. Order matters: '/job-seekers/new' before '/job-seekers/:id'.
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';

const pages = () => import('./pages');
const roles = ['counsellor', 'org_admin'] as const;

export const jobSeekerRoutes: FeatureRoute[] = [
  { path: '/job-seekers', roles, component: lazyPage(pages, 'JobSeekersPage') },
  { path: '/job-seekers/new', roles, component: lazyPage(pages, 'NewJobSeekerPage') },
  { path: '/job-seekers/:id/edit', roles, component: lazyPage(pages, 'EditJobSeekerPage') },
  { path: '/job-seekers/:id', roles, component: lazyPage(pages, 'JobSeekerPage') },
];
