// Sliding-window rate limits counted in the database (rate_limit_hits), so they hold across
// restarts and several server processes. Keys (an IP, an email, a token id) are stored as
// SHA-256: the table never holds an address.
import { and, count, eq, gte, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { rateLimitHits } from '../../db/schema';
import { hashToken } from '../auth/tokens';

export interface RateLimit {
  bucket: string;
  max: number;
  windowMinutes: number;
}

/**
 * Counts a hit for `key` and tells whether it is within the limit. A refused hit is not
 * counted, so someone who waits gets through again once the window has moved.
 */
export function takeRateLimit(tx: DbOrTx, limit: RateLimit, key: string, now: Date): boolean {
  const keyHash = hashToken(`${limit.bucket}:${key}`);
  const since = new Date(now.getTime() - limit.windowMinutes * 60_000).toISOString();
  const used =
    tx
      .select({ n: count() })
      .from(rateLimitHits)
      .where(
        and(
          eq(rateLimitHits.bucket, limit.bucket),
          eq(rateLimitHits.keyHash, keyHash),
          gte(rateLimitHits.at, since),
        ),
      )
      .get()?.n ?? 0;
  if (used >= limit.max) return false;
  tx.insert(rateLimitHits).values({ bucket: limit.bucket, keyHash, at: now.toISOString() }).run();
  return true;
}

/** Hits older than two days count for no limit (the longest window is one day). */
export function purgeOldRateLimitHits(db: DbOrTx, now: Date): number {
  const before = new Date(now.getTime() - 2 * 86_400_000).toISOString();
  return db.delete(rateLimitHits).where(lt(rateLimitHits.at, before)).run().changes;
}
