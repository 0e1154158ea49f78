// Who hears about what: the people of a business, of an organisation, the coordinators, and the
// counsellor in charge of a pairing (the one who proposed the person). notify() skips inactive
// accounts; these lookups only choose the audience. They run for every hire, proposal and claim:
// prepared once per database, on the connection of the caller's transaction.
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { prepared } from '../../db/prepared';
import { users } from '../../db/schema';

const ids = (rows: { id: number }[]) => rows.map((r) => r.id);

const statements = (db: Db) =>
  prepared(db, 'notifications.recipients', () => ({
    businessUsers: db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.businessId, sql.placeholder('businessId')), eq(users.role, 'employer')))
      .prepare(),
    organisationAdmins: db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.organisationId, sql.placeholder('organisationId')),
          eq(users.role, 'org_admin'),
        ),
      )
      .prepare(),
    coordinators: db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.role, 'coordinator'))
      .prepare(),
    user: db
      .select({ status: users.status, organisationId: users.organisationId })
      .from(users)
      .where(eq(users.id, sql.placeholder('userId')))
      .prepare(),
  }));

export function businessUsers(db: Db, businessId: number): number[] {
  return ids(statements(db).businessUsers.all({ businessId }));
}

export function organisationAdmins(db: Db, organisationId: number): number[] {
  return ids(statements(db).organisationAdmins.all({ organisationId }));
}

export function coordinators(db: Db): number[] {
  return ids(statements(db).coordinators.all());
}

/** The counsellor in charge; when their account is no longer active, the organisation's admins. */
export function inCharge(db: Db, counsellorId: number, organisationId: number): number[] {
  const c = statements(db).user.get({ userId: counsellorId });
  if (c?.status === 'active' && c.organisationId === organisationId) return [counsellorId];
  return organisationAdmins(db, organisationId);
}

/** An organisation's side of a pairing: the counsellor who proposed the person, and its admins. */
export function organisationSide(db: Db, counsellorId: number, organisationId: number): number[] {
  return [counsellorId, ...organisationAdmins(db, organisationId)];
}
