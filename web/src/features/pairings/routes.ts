// Pairings: the employer's and the coordination's under /pairings, the organisation's (which it
// follows) under /accompaniment.
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';

const pages = () => import('./pages');
const organisation = ['counsellor', 'org_admin'] as const;

export const pairingRoutes: FeatureRoute[] = [
  {
    path: '/pairings',
    roles: ['coordinator'],
    component: lazyPage(pages, 'CoordinatorPairingsPage'),
  },
  {
    path: '/pairings/:id',
    roles: ['coordinator'],
    component: lazyPage(pages, 'CoordinatorPairingPage'),
  },
  { path: '/pairings', roles: ['employer'], component: lazyPage(pages, 'EmployerPairingsPage') },
  { path: '/pairings/:id', roles: ['employer'], component: lazyPage(pages, 'EmployerPairingPage') },
  {
    path: '/accompaniment',
    roles: organisation,
    component: lazyPage(pages, 'OrganisationPairingsPage'),
  },
  {
    path: '/accompaniment/:id',
    roles: organisation,
    component: lazyPage(pages, 'OrganisationPairingPage'),
  },
];
