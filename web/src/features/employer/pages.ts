// The pages of this feature, loaded together on first visit (see lazyPage).
export { BusinessPage } from './BusinessPage';
export { PairingPage } from './PairingPage';
export { PairingsPage } from './PairingsPage';
export { PostingDetailPage } from './PostingDetailPage';
export { EditPostingPage, NewPostingPage } from './PostingFormPage';
export { PostingsPage } from './PostingsPage';
