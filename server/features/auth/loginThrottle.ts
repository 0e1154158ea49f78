// Login rate limiting, kept in the database so it survives restarts and holds across batched
// requests and several server processes. Three limits:
//   - per account and IP: 5 failures in 15 minutes (someone guessing from one place);
//   - per IP: 30 failures in 15 minutes (one place trying many accounts);
//   - per account, from anywhere: 50 failures in 24 hours (a slow guess spread over many
//     places). This is the only limit a stranger can make the owner hit; the reset link always
//     works and signs the owner in (features/auth/passwordReset.ts), and clears it.
// Atomic: an attempt is counted (one row per limit) in an immediate transaction BEFORE its
// password is checked, so parallel attempts can never all pass the check; a success then
// removes its own rows and clears the account's counters.
import { and, asc, count, eq, gt, inArray, lt, or, sql } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import type { Db, DbOrTx } from '../../db/client';
import { loginFailures } from '../../db/schema';

interface Limit {
  key: string;
  max: number;
  windowMinutes: number;
  /** Said to the person when this limit is reached. */
  code: 'auth.tooManyAttempts' | 'auth.accountLocked';
}

export const THROTTLE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT_AND_IP = 5;
export const MAX_FAILURES_PER_IP = 30;
export const ACCOUNT_WINDOW_MINUTES = 24 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 50;

const accountKey = (email: string) => `account:${email}`;
/** The account first, so every (account, IP) key of one account shares a prefix. */
const accountIpPrefix = (email: string) => `account-ip:${email}|`;

function limitsFor(email: string, ip: string | null): Limit[] {
  const limits: Limit[] = [
    {
      key: `${accountIpPrefix(email)}${ip ?? 'unknown'}`,
      max: MAX_FAILURES_PER_ACCOUNT_AND_IP,
      windowMinutes: THROTTLE_WINDOW_MINUTES,
      code: 'auth.tooManyAttempts',
    },
    {
      key: accountKey(email),
      max: MAX_FAILURES_PER_ACCOUNT,
      windowMinutes: ACCOUNT_WINDOW_MINUTES,
      code: 'auth.accountLocked',
    },
  ];
  if (ip) {
    limits.push({
      key: `ip:${ip}`,
      max: MAX_FAILURES_PER_IP,
      windowMinutes: THROTTLE_WINDOW_MINUTES,
      code: 'auth.tooManyAttempts',
    });
  }
  return limits;
}

const since = (now: Date, minutes: number) =>
  new Date(now.getTime() - minutes * 60_000).toISOString();

/** Throws the limit's error, with the minutes until it reopens, when it is reached. */
function assertUnder(tx: DbOrTx, now: Date, limit: Limit): void {
  const from = since(now, limit.windowMinutes);
  const inWindow = and(eq(loginFailures.key, limit.key), gt(loginFailures.at, from));
  const n = tx.select({ n: count() }).from(loginFailures).where(inWindow).get()?.n ?? 0;
  if (n < limit.max) return;
  // The window reopens when the oldest failure that still counts falls out of it.
  const oldestCounting = tx
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(inWindow)
    .orderBy(asc(loginFailures.at), asc(loginFailures.id))
    .limit(1)
    .offset(n - limit.max)
    .get();
  const reopensAt =
    new Date(oldestCounting?.at ?? now.toISOString()).getTime() + limit.windowMinutes * 60_000;
  const minutes = Math.max(1, Math.ceil((reopensAt - now.getTime()) / 60_000));
  throw appError(limit.code, { minutes });
}

/**
 * Counts one login attempt against every limit, or throws if one is reached (a refused attempt
 * is not counted, so waiting always helps). Returns the rows to release if the password is
 * right. Synchronous and immediate: nothing can come between the check and the count.
 */
export function reserveLoginAttempt(db: Db, now: Date, email: string, ip: string | null) {
  const limits = limitsFor(email, ip);
  return db.transaction(
    (tx) => {
      for (const limit of limits) assertUnder(tx, now, limit);
      const at = now.toISOString();
      return tx
        .insert(loginFailures)
        .values(limits.map((l) => ({ key: l.key, at })))
        .returning({ id: loginFailures.id })
        .all()
        .map((r) => r.id);
    },
    { behavior: 'immediate' },
  );
}

/**
 * A right password: its attempt was not a failure, and the account's counters (overall and
 * from this IP) start over. Other IPs' counters on the account stay: an owner's success does
 * not give a guesser elsewhere new tries.
 */
export function releaseSuccessfulAttempt(
  tx: DbOrTx,
  reserved: number[],
  email: string,
  ip: string | null,
): void {
  if (reserved.length > 0)
    tx.delete(loginFailures).where(inArray(loginFailures.id, reserved)).run();
  tx.delete(loginFailures)
    .where(
      inArray(loginFailures.key, [
        accountKey(email),
        `${accountIpPrefix(email)}${ip ?? 'unknown'}`,
      ]),
    )
    .run();
}

/** A password reset: the account's counters from every IP start over; IPs' own stay. */
export function clearAccountFailures(tx: DbOrTx, email: string): void {
  const prefix = accountIpPrefix(email);
  tx.delete(loginFailures)
    .where(
      or(
        eq(loginFailures.key, accountKey(email)),
        sql`substr(${loginFailures.key}, 1, ${prefix.length}) = ${prefix}`,
      ),
    )
    .run();
}

export function purgeOldFailures(db: Db, now: Date): void {
  db.delete(loginFailures)
    .where(
      lt(loginFailures.at, since(now, Math.max(ACCOUNT_WINDOW_MINUTES, THROTTLE_WINDOW_MINUTES))),
    )
    .run();
}
