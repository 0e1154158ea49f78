// Money: the coordination's review and payments, the ledger, an organisation's budget.
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';
import { prefetchLedger } from './ledgerOpening';
import { prefetchReview } from './review/opening';

const pages = () => import('./pages');
const coordinator = ['coordinator'] as const;

export const moneyRoutes: FeatureRoute[] = [
  {
    path: '/money/review',
    roles: coordinator,
    component: lazyPage(pages, 'ReviewPage'),
    prefetch: prefetchReview,
  },
  {
    path: '/money/ledger',
    roles: coordinator,
    component: lazyPage(pages, 'LedgerPage'),
    prefetch: prefetchLedger,
  },
  {
    path: '/organisation-budget',
    roles: ['org_admin'],
    component: lazyPage(pages, 'OrganisationBudgetPage'),
  },
];
