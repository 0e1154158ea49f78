// Guessing second factors is throttled per account, on its own key: a right password clears
// the account's password failures, and must not give a guesser of six-digit codes fresh
// attempts. Five wrong codes in 15 minutes close the second step for the rest of the window.
// The rows share the login_failures table (and its purge) with the password throttle.
import { and, asc, count, eq, gt } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { loginFailures } from '../../db/schema';

export const SECOND_FACTOR_WINDOW_MINUTES = 15;
export const MAX_SECOND_FACTOR_FAILURES = 5;

const keyOf = (userId: number) => `second_factor:${userId}`;

export function assertSecondFactorNotThrottled(db: DbOrTx, now: Date, userId: number): void {
  const since = new Date(now.getTime() - SECOND_FACTOR_WINDOW_MINUTES * 60_000).toISOString();
  const where = and(eq(loginFailures.key, keyOf(userId)), gt(loginFailures.at, since));
  const [row] = db.select({ n: count() }).from(loginFailures).where(where).all();
  const n = row?.n ?? 0;
  if (n < MAX_SECOND_FACTOR_FAILURES) return;
  const oldest = db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(where)
    .orderBy(asc(loginFailures.at))
    .limit(1)
    .offset(n - MAX_SECOND_FACTOR_FAILURES)
    .get();
  const reopensAt =
    Date.parse(oldest?.at ?? now.toISOString()) + SECOND_FACTOR_WINDOW_MINUTES * 60_000;
  throw appError('auth.tooManyAttempts', {
    minutes: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 60_000)),
  });
}

export function recordSecondFactorFailure(db: DbOrTx, now: Date, userId: number): void {
  db.insert(loginFailures)
    .values({ key: keyOf(userId), at: now.toISOString() })
    .run();
}
