// Types and small helpers of the agreement screens.
import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '../../../../../server/trpc/router';
import type { Role } from '../../../../../shared/roles';

type RouterOutputs = inferRouterOutputs<AppRouter>;
export type Agreement = RouterOutputs['agreements']['get'];
export type AwaitingPage = RouterOutputs['agreements']['awaiting'];

/** Where each role sees the pairing itself. */
export function pairingPath(role: Role, pairingId: number): string {
  return role === 'org_admin' || role === 'counsellor'
    ? `/accompaniment/${pairingId}`
    : `/pairings/${pairingId}`;
}
