// The signed-in security pages, loaded together on first visit (see lazyPage). The login's
// second step ships with the login page (SecondStep.tsx).
export { SecurityAccountsPage } from './SecurityAccountsPage';
export { SecurityPage } from './SecurityPage';
export { SetupPage } from './SetupPage';
