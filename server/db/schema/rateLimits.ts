// Hits counted by the rate limits of the public employer form (per IP, per email) and of the
// partner API (per token). Keys are stored as SHA-256, never as addresses.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const rateLimitHits = sqliteTable(
  'rate_limit_hits',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Which limit: 'recruit.ip', 'recruit.email', 'api.token'. */
    bucket: text().notNull(),
    keyHash: text().notNull(),
    at: text().notNull(),
  },
  (t) => [
    index('rate_limit_hits_key_idx').on(t.bucket, t.keyHash, t.at),
    index('rate_limit_hits_at_idx').on(t.at),
  ],
);
