// "In an active pairing" and "can be proposed", defined once (BRIEF « Rules that hold over
// time »). A person is in an active pairing while a pairing of theirs has the status 'active' —
// from the hire (even before its start date) until it is completed or ended early. Then the
// person can be matched and proposed again: many people FIT serves need more than one try.
// The server's queries (server/features/pairings/activePairing.ts) and every screen and count
// say the same thing.
import type { PairingStatus } from '../money/machines';

export const ACTIVE_PAIRING_STATUS = 'active' as const satisfies PairingStatus;

export function isActivePairing(pairing: { status: PairingStatus }): boolean {
  return pairing.status === ACTIVE_PAIRING_STATUS;
}

/**
 * Whether a person may be proposed to employers (« Peut être proposée »): an open file, consent
 * to participate and to be proposed (canBeProposed), and no active pairing.
 */
export function isProposable(
  seeker: { status: 'active' | 'closed'; canBeProposed: boolean },
  inActivePairing: boolean,
): boolean {
  return seeker.status === 'active' && seeker.canBeProposed && !inActivePairing;
}
