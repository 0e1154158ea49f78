// The signed-in account pages, loaded together on first visit (see lazyPage); the public ones
// (login, password reset, invitation) ship with the first load.
export { AccountPage } from './AccountPage';
export { AccountsPage } from './AccountsPage';
