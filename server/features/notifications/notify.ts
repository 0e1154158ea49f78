// The one way to notify people: inside the caller's transaction, one notification per active
// recipient (at most once per dedupe key: the unique index makes a repeat do nothing), delivered
// as each recipient chose for the kind; "email" queues the email in the outbox in the same
// transaction (the outbox worker sends it), "digest" waits for the daily digest job.
import { and, eq, inArray } from 'drizzle-orm';
import {
  DEFAULT_DELIVERY,
  type Delivery,
  type NotificationKind,
  type NotificationParams,
} from '../../../shared/notifications/kinds';
import type { DbOrTx } from '../../db/client';
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

export type NotifyDeps = Pick<Deps, 'mailer' | 'config'>;

/** Returns how many notifications were created (repeats of a dedupe key count for nothing). */
export function notify(deps: NotifyDeps, tx: DbOrTx, e: NotificationEvent): number {
  const ids = [...new Set(e.recipients)];
  if (ids.length === 0) return 0;
  // Each recipient with their choice for this kind, if they made one: one query.
  const people = tx
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
      and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.kind, e.kind)),
    )
    .where(and(inArray(users.id, ids), eq(users.status, 'active')))
    .all();
  const at = e.now.toISOString();
  let created = 0;
  for (const person of people) {
    const delivery = (person.chosen as Delivery | null) ?? DEFAULT_DELIVERY[e.kind];
    const inserted = tx
      .insert(notifications)
      .values({
        userId: person.id,
        kind: e.kind,
        params: e.params,
        link: e.link,
        dedupeKey: e.dedupeKey,
        createdAt: at,
        delivery,
        emailedAt: delivery === 'email' ? at : null,
      })
      .onConflictDoNothing()
      .returning({ id: notifications.id })
      .get();
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
