// Each page's h1, which takes focus after navigation so screen readers announce the new page.
import { useEffect, useRef } from 'react';

export function PageTitle({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} — Passerelle`;
    // Only move focus after an in-app navigation, not on the first page load.
    if (document.body.dataset.navigated === '1') ref.current?.focus();
    document.body.dataset.navigated = '1';
  }, [children]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  );
}
