// The requests counsellors and organisation managers see: confirmed ones routed to their
// organisation (waiting to be taken), and those their organisation took. The coordinator sees
// every confirmed or taken request. Unconfirmed requests are visible to nobody.
import { and, desc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import type { employerRequestListInput } from '../../../shared/recruit/schemas';
import type { DbOrTx } from '../../db/client';
import { employerRequests, organisations, users } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { routedTo } from './routing';

function scope(actor: Actor, status: 'confirmed' | 'taken'): SQL | undefined {
  if (actor.role === 'coordinator') return undefined;
  if (!actor.organisationId) throw appError('auth.forbidden');
  return status === 'confirmed'
    ? routedTo(actor.organisationId)
    : eq(employerRequests.takenOrganisationId, actor.organisationId);
}

const columns = {
  id: employerRequests.id,
  status: employerRequests.status,
  legalName: employerRequests.legalName,
  neq: employerRequests.neq,
  contactName: employerRequests.contactName,
  contactEmail: employerRequests.contactEmail,
  contactPhone: employerRequests.contactPhone,
  regionCode: employerRequests.regionCode,
  city: employerRequests.city,
  title: employerRequests.title,
  nocCode: employerRequests.nocCode,
  hoursPerWeek: employerRequests.hoursPerWeek,
  hourlyWageCents: employerRequests.hourlyWageCents,
  positions: employerRequests.positions,
  startDate: employerRequests.startDate,
  durationWeeks: employerRequests.durationWeeks,
  description: employerRequests.description,
  requirements: employerRequests.requirements,
  confirmedAt: employerRequests.confirmedAt,
  takenAt: employerRequests.takenAt,
  takenByName: users.name,
  takenOrganisationName: organisations.name,
  businessId: employerRequests.businessId,
  postingId: employerRequests.postingId,
};

export function listEmployerRequests(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof employerRequestListInput>,
) {
  return deps.db
    .select(columns)
    .from(employerRequests)
    .leftJoin(users, eq(users.id, employerRequests.takenBy))
    .leftJoin(organisations, eq(organisations.id, employerRequests.takenOrganisationId))
    .where(and(eq(employerRequests.status, input.status), scope(actor, input.status)))
    .orderBy(desc(employerRequests.id))
    .limit(200)
    .all();
}

/** One request the actor may see (confirmed and routed to them, or taken by them). */
export function visibleEmployerRequest(db: DbOrTx, actor: Actor, requestId: number) {
  for (const status of ['confirmed', 'taken'] as const) {
    const row = db
      .select()
      .from(employerRequests)
      .where(
        and(
          eq(employerRequests.id, requestId),
          eq(employerRequests.status, status),
          scope(actor, status),
        ),
      )
      .get();
    if (row) return row;
  }
  throw appError('recruit.notFound');
}
