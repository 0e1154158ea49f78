// Privacy tools: the organisation manager's access log, the coordinator's retention settings,
// the audit history. (The public privacy notice is a public route of the app.)
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';

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
