// Accounts a manager can see: all of them for a coordinator, their own organisation's for
// an org_admin.
import { asc, eq } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import { businesses, organisations, users } from '../../db/schema';
import type { Actor, Deps } from '../../deps';

export function listAccounts(deps: Deps, actor: Actor) {
  const q = deps.db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      status: users.status,
      organisationId: users.organisationId,
      organisationName: organisations.name,
      businessId: users.businessId,
      businessName: businesses.legalName,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(businesses, eq(businesses.id, users.businessId))
    .orderBy(asc(users.nameKey), asc(users.id));
  if (actor.role === 'coordinator') return q.all();
  if (actor.role === 'org_admin' && actor.organisationId) {
    return q.where(eq(users.organisationId, actor.organisationId)).all();
  }
  throw appError('auth.forbidden');
}
