// Who hears about what: the people of a business, of an organisation, the coordinators, and the
// counsellor in charge of a pairing (the one who proposed the person). notify() skips inactive
// accounts; these lookups only choose the audience.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { users } from '../../db/schema';

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

export function businessUsers(tx: DbOrTx, businessId: number): number[] {
  return ids(
    tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.businessId, businessId), eq(users.role, 'employer')))
      .all(),
  );
}

export function organisationAdmins(tx: DbOrTx, organisationId: number): number[] {
  return ids(
    tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.organisationId, organisationId), eq(users.role, 'org_admin')))
      .all(),
  );
}

export function coordinators(tx: DbOrTx): number[] {
  return ids(tx.select({ id: users.id }).from(users).where(eq(users.role, 'coordinator')).all());
}

/** The counsellor in charge; when their account is no longer active, the organisation's admins. */
export function inCharge(tx: DbOrTx, counsellorId: number, organisationId: number): number[] {
  const c = tx
    .select({ status: users.status, organisationId: users.organisationId })
    .from(users)
    .where(eq(users.id, counsellorId))
    .get();
  if (c?.status === 'active' && c.organisationId === organisationId) return [counsellorId];
  return organisationAdmins(tx, organisationId);
}

/** An organisation's side of a pairing: the counsellor who proposed the person, and its admins. */
export function organisationSide(
  tx: DbOrTx,
  counsellorId: number,
  organisationId: number,
): number[] {
  return [counsellorId, ...organisationAdmins(tx, organisationId)];
}
