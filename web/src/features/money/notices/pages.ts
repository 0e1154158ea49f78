// The pages of the payment-notice screens, loaded together on first visit (see lazyPage).
export { NoticePage } from './NoticePage';
export { NoticesPage } from './NoticesPage';
