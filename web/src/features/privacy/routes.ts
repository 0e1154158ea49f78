// Privacy tools: the organisation manager's access log, the coordinator's retention settings.
import { type FeatureRoute, lazyPage, type NavItem } from '../../lib/featureRoutes';

const pages = () => import('./pages');

export const privacyRoutes: FeatureRoute[] = [
  { path: '/access-log', roles: ['org_admin'], component: lazyPage(pages, 'AccessLogPage') },
  {
    path: '/audit',
    roles: ['coordinator', 'org_admin'],
    component: lazyPage(pages, 'AuditPage'),
  },
  {
    path: '/privacy-settings',
    roles: ['coordinator'],
    component: lazyPage(pages, 'PrivacySettingsPage'),
  },
];

export const privacyNav: NavItem[] = [
  { href: '/access-log', labelKey: 'privacy.accessLog.nav', roles: ['org_admin'] },
  { href: '/privacy-settings', labelKey: 'privacy.settings.nav', roles: ['coordinator'] },
  { href: '/audit', labelKey: 'lists.audit.nav', roles: ['coordinator', 'org_admin'] },
];
