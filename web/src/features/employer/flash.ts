// A one-time confirmation carried to the next page in the history entry's state, so that a
// reload or a bookmark does not show it again.
import { useEffect, useState } from 'react';

export type Flash = 'published' | 'draftSaved' | 'saved' | 'hired';

const flashes: readonly string[] = ['published', 'draftSaved', 'saved', 'hired'];

const KEY = 'employerFlash';

export function navigateWithFlash(
  navigate: (to: string, options?: { state?: unknown; replace?: boolean }) => void,
  to: string,
  flash: Flash,
) {
  navigate(to, { state: { [KEY]: flash } });
}

/** The flash left by the previous page, set after mount so the status region announces it. */
export function useFlash(): Flash | null {
  const [flash, setFlash] = useState<Flash | null>(null);
  useEffect(() => {
    const state = window.history.state as Record<string, unknown> | null;
    const value = state?.[KEY];
    if (typeof value === 'string' && flashes.includes(value)) {
      setFlash(value as Flash);
      // Shown once: a reload of this entry does not repeat it.
      window.history.replaceState({ ...state, [KEY]: null }, '');
    }
  }, []);
  return flash;
}
