// How a feature folder plugs its pages into the app: routes for signed-in users, and the
// navigation links of the roles that use them.
import type { QueryClient } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { type ComponentType, lazy } from 'react';
import type { Locale } from '../../../shared/locale';
import type { Role } from '../../../shared/roles';
import type { Me } from './session';
import type { TRPC } from './trpc';

/** What a page's opening is known from on a first load: its URL and the reader's language. */
export interface PageOpening {
  qc: QueryClient;
  trpc: TRPC;
  search: string;
  /** The route's parameters (`:id`), as the page reads them with `useParams`. */
  params: Record<string, string | undefined>;
  locale: Locale;
  role: Role;
}

export interface FeatureRoute {
  path: string;
  roles: readonly Role[];
  component: ComponentType<{ me: Me }>;
  /**
   * The queries the page opens with, for a page whose opening is known from its URL alone: the
   * app starts them on a first load while the page's code and the catalogue arrive.
   */
  prefetch?: (p: PageOpening) => void;
}

export interface NavItem {
  href: string;
  /** i18n key of the link's label. */
  labelKey: ParseKeys;
  roles: readonly Role[];
}

type Page = ComponentType<{ me: Me }>;
const loaders = new WeakMap<Page, () => Promise<unknown>>();

/** Starts fetching a lazy page's chunk before it renders (a no-op for a page already in the app). */
export function preloadPage(page: Page): void {
  void loaders
    .get(page)?.()
    .catch(() => undefined);
}

/**
 * A page loaded on first visit: each feature's pages sit in one chunk (its `pages.ts`), so the
 * first load carries only the shell, the login and the homes.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType<{ me: Me }>>>(
  load: () => Promise<M>,
  name: K,
): ComponentType<{ me: Me }> {
  const page: Page = lazy(async () => {
    const component: Page = (await load())[name];
    return { default: component };
  });
  loaders.set(page, load);
  return page;
}
