// The signed-in user (auth.me) and the actions that change who is signed in.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { applyLocale } from '../i18n';
import { useTRPC } from './trpc';

export function useMe() {
  const trpc = useTRPC();
  const q = useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
  // A signed-in user's language comes from their account.
  const locale = q.data?.locale;
  useEffect(() => {
    if (locale) applyLocale(locale);
  }, [locale]);
  return q;
}

export type Me = NonNullable<ReturnType<typeof useMe>['data']>;

/** After login, logout or an account change: forget everything cached for the old user. */
export function useResetSession() {
  const qc = useQueryClient();
  return () => qc.resetQueries();
}
