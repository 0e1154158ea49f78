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
    if (takeFocus && children) ref.current?.focus();
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
