// The notifications list, for every signed-in role (the bell in the header links to it).
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';

const pages = () => import('./pages');

export const notificationRoutes: FeatureRoute[] = [
  {
    path: '/notifications',
    roles: ['coordinator', 'org_admin', 'counsellor', 'employer'],
    component: lazyPage(pages, 'NotificationsPage'),
  },
];
