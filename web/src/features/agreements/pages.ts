// The pages of the agreement screens, loaded together on first visit (see lazyPage).
export { AgreementPage } from './AgreementPage';
export { AwaitingPage } from './AwaitingPage';
