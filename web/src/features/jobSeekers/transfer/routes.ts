// Transfers of files between member organisations: the requests received and sent.
import { type FeatureRoute, lazyPage } from '../../../lib/featureRoutes';

const pages = () => import('./pages');

export const transferRoutes: FeatureRoute[] = [
  {
    path: '/transfers',
    roles: ['org_admin', 'counsellor'],
    component: lazyPage(pages, 'TransfersPage'),
  },
];
