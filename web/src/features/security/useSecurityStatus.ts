// One's own second factors (security.status) and what refreshes after a change: the status,
// and auth.me, whose second-factor summary leads the set-up and the menu.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTRPC } from '../../lib/trpc';

export function useSecurityStatus() {
  const trpc = useTRPC();
  return useQuery(trpc.security.status.queryOptions());
}

export type SecurityStatus = NonNullable<ReturnType<typeof useSecurityStatus>['data']>;

export function useRefreshSecurity() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: trpc.security.status.queryKey() }),
      qc.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    ]);
  };
}
