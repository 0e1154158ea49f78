// Calling procedures in-process, as an anonymous visitor or as a signed-in user with a real
// session row (so logout and expiry behave as in production).
import { createSession } from '../../server/features/auth/sessions';
import { createContext } from '../../server/trpc/context';
import type { SessionCookies } from '../../server/trpc/cookies';
import { createCallerFactory } from '../../server/trpc/init';
import { appRouter } from '../../server/trpc/router';
import type { TestDeps } from './testDeps';

const createCaller = createCallerFactory(appRouter);
export const REQ = { ip: '203.0.113.7', userAgent: 'vitest' };

export interface RecordingCookies extends SessionCookies {
  setCalls: { token: string; expiresAt: Date }[];
  cleared: number;
}

function recordingCookies(token: string | null): RecordingCookies {
  const c: RecordingCookies = {
    token,
    setCalls: [],
    cleared: 0,
    set(value, expiresAt) {
      c.setCalls.push({ token: value, expiresAt });
    },
    clear() {
      c.cleared++;
    },
  };
  return c;
}

/** A caller for whoever holds `token` (or nobody), resolved like an HTTP request would be. */
export function callerWithToken(deps: TestDeps, token: string | null, req = REQ) {
  const cookies = recordingCookies(token);
  const caller = createCaller(createContext(deps, req, cookies));
  return { caller, cookies };
}

export function anonymous(deps: TestDeps, req = REQ) {
  return callerWithToken(deps, null, req).caller;
}

export function signIn(deps: TestDeps, userId: number) {
  const s = createSession(deps, deps.db, userId, REQ);
  return { token: s.token, ...callerWithToken(deps, s.token) };
}

export function as(deps: TestDeps, userId: number) {
  return signIn(deps, userId).caller;
}
