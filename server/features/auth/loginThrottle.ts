// Login rate limiting, per account and per IP, kept in the database so it survives restarts
// and works across batched requests. Only failures count; a success clears the account's.
import { and, asc, count, eq, gt, lt } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import type { Db, DbOrTx } from '../../db/client';
import { loginFailures } from '../../db/schema';

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

function keysFor(email: string, ip: string | null) {
  const keys = [{ key: `email:${email}`, max: MAX_FAILURES_PER_ACCOUNT }];
  if (ip) keys.push({ key: `ip:${ip}`, max: MAX_FAILURES_PER_IP });
  return keys;
}

/** Throws auth.tooManyAttempts (with the minutes to wait) when a limit is reached. */
export function assertNotThrottled(db: Db, now: Date, email: string, ip: string | null): void {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000).toISOString();
  for (const { key, max } of keysFor(email, ip)) {
    const [row] = db
      .select({ n: count() })
      .from(loginFailures)
      .where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)))
      .all();
    const n = row?.n ?? 0;
    if (n >= max) {
      // The window reopens when the oldest failure that still counts falls out of it.
      const oldestCounting = db
        .select({ at: loginFailures.at })
        .from(loginFailures)
        .where(and(eq(loginFailures.key, key), gt(loginFailures.at, since)))
        .orderBy(asc(loginFailures.at))
        .limit(1)
        .offset(n - max)
        .get();
      const reopensAt =
        new Date(oldestCounting?.at ?? now.toISOString()).getTime() +
        THROTTLE_WINDOW_MINUTES * 60_000;
      const minutes = Math.max(1, Math.ceil((reopensAt - now.getTime()) / 60_000));
      throw appError('auth.tooManyAttempts', { minutes });
    }
  }
}

export function recordLoginFailure(db: DbOrTx, now: Date, email: string, ip: string | null): void {
  const at = now.toISOString();
  for (const { key } of keysFor(email, ip)) db.insert(loginFailures).values({ key, at }).run();
}

export function clearAccountFailures(db: DbOrTx, email: string): void {
  db.delete(loginFailures)
    .where(eq(loginFailures.key, `email:${email}`))
    .run();
}

export function purgeOldFailures(db: Db, now: Date): void {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MINUTES * 60_000).toISOString();
  db.delete(loginFailures).where(lt(loginFailures.at, since)).run();
}
