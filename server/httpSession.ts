// The signed-in person behind a plain HTTP request (downloads, uploads): the same session cookie
// and sliding renewal as tRPC calls (trpc/context.ts). The renewed cookie is copied onto the
// response.
import type { Context as HonoContext } from 'hono';
import type { Actor, Deps } from './deps';
import { validateSession } from './features/auth/sessions';
import { sessionCookies } from './trpc/cookies';

export function actorOfRequest(c: HonoContext, deps: Deps, secure: boolean): Actor | null {
  const resHeaders = new Headers();
  const cookies = sessionCookies({
    cookieHeader: c.req.header('cookie') ?? null,
    resHeaders,
    secure,
  });
  const session = cookies.token ? validateSession(deps, cookies.token) : null;
  if (cookies.token && session?.renewedUntil) cookies.set(cookies.token, session.renewedUntil);
  for (const v of resHeaders.getSetCookie()) c.header('Set-Cookie', v, { append: true });
  return session?.actor ?? null;
}
