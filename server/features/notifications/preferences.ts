// Each user's delivery choice per kind (in-app only, email at once, daily digest), among the
// kinds their role receives; a kind never chosen uses the default of shared/notifications.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import {
  DEFAULT_DELIVERY,
  type Delivery,
  kindsForRole,
  type setPreferenceInput,
} from '../../../shared/notifications/kinds';
import { notificationPreferences } from '../../db/schema';
import type { Actor, Deps } from '../../deps';

export function listPreferences(deps: Deps, actor: Actor) {
  const chosen = new Map(
    deps.db
      .select({ kind: notificationPreferences.kind, delivery: notificationPreferences.delivery })
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, actor.userId))
      .all()
      .map((p) => [p.kind, p.delivery as Delivery]),
  );
  return kindsForRole(actor.role).map((kind) => ({
    kind,
    delivery: chosen.get(kind) ?? DEFAULT_DELIVERY[kind],
    defaultDelivery: DEFAULT_DELIVERY[kind],
  }));
}

export function setPreference(deps: Deps, actor: Actor, input: z.infer<typeof setPreferenceInput>) {
  if (!kindsForRole(actor.role).includes(input.kind)) {
    throw appError('notification.kindNotForRole', {}, 'kind');
  }
  deps.db
    .insert(notificationPreferences)
    .values({ userId: actor.userId, kind: input.kind, delivery: input.delivery })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { delivery: input.delivery },
    })
    .run();
  return { kind: input.kind, delivery: input.delivery };
}
