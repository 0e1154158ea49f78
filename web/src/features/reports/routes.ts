// The phase dashboard and its printable report: coordinator (whole phase) and organisation
// manager (their organisation).
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';
import { prefetchDashboard } from './opening';

const pages = () => import('./pages');

const roles = ['coordinator', 'org_admin'] as const;

export const reportRoutes: FeatureRoute[] = [
  {
    path: '/dashboard',
    roles,
    component: lazyPage(pages, 'DashboardPage'),
    prefetch: prefetchDashboard,
  },
  {
    path: '/dashboard/print',
    roles,
    component: lazyPage(pages, 'PrintReportPage'),
    prefetch: prefetchDashboard,
  },
];
