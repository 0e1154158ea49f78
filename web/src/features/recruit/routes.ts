// « Recruter avec FIT »: the public form and its confirmation (loaded on first visit), and the
// employer requests counsellors take in charge.
import { lazy } from 'react';
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';

const pages = () => import('./pages');

export const RecruitPage = lazy(async () => ({ default: (await pages()).RecruitPage }));
export const ConfirmRecruitPage = lazy(async () => ({
  default: (await pages()).ConfirmRecruitPage,
}));

export const recruitRoutes: FeatureRoute[] = [
  {
    path: '/employer-requests',
    roles: ['coordinator', 'org_admin', 'counsellor'],
    component: lazyPage(pages, 'EmployerRequestsPage'),
  },
];
