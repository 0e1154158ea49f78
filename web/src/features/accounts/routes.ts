// "My account" for everyone; the accounts (coordinator) or the team (organisation manager); the
// partner API tokens (in their own chunk).
import { roles } from '../../../../shared/roles';
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';
import { apiTokenRoutes } from './apiTokens/routes';

const pages = () => import('./pages');

export const accountRoutes: FeatureRoute[] = [
  { path: '/account', roles, component: lazyPage(pages, 'AccountPage') },
  {
    path: '/accounts',
    roles: ['coordinator', 'org_admin'],
    component: lazyPage(pages, 'AccountsPage'),
  },
  ...apiTokenRoutes,
];
