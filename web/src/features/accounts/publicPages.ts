// The public pages besides the login (password reset, invitation, privacy notice), loaded
// together on first visit: the first load carries the login and the homes only.
export { PrivacyPage } from '../privacy/PrivacyPage';
export { ForgotPasswordPage } from './ForgotPasswordPage';
export { InvitationPage } from './InvitationPage';
export { ResetPasswordPage } from './ResetPasswordPage';
