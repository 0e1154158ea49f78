// The pages of this feature, loaded together on first visit (see lazyPage).
export { LedgerPage } from './LedgerPage';
export { PairingPage } from './PairingPage';
export { PairingsPage } from './PairingsPage';
export { EditPhasePage, NewPhasePage } from './PhaseFormPage';
export { PhasePage } from './PhasePage';
export { PhasesPage } from './PhasesPage';
export { ReviewPage } from './ReviewPage';
