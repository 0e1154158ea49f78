// Messages announced to screen readers: errors as alerts, confirmations as status.
import type { ReactNode } from 'react';

export function ErrorAlert({ children }: { children: ReactNode }) {
  if (!children) return null;
  return (
    <div className="alert alert--error" role="alert">
      {children}
    </div>
  );
}

export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div className={children ? 'alert alert--success' : 'visually-hidden'} role="status">
      {children}
    </div>
  );
}
