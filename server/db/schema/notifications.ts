// In-app notifications, each user's delivery choice per kind, and the scheduled jobs' runs.
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import { users } from './users';

export const notifications = sqliteTable(
  'notifications',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id),
    kind: text().notNull(),
    /** What happened, for the message in the recipient's language (names, amounts in cents…). */
    params: text({ mode: 'json' })
      .$type<Record<string, string | number>>()
      .notNull()
      .default(sql`'{}'`),
    /** Path in the app to the item, e.g. /postings/12. */
    link: text().notNull(),
    /** Makes a notification happen once: e.g. 'proposal:42:received'. */
    dedupeKey: text().notNull(),
    createdAt: text().notNull(),
    readAt: text(),
    /** How it was delivered: in_app, email (sent at once) or digest (waits for the daily email). */
    delivery: text().notNull(),
    /** When it left by email (at once or in a digest); null while it waits or for in-app only. */
    emailedAt: text(),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_idx').on(t.userId, t.dedupeKey),
    index('notifications_user_idx').on(t.userId, t.id),
    index('notifications_unread_idx').on(t.userId).where(sql`${t.readAt} IS NULL`),
    index('notifications_digest_idx').on(t.delivery, t.emailedAt),
    check('notifications_delivery', sql`${t.delivery} IN ('in_app','email','digest')`),
  ],
);

export const notificationPreferences = sqliteTable(
  'notification_preferences',
  {
    userId: integer()
      .notNull()
      .references(() => users.id),
    kind: text().notNull(),
    delivery: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    check('notification_preferences_delivery', sql`${t.delivery} IN ('in_app','email','digest')`),
  ],
);

/** One row per run of a scheduled job and period: a second run of the same period does nothing. */
export const jobRuns = sqliteTable(
  'job_runs',
  {
    job: text().notNull(),
    /** The period the run covers, e.g. '2026-11-23' for a daily digest. */
    period: text().notNull(),
    startedAt: text().notNull(),
    finishedAt: text(),
  },
  (t) => [primaryKey({ columns: [t.job, t.period] })],
);
