// How a feature folder plugs its pages into the app: routes for signed-in users, and the
// navigation links of the roles that use them.
import type { ComponentType } from 'react';
import type { Role } from '../../../shared/roles';
import type { Me } from './session';

export interface FeatureRoute {
  path: string;
  roles: readonly Role[];
  component: ComponentType<{ me: Me }>;
}

export interface NavItem {
  href: string;
  /** i18n key of the link's label. */
  labelKey: string;
  roles: readonly Role[];
}
