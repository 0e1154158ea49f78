// The one way to notify people: inside the caller's transaction, one notification per active
// recipient (at most once per dedupe key: the unique index makes a repeat do nothing), delivered
// as each recipient chose for the kind; "email" queues the email in the outbox in the same
// transaction (the outbox worker sends it), "digest" waits for the daily digest job.
import { and, eq, sql } from 'drizzle-orm';
import {
  DEFAULT_DELIVERY,
  type Delivery,
  type NotificationKind,
  type NotificationParams,
} from '../../../shared/notifications/kinds';
import type { Db, DbOrTx } from '../../db/client';
import { prepared } from '../../db/prepared';
import { notificationPreferences, notifications, users } from '../../db/schema';
import type { Deps } from '../../deps';
import { notificationEmail } from '../../mail/notificationTemplates';

export interface NotificationEvent {
  /** User ids; duplicates and inactive accounts are skipped. */
  recipients: readonly number[];
  kind: NotificationKind;
  params: NotificationParams;
  /** Path in the app, e.g. /postings/12?proposal=40. */
  link: string;
  /** Once per recipient and key, e.g. 'proposal:40:received'. */
  dedupeKey: string;
  now: Date;
}

export type NotifyDeps = Pick<Deps, 'mailer' | 'config' | 'db'>;

// Prepared once per database (every hire, proposal and claim notifies): they run on the
// connection's open transaction.
const statements = (db: Db) =>
  prepared(db, 'notifications.notify', () => ({
    /** A recipient, if active, with their choice for the kind if they made one. */
    person: db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        locale: users.locale,
        chosen: notificationPreferences.delivery,
      })
      .from(users)
      .leftJoin(
        notificationPreferences,
        and(
          eq(notificationPreferences.userId, users.id),
          eq(notificationPreferences.kind, sql.placeholder('kind')),
        ),
      )
      .where(and(eq(users.id, sql.placeholder('userId')), eq(users.status, 'active')))
      .prepare(),
    insert: db
      .insert(notifications)
      .values({
        userId: sql.placeholder('userId'),
        kind: sql.placeholder('kind'),
        params: sql.placeholder('params'),
        link: sql.placeholder('link'),
        dedupeKey: sql.placeholder('dedupeKey'),
        createdAt: sql.placeholder('createdAt'),
        delivery: sql.placeholder('delivery'),
        emailedAt: sql.placeholder('emailedAt'),
      })
      .onConflictDoNothing()
      .returning({ id: notifications.id })
      .prepare(),
  }));

/** Returns how many notifications were created (repeats of a dedupe key count for nothing). */
export function notify(deps: NotifyDeps, tx: DbOrTx, e: NotificationEvent): number {
  const ids = [...new Set(e.recipients)];
  if (ids.length === 0) return 0;
  const stmt = statements(deps.db);
  const at = e.now.toISOString();
  let created = 0;
  for (const userId of ids) {
    const person = stmt.person.get({ userId, kind: e.kind });
    if (!person) continue;
    const delivery = (person.chosen as Delivery | null) ?? DEFAULT_DELIVERY[e.kind];
    const inserted = stmt.insert.get({
      userId: person.id,
      kind: e.kind,
      params: e.params,
      link: e.link,
      dedupeKey: e.dedupeKey,
      createdAt: at,
      delivery,
      emailedAt: delivery === 'email' ? at : null,
    });
    if (!inserted) continue;
    created++;
    if (delivery === 'email') {
      deps.mailer.enqueue(
        tx,
        notificationEmail({
          to: person.email,
          locale: person.locale,
          name: person.name,
          kind: e.kind,
          params: e.params,
          url: `${deps.config.appUrl}${e.link}`,
          accountUrl: `${deps.config.appUrl}/account`,
        }),
      );
    }
  }
  return created;
}
