// Messages announced to screen readers: errors as alerts, confirmations as status.
import { type ReactNode, useEffect, useRef } from 'react';

export function ErrorAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert--error" role="alert">
      {children}
    </div>
  );
}

/**
 * A confirmation. With `takeFocus`, a new confirmation also takes the keyboard focus: after an
 * inline form that closes itself (« Proposer »), the person continues from the message, not
 * from the top of the page.
 */
export function StatusMessage({
  children,
  takeFocus = false,
}: {
  children: ReactNode;
  takeFocus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!takeFocus || !children) return;
    // After the frame: the closing form's own focus moves (to its opener, which may then go
    // away with the refreshed list) happen in this same commit and must not win.
    const frame = requestAnimationFrame(() => ref.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [takeFocus, children]);
  return (
    <div
      ref={ref}
      className={children ? 'alert alert--success' : 'visually-hidden'}
      role="status"
      tabIndex={takeFocus && children ? -1 : undefined}
    >
      {children}
    </div>
  );
}
