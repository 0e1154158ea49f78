// The pages of this feature, loaded together on first visit (see lazyPage).
export { OpenPostingPage } from './OpenPostingPage';
export { OpenPostingsPage } from './OpenPostingsPage';
export { PostingDetailPage } from './PostingDetailPage';
export { EditPostingPage, NewPostingPage } from './PostingFormPage';
export { PostingsPage } from './PostingsPage';
