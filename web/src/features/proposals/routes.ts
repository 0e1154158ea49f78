// The organisation's proposals and the employers' answers.
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';
import { prefetchProposals } from './opening';

const pages = () => import('./pages');

export const proposalRoutes: FeatureRoute[] = [
  {
    path: '/proposals',
    roles: ['counsellor', 'org_admin'],
    component: lazyPage(pages, 'ProposalsPage'),
    prefetch: prefetchProposals,
  },
];
