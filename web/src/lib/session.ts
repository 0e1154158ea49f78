// The signed-in user (auth.me) and the actions that change who is signed in.
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { applyLocale } from '../i18n';
import { bootMe } from './boot';
import { useTRPC } from './trpc';

export function useMe() {
  const trpc = useTRPC();
  // The page came with the answer (lib/boot.ts): the first screen does not wait for it.
  const q = useQuery(
    trpc.auth.me.queryOptions(undefined, { staleTime: 60_000, initialData: bootMe }),
  );
  // A signed-in user's language comes from their account.
  const locale = q.data?.locale;
  useEffect(() => {
    if (locale) applyLocale(locale);
  }, [locale]);
  return q;
}

export type Me = NonNullable<ReturnType<typeof useMe>['data']>;

/**
 * After logout: a full page load of the login page, so nothing cached in memory for the
 * signed-out user (names, files) survives on a shared computer.
 */
export function afterSignOut(): void {
  window.location.assign('/login?done=logout');
}
