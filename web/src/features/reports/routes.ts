// The phase dashboard and its printable report: coordinator (whole phase) and organisation
// manager (their organisation).
import { type FeatureRoute, lazyPage, type NavItem } from '../../lib/featureRoutes';

const pages = () => import('./pages');

const roles = ['coordinator', 'org_admin'] as const;

export const dashboardRoutes: FeatureRoute[] = [
  { path: '/dashboard', roles, component: lazyPage(pages, 'DashboardPage') },
  { path: '/dashboard/print', roles, component: lazyPage(pages, 'PrintReportPage') },
];

export const dashboardNav: NavItem[] = [{ href: '/dashboard', labelKey: 'dashboard.nav', roles }];
