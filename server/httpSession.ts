// The signed-in person behind a plain HTTP request (downloads, uploads, exports): the same session
// cookie and sliding renewal as tRPC calls (trpc/context.ts), the renewed cookie copied onto the
// response; a session waiting for its second factor is not signed in, and one whose second
// factor is overdue may not download (features/security/policy.ts), as for exports.
import type { Context as HonoContext } from 'hono';
import type { Actor, Deps } from './deps';
import { validateSession } from './features/auth/sessions';
import { secondFactorGate } from './features/security/policy';
import { sessionCookies } from './trpc/cookies';

export type RequestActor =
  | { actor: Actor; refusal?: undefined }
  | { actor?: undefined; refusal: 'auth.notAuthenticated' | 'auth.secondFactorSetupRequired' };

export function actorOfRequest(c: HonoContext, deps: Deps, secure: boolean): RequestActor {
  const resHeaders = new Headers();
  const cookies = sessionCookies({
    cookieHeader: c.req.header('cookie') ?? null,
    resHeaders,
    secure,
  });
  const session = cookies.token ? validateSession(deps, cookies.token) : null;
  if (cookies.token && session?.renewedUntil) cookies.set(cookies.token, session.renewedUntil);
  for (const v of resHeaders.getSetCookie()) c.header('Set-Cookie', v, { append: true });
  if (session?.stage !== 'full') return { refusal: 'auth.notAuthenticated' };
  if (secondFactorGate(deps, session.actor.role, session.secondFactor) === 'overdue') {
    return { refusal: 'auth.secondFactorSetupRequired' };
  }
  return { actor: session.actor };
}
