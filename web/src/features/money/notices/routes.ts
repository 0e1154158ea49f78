// Payment notices: the payee's (employer, organisation manager) and the coordination's.
import { type FeatureRoute, lazyPage } from '../../../lib/featureRoutes';
import { prefetchNotice, prefetchNotices } from './opening';

const pages = () => import('./pages');
const readers = ['employer', 'org_admin', 'coordinator'] as const;

export const noticeRoutes: FeatureRoute[] = [
  {
    path: '/payment-notices',
    roles: readers,
    component: lazyPage(pages, 'NoticesPage'),
    prefetch: prefetchNotices,
  },
  {
    path: '/payment-notices/:id',
    roles: readers,
    component: lazyPage(pages, 'NoticePage'),
    prefetch: prefetchNotice,
  },
];
