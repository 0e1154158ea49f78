// Pairings: the employer's and the coordination's under /pairings, the organisation's (which it
// follows) under /accompaniment. One page each, composing the sections of the reader's side.
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';
import { prefetchPairing, prefetchPairings } from './opening';

const pages = () => import('./pages');
const employerAndCoordinator = ['employer', 'coordinator'] as const;
const organisation = ['counsellor', 'org_admin'] as const;

export const pairingRoutes: FeatureRoute[] = [
  {
    path: '/pairings',
    roles: employerAndCoordinator,
    component: lazyPage(pages, 'PairingsPage'),
    prefetch: prefetchPairings,
  },
  {
    path: '/pairings/:id',
    roles: employerAndCoordinator,
    component: lazyPage(pages, 'PairingPage'),
    prefetch: prefetchPairing,
  },
  {
    path: '/accompaniment',
    roles: organisation,
    component: lazyPage(pages, 'PairingsPage'),
    prefetch: prefetchPairings,
  },
  {
    path: '/accompaniment/:id',
    roles: organisation,
    component: lazyPage(pages, 'PairingPage'),
    prefetch: prefetchPairing,
  },
];
