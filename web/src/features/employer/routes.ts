// Employer pages and navigation. '/postings/new' comes before '/postings/:id' (first match wins).
import type { FeatureRoute, NavItem } from '../../lib/featureRoutes';
import { BusinessPage } from './BusinessPage';
import { PairingPage } from './PairingPage';
import { PairingsPage } from './PairingsPage';
import { PostingDetailPage } from './PostingDetailPage';
import { EditPostingPage, NewPostingPage } from './PostingFormPage';
import { PostingsPage } from './PostingsPage';

const employer = ['employer'] as const;

export const employerRoutes: FeatureRoute[] = [
  { path: '/postings', roles: employer, component: PostingsPage },
  { path: '/postings/new', roles: employer, component: NewPostingPage },
  { path: '/postings/:id/edit', roles: employer, component: EditPostingPage },
  { path: '/postings/:id', roles: employer, component: PostingDetailPage },
  { path: '/pairings', roles: employer, component: PairingsPage },
  { path: '/pairings/:id', roles: employer, component: PairingPage },
  { path: '/business', roles: employer, component: BusinessPage },
];

export const employerNav: NavItem[] = [
  { href: '/postings', labelKey: 'employer.nav.postings', roles: employer },
  { href: '/pairings', labelKey: 'employer.nav.pairings', roles: employer },
  { href: '/business', labelKey: 'employer.nav.business', roles: employer },
];
