// The posting pages' one-time confirmations (see lib/flash.ts).
import { type Navigate, navigateWithHistoryFlash, useHistoryFlash } from '../../lib/flash';

export type Flash = 'published' | 'draftSaved' | 'saved';

const flashes: readonly Flash[] = ['published', 'draftSaved', 'saved'];

const KEY = 'postingFlash';

export function navigateWithFlash(navigate: Navigate, to: string, flash: Flash) {
  navigateWithHistoryFlash(navigate, KEY, to, flash);
}

/** The flash left by the previous page, set after mount so the status region announces it. */
export function useFlash(): Flash | null {
  return useHistoryFlash(KEY, flashes)[0];
}
