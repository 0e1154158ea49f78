// The pages of this feature, loaded together on first visit (see lazyPage).
export { AccessLogPage } from './AccessLogPage';
export { AuditPage } from './AuditPage';
export { PrivacySettingsPage } from './PrivacySettingsPage';
