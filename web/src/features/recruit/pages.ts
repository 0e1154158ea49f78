// The pages of this feature, loaded together on first visit (see lazyPage).
export { ConfirmRecruitPage } from './ConfirmRecruitPage';
export { EmployerRequestsPage } from './EmployerRequestsPage';
export { RecruitPage } from './RecruitPage';
