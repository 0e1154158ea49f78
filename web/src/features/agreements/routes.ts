// The placement agreement of a pairing (one page for both parties and the coordination), and the
// agreements that wait for an acceptance.
import { type FeatureRoute, lazyPage } from '../../lib/featureRoutes';
import { prefetchAgreement, prefetchAwaiting } from './opening';

const pages = () => import('./pages');

export const agreementRoutes: FeatureRoute[] = [
  {
    path: '/agreements',
    roles: ['coordinator', 'org_admin', 'counsellor', 'employer'],
    component: lazyPage(pages, 'AwaitingPage'),
    prefetch: prefetchAwaiting,
  },
  {
    path: '/agreements/:id',
    roles: ['coordinator', 'org_admin', 'counsellor', 'employer'],
    component: lazyPage(pages, 'AgreementPage'),
    prefetch: prefetchAgreement,
  },
];
