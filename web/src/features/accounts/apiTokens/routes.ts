// Partner API tokens (organisation managers and the coordinator).
import { type FeatureRoute, lazyPage } from '../../../lib/featureRoutes';

const pages = () => import('./pages');

export const apiTokenRoutes: FeatureRoute[] = [
  {
    path: '/api-tokens',
    roles: ['org_admin', 'coordinator'],
    component: lazyPage(pages, 'ApiTokensPage'),
  },
];
