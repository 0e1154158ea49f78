// The pages of this feature, loaded together on first visit (see lazyPage).
export { EditJobSeekerPage, NewJobSeekerPage } from './JobSeekerFormPage';
export { JobSeekerPage } from './JobSeekerPage';
export { JobSeekersPage } from './JobSeekersPage';
