// Sign-in security: one's own second factors and their set-up for everyone; the accounts'
// second factors and the grace period for the coordination.
import { roles } from '../../../../shared/roles';
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';

const pages = () => import('./pages');

export const securityRoutes: FeatureRoute[] = [
  { path: '/security', roles, component: lazyPage(pages, 'SecurityPage') },
  { path: '/security/setup', roles, component: lazyPage(pages, 'SetupPage') },
  {
    path: '/security/accounts',
    roles: ['coordinator'],
    component: lazyPage(pages, 'SecurityAccountsPage'),
  },
];
