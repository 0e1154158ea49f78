// Builds a request's tRPC context: resolves the session cookie to an actor, sends the cookie
// again when the session's expiry slid forward, and clears a cookie that no longer works.
import type { Deps, RequestInfo } from '../deps';
import { validateSession } from '../features/auth/sessions';
import { secondFactorGate } from '../features/security/policy';
import { noteActor } from '../observability/requestContext';
import type { SessionCookies } from './cookies';
import type { Context } from './init';

export function createContext(deps: Deps, req: RequestInfo, cookies: SessionCookies): Context {
  const session = cookies.token ? validateSession(deps, cookies.token) : null;
  if (cookies.token && session?.renewedUntil) cookies.set(cookies.token, session.renewedUntil);
  if (cookies.token && !session) cookies.clear();
  // A half-session (password accepted, second factor awaited) gives no access, only the next step.
  const full = session?.stage === 'full' ? session : null;
  const pendingSignIn =
    session?.stage === 'second_factor'
      ? { userId: session.actor.userId, sessionId: session.actor.sessionId }
      : null;
  noteActor(full?.actor ?? null);
  return {
    deps,
    req,
    actor: full?.actor ?? null,
    cookies,
    pendingSignIn,
    secondFactorGate: full ? secondFactorGate(deps, full.actor.role, full.secondFactor) : 'ok',
  };
}
