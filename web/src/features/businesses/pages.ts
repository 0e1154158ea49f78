// The pages of this feature, loaded together on first visit (see lazyPage).
export { BusinessPage } from './BusinessPage';
export { NewBusinessPage } from './NewBusinessPage';
