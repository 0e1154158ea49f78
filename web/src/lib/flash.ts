// A one-time confirmation carried to the next page in the history entry's state, so that a
// reload or a bookmark does not show it again. Each feature names its own key and messages.
import { useEffect, useState } from 'react';

export type Navigate = (to: string, options?: { state?: unknown; replace?: boolean }) => void;

export function navigateWithHistoryFlash<F extends string>(
  navigate: Navigate,
  key: string,
  to: string,
  flash: F,
) {
  navigate(to, { state: { [key]: flash } });
}

/**
 * The flash left under `key` by the previous page (one of `flashes`), set after mount so the
 * status region announces it, and a way to clear it once the person does something else.
 */
export function useHistoryFlash<F extends string>(
  key: string,
  flashes: readonly F[],
): [F | null, () => void] {
  const [flash, setFlash] = useState<F | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once, when the page opens.
  useEffect(() => {
    const state = window.history.state as Record<string, unknown> | null;
    const value = state?.[key];
    const found = flashes.find((f) => f === value);
    if (found !== undefined) {
      setFlash(found);
      // Shown once: a reload of this entry does not repeat it.
      window.history.replaceState({ ...state, [key]: null }, '');
    }
  }, []);
  return [flash, () => setFlash(null)];
}
