// The pages of this feature, loaded together on first visit (see lazyPage).
export { PairingPage as CoordinatorPairingPage } from './coordinator/CoordinatorPairing';
export { PairingsPage as CoordinatorPairingsPage } from './coordinator/CoordinatorPairings';
export { PairingPage as EmployerPairingPage } from './employer/EmployerPairing';
export { PairingsPage as EmployerPairingsPage } from './employer/EmployerPairings';
export { PairingPage as OrganisationPairingPage } from './organisation/OrganisationPairing';
export { PairingsPage as OrganisationPairingsPage } from './organisation/OrganisationPairings';
