// Coordination pages and navigation: phases, money to review and pay, the ledger, pairings.
// Order matters: '/phases/new' before '/phases/:id'.
import type { FeatureRoute, NavItem } from '../../lib/featureRoutes';
import { LedgerPage } from './LedgerPage';
import { PairingPage } from './PairingPage';
import { PairingsPage } from './PairingsPage';
import { EditPhasePage, NewPhasePage } from './PhaseFormPage';
import { PhasePage } from './PhasePage';
import { PhasesPage } from './PhasesPage';
import { ReviewPage } from './ReviewPage';

const roles = ['coordinator'] as const;

export const coordinatorRoutes: FeatureRoute[] = [
  { path: '/phases', roles, component: PhasesPage },
  { path: '/phases/new', roles, component: NewPhasePage },
  { path: '/phases/:id/edit', roles, component: EditPhasePage },
  { path: '/phases/:id', roles, component: PhasePage },
  { path: '/money/review', roles, component: ReviewPage },
  { path: '/money/ledger', roles, component: LedgerPage },
  { path: '/pairings', roles, component: PairingsPage },
  { path: '/pairings/:id', roles, component: PairingPage },
];

export const coordinatorNav: NavItem[] = [
  { href: '/money/review', labelKey: 'coordinator.nav.review', roles },
  { href: '/phases', labelKey: 'coordinator.nav.phases', roles },
  { href: '/pairings', labelKey: 'coordinator.nav.pairings', roles },
  { href: '/money/ledger', labelKey: 'coordinator.nav.ledger', roles },
];
