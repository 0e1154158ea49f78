// A user's own notifications: newest first by keyset (id), the unread count for the bell,
// marking one or all read. Another user's notification answers "not found".
import { and, count, desc, eq, isNull, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import type { listNotificationsInput } from '../../../shared/notifications/kinds';
import { notifications } from '../../db/schema';
import type { Actor, Deps } from '../../deps';

export function listNotifications(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof listNotificationsInput>,
) {
  const where: SQL[] = [eq(notifications.userId, actor.userId)];
  if (input.unreadOnly) where.push(isNull(notifications.readAt));
  if (input.cursor) where.push(lt(notifications.id, input.cursor));
  const rows = deps.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      params: notifications.params,
      link: notifications.link,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(and(...where))
    .orderBy(desc(notifications.id))
    .limit(input.limit + 1)
    .all();
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

export function unreadCount(deps: Deps, actor: Actor) {
  const row = deps.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .get();
  return { count: row?.n ?? 0 };
}

export function markRead(deps: Deps, actor: Actor, notificationId: number) {
  const mine = and(eq(notifications.id, notificationId), eq(notifications.userId, actor.userId));
  const row = deps.db
    .select({ readAt: notifications.readAt, link: notifications.link })
    .from(notifications)
    .where(mine)
    .get();
  if (!row) throw appError('notification.notFound');
  if (!row.readAt) {
    deps.db.update(notifications).set({ readAt: deps.clock.now().toISOString() }).where(mine).run();
  }
  return { link: row.link };
}

export function markAllRead(deps: Deps, actor: Actor) {
  const r = deps.db
    .update(notifications)
    .set({ readAt: deps.clock.now().toISOString() })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)))
    .run();
  return { marked: r.changes };
}
