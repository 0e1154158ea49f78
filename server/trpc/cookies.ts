// The session cookie, written through the fetch adapter's response headers (setting cookies
// through Hono's context from inside a procedure is lost: STACK.md).
import { parse, serialize } from 'hono/utils/cookie';

export interface SessionCookies {
  token: string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export function sessionCookies(opts: {
  cookieHeader: string | null;
  resHeaders: Headers;
  secure: boolean;
}): SessionCookies {
  // The __Host- prefix pins the cookie to this host and path over HTTPS.
  const name = opts.secure ? '__Host-passerelle_session' : 'passerelle_session';
  const token = opts.cookieHeader ? (parse(opts.cookieHeader, name)[name] ?? null) : null;
  const base = { path: '/', httpOnly: true, sameSite: 'Lax', secure: opts.secure } as const;
  return {
    token,
    set(value, expiresAt) {
      opts.resHeaders.append('Set-Cookie', serialize(name, value, { ...base, expires: expiresAt }));
    },
    clear() {
      opts.resHeaders.append('Set-Cookie', serialize(name, '', { ...base, maxAge: 0 }));
    },
  };
}
