// The pairing page's one-time confirmation after a hire (see lib/flash.ts).
import { type Navigate, navigateWithHistoryFlash, useHistoryFlash } from '../../lib/flash';

const KEY = 'pairingFlash';
const flashes = ['hired'] as const;

/** Opens the new pairing saying that the hire is confirmed. */
export function navigateToHiredPairing(navigate: Navigate, pairingId: number) {
  navigateWithHistoryFlash(navigate, KEY, `/pairings/${pairingId}`, 'hired');
}

/** Whether this page was opened right after the hire. */
export function useHiredFlash(): boolean {
  return useHistoryFlash(KEY, flashes)[0] === 'hired';
}
