// "My account": name and language, and changing one's password.
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { changePasswordInput, updateProfileInput } from '../../../shared/auth/schemas';
import { fieldError } from '../../../shared/errors';
import type { Locale } from '../../../shared/locale';
import { sessions, users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { hashPassword, verifyPassword } from '../auth/password';

export function updateProfile(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof updateProfileInput>,
  req: RequestInfo,
): void {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    tx.update(users)
      .set({ name: input.name, locale: input.locale, updatedAt: now.toISOString() })
      .where(eq(users.id, actor.userId))
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'profile.updated',
      subjectType: 'user',
      subjectId: actor.userId,
      ip: req.ip,
    });
  });
}

/** The language switch in the header: remembered per user, no audit noise. */
export function setLocale(deps: Deps, actor: Actor, locale: Locale): void {
  deps.db
    .update(users)
    .set({ locale, updatedAt: deps.clock.now().toISOString() })
    .where(eq(users.id, actor.userId))
    .run();
}

export async function changePassword(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof changePasswordInput>,
  req: RequestInfo,
): Promise<void> {
  const { db, clock } = deps;
  const user = db.select().from(users).where(eq(users.id, actor.userId)).get();
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw fieldError('currentPassword', 'auth.wrongCurrentPassword');
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = clock.now();
  db.transaction((tx) => {
    tx.update(users)
      .set({ passwordHash, updatedAt: now.toISOString() })
      .where(eq(users.id, actor.userId))
      .run();
    // Other devices signed in with the old password are signed out; this one stays.
    tx.delete(sessions)
      .where(and(eq(sessions.userId, actor.userId), ne(sessions.id, actor.sessionId)))
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'password.changed',
      subjectType: 'user',
      subjectId: actor.userId,
      ip: req.ip,
    });
  });
}
