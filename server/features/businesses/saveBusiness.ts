// Employer business profiles: employers edit their own; coordinators, org_admins and
// counsellors create a business and may invite its first contact at once.
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { createBusinessInput, updateBusinessInput } from '../../../shared/business/schemas';
import { appError, fieldError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { businesses } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { invite } from '../accounts/invite';

function assertNeqFree(tx: DbOrTx, neq: string, exceptId: number | null) {
  const clash = tx
    .select({ id: businesses.id })
    .from(businesses)
    .where(
      exceptId
        ? and(eq(businesses.neq, neq), ne(businesses.id, exceptId))
        : eq(businesses.neq, neq),
    )
    .get();
  if (clash) throw fieldError('neq', 'business.neqTaken');
}

export function createBusiness(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof createBusinessInput>,
  req: RequestInfo,
) {
  const { invite: contact, ...profile } = input;
  const now = deps.clock.now().toISOString();
  // The business and its contact's invitation stand or fall together (the nested invitation
  // transaction is a savepoint of this one).
  return deps.db.transaction((tx) => {
    assertNeqFree(tx, profile.neq, null);
    const businessId = tx
      .insert(businesses)
      .values({ ...profile, createdAt: now, updatedAt: now })
      .returning({ id: businesses.id })
      .get().id;
    const invitation = contact
      ? invite(deps, actor, { ...contact, role: 'employer', businessId }, req)
      : null;
    // When email is off, the contact's invitation link is shown to whoever registered them.
    return { id: businessId, invitationLink: invitation?.link ?? null };
  });
}

export function updateBusiness(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof updateBusinessInput>,
) {
  const { businessId, ...profile } = input;
  if (actor.role === 'employer' && actor.businessId !== businessId)
    throw appError('business.notFound');
  if (actor.role !== 'employer' && actor.role !== 'coordinator') throw appError('auth.forbidden');
  deps.db.transaction((tx) => {
    const b = tx
      .select({ id: businesses.id })
      .from(businesses)
      .where(eq(businesses.id, businessId))
      .get();
    if (!b) throw appError('business.notFound');
    assertNeqFree(tx, profile.neq, businessId);
    tx.update(businesses)
      .set({ ...profile, updatedAt: deps.clock.now().toISOString() })
      .where(eq(businesses.id, businessId))
      .run();
  });
}

export function getBusiness(deps: Deps, actor: Actor, businessId: number) {
  if (actor.role === 'employer' && actor.businessId !== businessId)
    throw appError('business.notFound');
  const b = deps.db.select().from(businesses).where(eq(businesses.id, businessId)).get();
  if (!b) throw appError('business.notFound');
  return b;
}
