// The daily digest: for each user with notifications waiting for it, one email listing them (in
// the user's language, each with its link); they are then marked emailed, so a second run the
// same day finds nothing and sends nothing. No email for a user with nothing waiting.
import { and, asc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Locale } from '../../../shared/locale';
import type { NotificationParams } from '../../../shared/notifications/kinds';
import type { DbOrTx } from '../../db/client';
import { notifications, users } from '../../db/schema';
import { digestEmail } from '../../mail/notificationTemplates';
import type { NotifyDeps } from './notify';

interface Waiting {
  id: number;
  userId: number;
  kind: string;
  params: NotificationParams;
  link: string;
  email: string;
  name: string;
  locale: Locale;
}

/** Sends the digests of `date` (YYYY-MM-DD, Quebec); returns how many emails were queued. */
export function sendDigests(deps: NotifyDeps, tx: DbOrTx, date: string, now: Date): number {
  const waiting: Waiting[] = tx
    .select({
      id: notifications.id,
      userId: notifications.userId,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      email: users.email,
      name: users.name,
      locale: users.locale,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        eq(notifications.delivery, 'digest'),
        isNull(notifications.emailedAt),
        lte(notifications.createdAt, now.toISOString()),
        eq(users.status, 'active'),
      ),
    )
    .orderBy(asc(notifications.userId), asc(notifications.id))
    .all();
  const byUser = new Map<number, Waiting[]>();
  for (const n of waiting) byUser.set(n.userId, [...(byUser.get(n.userId) ?? []), n]);
  for (const items of byUser.values()) {
    const [first] = items;
    if (!first) continue;
    deps.mailer.enqueue(
      tx,
      digestEmail({
        to: first.email,
        locale: first.locale,
        name: first.name,
        date,
        items: items.map((n) => ({
          kind: n.kind,
          params: n.params,
          url: `${deps.config.appUrl}${n.link}`,
        })),
        accountUrl: `${deps.config.appUrl}/account`,
      }),
    );
  }
  const ids = waiting.map((n) => n.id);
  for (let i = 0; i < ids.length; i += 500) {
    tx.update(notifications)
      .set({ emailedAt: now.toISOString() })
      .where(inArray(notifications.id, ids.slice(i, i + 500)))
      .run();
  }
  return byUser.size;
}
