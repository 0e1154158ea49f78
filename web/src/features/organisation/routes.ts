// Member organisation pages and navigation (counsellors and org_admins).
import type { FeatureRoute, NavItem } from '../../lib/featureRoutes';
import { EditJobSeekerPage, NewJobSeekerPage } from './JobSeekerFormPage';
import { JobSeekerPage } from './JobSeekerPage';
import { JobSeekersPage } from './JobSeekersPage';
import { NewBusinessPage } from './NewBusinessPage';
import { OpenPostingPage } from './OpenPostingPage';
import { OpenPostingsPage } from './OpenPostingsPage';
import { OrganisationBudgetPage } from './OrganisationBudgetPage';
import { PairingPage } from './PairingPage';
import { PairingsPage } from './PairingsPage';
import { ProposalsPage } from './ProposalsPage';

const roles = ['counsellor', 'org_admin'] as const;

// Order matters: '/job-seekers/new' before '/job-seekers/:id'.
export const organisationRoutes: FeatureRoute[] = [
  { path: '/job-seekers', roles, component: JobSeekersPage },
  { path: '/job-seekers/new', roles, component: NewJobSeekerPage },
  { path: '/job-seekers/:id/edit', roles, component: EditJobSeekerPage },
  { path: '/job-seekers/:id', roles, component: JobSeekerPage },
  { path: '/open-postings', roles, component: OpenPostingsPage },
  { path: '/open-postings/:id', roles, component: OpenPostingPage },
  { path: '/proposals', roles, component: ProposalsPage },
  { path: '/businesses/new', roles, component: NewBusinessPage },
  // Pairings as their organisation follows them (the employer's are under /pairings).
  { path: '/accompaniment', roles, component: PairingsPage },
  { path: '/accompaniment/:id', roles, component: PairingPage },
  { path: '/organisation-budget', roles: ['org_admin'], component: OrganisationBudgetPage },
];

export const organisationNav: NavItem[] = [
  { href: '/job-seekers', labelKey: 'organisation.nav.jobSeekers', roles },
  { href: '/open-postings', labelKey: 'organisation.nav.postings', roles },
  { href: '/proposals', labelKey: 'organisation.nav.proposals', roles },
  { href: '/accompaniment', labelKey: 'organisation.nav.pairings', roles },
  { href: '/organisation-budget', labelKey: 'organisation.nav.budget', roles: ['org_admin'] },
];
