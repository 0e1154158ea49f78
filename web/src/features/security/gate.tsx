// Leading coordinators and organisation managers to their second factor. Past the grace period
// only the set-up is open (the server refuses the rest); during it, the set-up comes first after
// signing in, and « Plus tard » lets the person go on for the rest of this tab's session.
import type { ReactNode } from 'react';
import { Redirect, useLocation, useSearch } from 'wouter';
import type { Me } from '../../lib/session';

export const SETUP_PATH = '/security/setup';

const laterKey = (userId: number) => `passerelle.secondFactorLater.${userId}`;

export function setUpLater(userId: number): void {
  try {
    sessionStorage.setItem(laterKey(userId), '1');
  } catch {
    // storage off: the set-up will simply be offered again on the next page load
  }
}

function saidLater(userId: number): boolean {
  try {
    return sessionStorage.getItem(laterKey(userId)) === '1';
  } catch {
    return false;
  }
}

/** Where to go after the set-up: a path of this app, never another site. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith(SETUP_PATH)) return '/';
  return next;
}

/** Whether `me` must see the set-up before `path` (a page of the signed-in app). */
export function setupFirst(me: Me, path: string): boolean {
  if (path === SETUP_PATH) return false;
  const gate = me.secondFactor.gate;
  return gate === 'overdue' || (gate === 'grace' && !saidLater(me.id));
}

/** Signed-in pages behind the set-up when it must come first. */
export function SecondFactorGate(props: { me: Me; children: ReactNode }) {
  const [path] = useLocation();
  const search = useSearch();
  if (!setupFirst(props.me, path)) return <>{props.children}</>;
  const next = `${path}${search ? `?${search}` : ''}`;
  return <Redirect to={`${SETUP_PATH}?next=${encodeURIComponent(next)}`} replace />;
}
