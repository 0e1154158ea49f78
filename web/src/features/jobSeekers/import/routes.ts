// Importing the people an organisation already follows (organisation managers).
import { type FeatureRoute, lazyPage } from '../../../lib/featureRoutes';

const pages = () => import('./pages');

export const importRoutes: FeatureRoute[] = [
  { path: '/people/import', roles: ['org_admin'], component: lazyPage(pages, 'ImportPage') },
];
