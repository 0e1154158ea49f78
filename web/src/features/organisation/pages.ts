// The pages of this feature, loaded together on first visit (see lazyPage).
export { EditJobSeekerPage, NewJobSeekerPage } from './JobSeekerFormPage';
export { JobSeekerPage } from './JobSeekerPage';
export { JobSeekersPage } from './JobSeekersPage';
export { NewBusinessPage } from './NewBusinessPage';
export { OpenPostingPage } from './OpenPostingPage';
export { OpenPostingsPage } from './OpenPostingsPage';
export { OrganisationBudgetPage } from './OrganisationBudgetPage';
export { PairingPage } from './PairingPage';
export { PairingsPage } from './PairingsPage';
export { ProposalsPage } from './ProposalsPage';
