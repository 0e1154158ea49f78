// The pages of this feature, loaded together on first visit (see lazyPage).
export { LedgerPage } from './LedgerPage';
export { OrganisationBudgetPage } from './OrganisationBudgetPage';
export { ReviewPage } from './review/ReviewPage';
