// Hiring needs: the employer's own (/postings; '/postings/new' before '/postings/:id', first
// match wins) and the open ones the organisations propose candidates for (/open-postings).
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';
import { prefetchMyPostings, prefetchOpenPostings, prefetchPosting } from './opening';

const pages = () => import('./pages');
const employer = ['employer'] as const;
const organisation = ['counsellor', 'org_admin'] as const;

export const postingRoutes: FeatureRoute[] = [
  {
    path: '/postings',
    roles: employer,
    component: lazyPage(pages, 'PostingsPage'),
    prefetch: prefetchMyPostings,
  },
  { path: '/postings/new', roles: employer, component: lazyPage(pages, 'NewPostingPage') },
  { path: '/postings/:id/edit', roles: employer, component: lazyPage(pages, 'EditPostingPage') },
  {
    path: '/postings/:id',
    roles: employer,
    component: lazyPage(pages, 'PostingDetailPage'),
    prefetch: prefetchPosting,
  },
  {
    path: '/open-postings',
    roles: organisation,
    component: lazyPage(pages, 'OpenPostingsPage'),
    prefetch: prefetchOpenPostings,
  },
  {
    path: '/open-postings/:id',
    roles: organisation,
    component: lazyPage(pages, 'OpenPostingPage'),
  },
];
