// A coordinator moves a member organisation's user between counsellor and org_admin.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { changeRoleInput } from '../../../shared/auth/schemas';
import { appError } from '../../../shared/errors';
import { users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';

export function changeRole(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof changeRoleInput>,
  req: RequestInfo,
): void {
  if (input.userId === actor.userId) throw appError('account.cannotChangeOwnRole');
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const target = tx.select().from(users).where(eq(users.id, input.userId)).get();
    if (!target) throw appError('account.notFound');
    if (target.role !== 'org_admin' && target.role !== 'counsellor') {
      throw appError('account.roleChangeNotAllowed');
    }
    if (target.role === input.role) return;
    tx.update(users)
      .set({ role: input.role, updatedAt: now.toISOString() })
      .where(eq(users.id, target.id))
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'role.changed',
      subjectType: 'user',
      subjectId: target.id,
      ip: req.ip,
      details: { from: target.role, to: input.role },
    });
  });
}
