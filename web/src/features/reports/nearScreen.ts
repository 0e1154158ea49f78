// A chart is drawn when it comes near the screen. On a phone the dashboard's seven charts sit far
// below its key figures, and drawing them all as the report arrives holds the main thread (and
// fetches chart.js) for charts nobody has scrolled to yet; each is drawn a little before it is
// seen instead, and stays drawn.
import { type RefObject, useEffect, useState } from 'react';

/** How far beyond the screen's edge a chart starts being drawn, so it is there when scrolled to. */
const AHEAD = '600px 0px';

/**
 * True once the element has come within `AHEAD` of the screen (or at once when `now` is set, or
 * where the browser cannot tell); it never goes back to false.
 */
export function useNearScreen(ref: RefObject<Element | null>, now: boolean): boolean {
  const [near, setNear] = useState(() => now || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const target = ref.current;
    if (near || !target) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [near, ref]);
  return near || now;
}
