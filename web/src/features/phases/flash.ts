// The coordinator screens' one-time confirmations (see lib/flash.ts).
import { type Navigate, navigateWithHistoryFlash, useHistoryFlash } from '../../lib/flash';

export type CoordinatorFlash = 'created' | 'saved';

const flashes: readonly CoordinatorFlash[] = ['created', 'saved'];

const KEY = 'coordinatorFlash';

export function navigateWithFlash(navigate: Navigate, to: string, flash: CoordinatorFlash) {
  navigateWithHistoryFlash(navigate, KEY, to, flash);
}

/** The flash left by the previous page, and a way to clear it. */
export function useFlash(): [CoordinatorFlash | null, () => void] {
  return useHistoryFlash(KEY, flashes);
}
