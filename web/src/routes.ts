// The app's map: every signed-in page of every domain, and the main navigation of each role in
// the order people meet their work. Domains declare their routes; the menu is decided here, so
// the shell (components/Layout.tsx) only draws what it is given.
import type { Role } from '../../shared/roles';
import { accountRoutes } from './features/accounts/routes';
import { agreementRoutes } from './features/agreements/routes';
import { businessRoutes } from './features/businesses/routes';
import { claimRoutes } from './features/claims/routes';
import { jobSeekerRoutes } from './features/jobSeekers/routes';
import { noticeRoutes } from './features/money/notices/routes';
import { moneyRoutes } from './features/money/routes';
import { notificationRoutes } from './features/notifications/routes';
import { pairingRoutes } from './features/pairings/routes';
import { phaseRoutes } from './features/phases/routes';
import { postingRoutes } from './features/postings/routes';
import { privacyRoutes } from './features/privacy/routes';
import { proposalRoutes } from './features/proposals/routes';
import { recruitRoutes } from './features/recruit/routes';
import { reportRoutes } from './features/reports/routes';
import { securityRoutes } from './features/security/routes';
import type { FeatureRoute, NavItem } from './lib/featureRoutes';

/** Signed-in pages; for one path, the entry of the user's role applies (first match wins). */
export const appRoutes: FeatureRoute[] = [
  ...accountRoutes,
  ...reportRoutes,
  ...phaseRoutes,
  ...moneyRoutes,
  ...noticeRoutes,
  ...agreementRoutes,
  ...claimRoutes,
  ...pairingRoutes,
  ...postingRoutes,
  ...businessRoutes,
  ...jobSeekerRoutes,
  ...proposalRoutes,
  ...recruitRoutes,
  ...privacyRoutes,
  ...notificationRoutes,
  ...securityRoutes,
];

const all = ['coordinator', 'org_admin', 'counsellor', 'employer'] as const;
const organisation = ['counsellor', 'org_admin'] as const;
const staff = ['coordinator', 'org_admin', 'counsellor'] as const;

const navigation: NavItem[] = [
  { href: '/', labelKey: 'nav.home', roles: all },
  { href: '/accounts', labelKey: 'nav.accounts', roles: ['coordinator'] },
  { href: '/accounts', labelKey: 'nav.team', roles: ['org_admin'] },
  { href: '/dashboard', labelKey: 'dashboard.nav', roles: ['coordinator', 'org_admin'] },
  { href: '/money/review', labelKey: 'coordinator.nav.review', roles: ['coordinator'] },
  { href: '/phases', labelKey: 'coordinator.nav.phases', roles: ['coordinator'] },
  { href: '/pairings', labelKey: 'coordinator.nav.pairings', roles: ['coordinator'] },
  { href: '/claims', labelKey: 'lists.claims.nav', roles: ['coordinator'] },
  { href: '/money/ledger', labelKey: 'coordinator.nav.ledger', roles: ['coordinator'] },
  { href: '/agreements', labelKey: 'paperwork.agreement.nav', roles: ['coordinator'] },
  { href: '/payment-notices', labelKey: 'paperwork.notices.nav', roles: ['coordinator'] },
  { href: '/postings', labelKey: 'employer.nav.postings', roles: ['employer'] },
  { href: '/pairings', labelKey: 'employer.nav.pairings', roles: ['employer'] },
  { href: '/claims', labelKey: 'lists.claims.nav', roles: ['employer'] },
  { href: '/payment-notices', labelKey: 'paperwork.notices.nav', roles: ['employer'] },
  { href: '/business', labelKey: 'employer.nav.business', roles: ['employer'] },
  { href: '/job-seekers', labelKey: 'organisation.nav.jobSeekers', roles: organisation },
  { href: '/open-postings', labelKey: 'organisation.nav.postings', roles: organisation },
  { href: '/proposals', labelKey: 'organisation.nav.proposals', roles: organisation },
  { href: '/accompaniment', labelKey: 'organisation.nav.pairings', roles: organisation },
  { href: '/employer-requests', labelKey: 'growth.nav.requests', roles: staff },
  { href: '/transfers', labelKey: 'growth.nav.transfers', roles: organisation },
  { href: '/people/import', labelKey: 'growth.nav.import', roles: ['org_admin'] },
  { href: '/organisation-budget', labelKey: 'organisation.nav.budget', roles: ['org_admin'] },
  { href: '/payment-notices', labelKey: 'paperwork.notices.nav', roles: ['org_admin'] },
  { href: '/access-log', labelKey: 'privacy.accessLog.nav', roles: ['org_admin'] },
  { href: '/privacy-settings', labelKey: 'privacy.settings.nav', roles: ['coordinator'] },
  { href: '/audit', labelKey: 'lists.audit.nav', roles: ['coordinator', 'org_admin'] },
  { href: '/api-tokens', labelKey: 'growth.nav.apiTokens', roles: ['org_admin', 'coordinator'] },
  { href: '/security/accounts', labelKey: 'security.accountsNav', roles: ['coordinator'] },
  { href: '/account', labelKey: 'nav.account', roles: all },
];

/** The main navigation of `role`. */
export function navigationFor(role: Role): NavItem[] {
  return navigation.filter((n) => n.roles.includes(role));
}

/** The pages `role` may open. */
export function routesFor(role: Role): FeatureRoute[] {
  return appRoutes.filter((r) => r.roles.includes(role));
}
