// The pages of this feature, loaded together on first visit (see lazyPage).
export { ProposalsPage } from './ProposalsPage';
