// The program's phases (coordinator). Order matters: '/phases/new' before '/phases/:id'.
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';

const pages = () => import('./pages');
const roles = ['coordinator'] as const;

export const phaseRoutes: FeatureRoute[] = [
  { path: '/phases', roles, component: lazyPage(pages, 'PhasesPage') },
  { path: '/phases/new', roles, component: lazyPage(pages, 'NewPhasePage') },
  { path: '/phases/:id/edit', roles, component: lazyPage(pages, 'EditPhasePage') },
  { path: '/phases/:id', roles, component: lazyPage(pages, 'PhasePage') },
];
