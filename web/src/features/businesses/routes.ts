// Employer businesses: the employer's own profile, and a counsellor registering a new one.
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';

const pages = () => import('./pages');

export const businessRoutes: FeatureRoute[] = [
  { path: '/business', roles: ['employer'], component: lazyPage(pages, 'BusinessPage') },
  {
    path: '/businesses/new',
    roles: ['counsellor', 'org_admin'],
    component: lazyPage(pages, 'NewBusinessPage'),
  },
];
