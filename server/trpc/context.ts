// Builds a request's tRPC context: resolves the session cookie to an actor, sends the cookie
// again when the session's expiry slid forward, and clears a cookie that no longer works.
import type { Deps, RequestInfo } from '../deps';
import { validateSession } from '../features/auth/sessions';
import { noteActor } from '../observability/requestContext';
import type { SessionCookies } from './cookies';
import type { Context } from './init';

export function createContext(deps: Deps, req: RequestInfo, cookies: SessionCookies): Context {
  const session = cookies.token ? validateSession(deps, cookies.token) : null;
  if (cookies.token && session?.renewedUntil) cookies.set(cookies.token, session.renewedUntil);
  if (cookies.token && !session) cookies.clear();
  noteActor(session?.actor ?? null);
  return { deps, req, actor: session?.actor ?? null, cookies };
}
