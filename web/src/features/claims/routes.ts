// Wage-subsidy claims: the employer's, or every claim for the coordination.
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';
import { prefetchClaims } from './opening';

const pages = () => import('./pages');

export const claimRoutes: FeatureRoute[] = [
  {
    path: '/claims',
    roles: ['coordinator', 'employer'],
    component: lazyPage(pages, 'ClaimsPage'),
    prefetch: prefetchClaims,
  },
];
