// The pages of this feature, loaded together on first visit (see lazyPage).
export { PairingPage } from './PairingPage';
export { PairingsPage } from './PairingsPage';
