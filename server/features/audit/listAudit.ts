// Reading the audit history: the coordinator sees every event; an organisation manager the
// events whose actor is a user of their organisation (never system events, never other
// organisations'). Newest first by default, keyset on (at, id).
import { and, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listAuditInput } from '../../../shared/audit';
import { addDays, quebecDayStart } from '../../../shared/dates';
import { appError } from '../../../shared/errors';
import { auditEvents, users } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { keyset, type SortKeys } from '../lists/keyset';

const auditSorts: SortKeys<'at', { id: number; at: string }> = {
  at: { column: auditEvents.at, type: 'text', value: (r) => r.at },
};

export function listAudit(deps: Deps, actor: Actor, input: z.infer<typeof listAuditInput>) {
  const where: (SQL | undefined)[] = [];
  if (actor.role === 'org_admin') {
    if (!actor.organisationId) throw appError('auth.forbidden');
    const members = deps.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.organisationId, actor.organisationId));
    where.push(inArray(auditEvents.actorUserId, members));
  } else if (actor.role !== 'coordinator') {
    throw appError('auth.forbidden');
  }
  if (input.action) where.push(eq(auditEvents.action, input.action));
  if (input.actorUserId) where.push(eq(auditEvents.actorUserId, input.actorUserId));
  if (input.from) where.push(gte(auditEvents.at, quebecDayStart(input.from)));
  if (input.to) where.push(lt(auditEvents.at, quebecDayStart(addDays(input.to, 1))));
  const page = keyset(auditSorts, auditEvents.id, input.sort, input.cursor);
  where.push(page.after);
  const rows = deps.db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      ip: auditEvents.ip,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(...where))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1)
    .all();
  const result = page.page(rows, input.limit);
  // Addresses are for the coordination's security reviews only.
  const items =
    actor.role === 'coordinator' ? result.items : result.items.map((r) => ({ ...r, ip: null }));
  return { items, nextCursor: result.nextCursor };
}
