// A one-time confirmation carried to the next page in the history entry's state, so that a
// reload or a bookmark does not show it again (like the employer screens' flash).
import { useEffect, useState } from 'react';

export type CoordinatorFlash = 'created' | 'saved';

const KEY = 'coordinatorFlash';

export function navigateWithFlash(
  navigate: (to: string, options?: { state?: unknown; replace?: boolean }) => void,
  to: string,
  flash: CoordinatorFlash,
) {
  navigate(to, { state: { [KEY]: flash } });
}

/**
 * The flash left by the previous page, set after mount so the status region announces it, and
 * a way to clear it once the person does something else on the page.
 */
export function useFlash(): [CoordinatorFlash | null, () => void] {
  const [flash, setFlash] = useState<CoordinatorFlash | null>(null);
  useEffect(() => {
    const state = window.history.state as Record<string, unknown> | null;
    const value = state?.[KEY];
    if (value === 'created' || value === 'saved') {
      setFlash(value);
      window.history.replaceState({ ...state, [KEY]: null }, '');
    }
  }, []);
  return [flash, () => setFlash(null)];
}
