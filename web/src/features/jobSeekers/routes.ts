// The organisation's job seekers, their import and their transfers between organisations (each
// in its own chunk). Order matters: '/job-seekers/new' before '/job-seekers/:id'.
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';
import { importRoutes } from './import/routes';
import { prefetchJobSeekers } from './opening';
import { transferRoutes } from './transfer/routes';

const pages = () => import('./pages');
const roles = ['counsellor', 'org_admin'] as const;

export const jobSeekerRoutes: FeatureRoute[] = [
  {
    path: '/job-seekers',
    roles,
    component: lazyPage(pages, 'JobSeekersPage'),
    prefetch: prefetchJobSeekers,
  },
  { path: '/job-seekers/new', roles, component: lazyPage(pages, 'NewJobSeekerPage') },
  { path: '/job-seekers/:id/edit', roles, component: lazyPage(pages, 'EditJobSeekerPage') },
  { path: '/job-seekers/:id', roles, component: lazyPage(pages, 'JobSeekerPage') },
  ...importRoutes,
  ...transferRoutes,
];
