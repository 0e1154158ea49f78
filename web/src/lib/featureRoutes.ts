// How a feature folder plugs its pages into the app: routes for signed-in users, and the
// navigation links of the roles that use them.
import type { ParseKeys } from 'i18next';
import { type ComponentType, lazy } from 'react';
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
  labelKey: ParseKeys;
  roles: readonly Role[];
}

/**
 * A page loaded on first visit: each feature's pages sit in one chunk (its `pages.ts`), so the
 * first load carries only the shell, the login and the homes.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType<{ me: Me }>>>(
  load: () => Promise<M>,
  name: K,
): ComponentType<{ me: Me }> {
  const page: ComponentType<{ me: Me }> = lazy(async () => {
    const component: ComponentType<{ me: Me }> = (await load())[name];
    return { default: component };
  });
  return page;
}
