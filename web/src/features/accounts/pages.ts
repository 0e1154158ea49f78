// The signed-in account pages, loaded together on first visit (see lazyPage); the login ships
// with the first load, the other public pages on their own (publicPages.ts).
export { AccountPage } from './AccountPage';
export { AccountsPage } from './AccountsPage';
