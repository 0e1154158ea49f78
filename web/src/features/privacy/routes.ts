// Privacy tools: the organisation manager's access log, the coordinator's retention settings.
import type { FeatureRoute, NavItem } from '../../lib/featureRoutes';
import { AccessLogPage } from './AccessLogPage';
import { PrivacySettingsPage } from './PrivacySettingsPage';

export const privacyRoutes: FeatureRoute[] = [
  { path: '/access-log', roles: ['org_admin'], component: AccessLogPage },
  { path: '/privacy-settings', roles: ['coordinator'], component: PrivacySettingsPage },
];

export const privacyNav: NavItem[] = [
  { href: '/access-log', labelKey: 'privacy.accessLog.nav', roles: ['org_admin'] },
  { href: '/privacy-settings', labelKey: 'privacy.settings.nav', roles: ['coordinator'] },
];
