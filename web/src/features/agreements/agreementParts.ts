// Types and small helpers of the agreement screens.
import type { Role } from '../../../../shared/roles';
import type { RouterOutputs } from '../../lib/trpc';

export type Agreement = RouterOutputs['agreements']['get'];
export type AwaitingPage = RouterOutputs['agreements']['awaiting'];

/** Where each role sees the pairing itself. */
export function pairingPath(role: Role, pairingId: number): string {
  return role === 'org_admin' || role === 'counsellor'
    ? `/accompaniment/${pairingId}`
    : `/pairings/${pairingId}`;
}

/** The PDF of a version, in a language (the same document the page shows). */
export function agreementPdfHref(pairingId: number, version: number, locale: string): string {
  return `/files/agreements/${pairingId}/v${version}.pdf?locale=${locale}`;
}
