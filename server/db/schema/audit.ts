// Append-only audit history and the email outbox.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: text().notNull(),
    actorUserId: integer().references(() => users.id),
    action: text().notNull(),
    subjectType: text(),
    subjectId: integer(),
    ip: text(),
    details: text({ mode: 'json' }).$type<Record<string, unknown>>().notNull().default(sql`'{}'`),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at),
    index('audit_events_actor_idx').on(t.actorUserId, t.at),
    index('audit_events_subject_idx').on(t.subjectType, t.subjectId),
    // The history filtered by action (features/audit/listAudit.ts), newest first.
    index('audit_events_action_idx').on(t.action, t.at),
  ],
);

export const outbox = sqliteTable(
  'outbox',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    toAddress: text().notNull(),
    subject: text().notNull(),
    textBody: text().notNull(),
    status: text({ enum: ['pending', 'sent', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: text().notNull(),
    nextAttemptAt: text().notNull(),
    sentAt: text(),
  },
  (t) => [
    check('outbox_status', sql`${t.status} IN ('pending','sent','failed')`),
    index('outbox_pending_idx').on(t.status, t.nextAttemptAt),
  ],
);
