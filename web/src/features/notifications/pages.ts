// The notifications feature's pages, loaded as one chunk on first visit.
export { NotificationsPage } from './NotificationsPage';
