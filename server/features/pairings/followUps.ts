// Accompaniment: counsellors of the pairing's organisation log follow-ups; their home lists
// follow-ups due or overdue and retention checks due.
import { and, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { followUpBreaches, refuseFirst } from '../../../shared/dateRules';
import { addDays, quebecToday } from '../../../shared/dates';
import { appError } from '../../../shared/errors';
import type { followUpInput } from '../../../shared/pairings/schemas';
import { followUps, jobSeekers, pairings } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { actorOrganisation } from '../guards';
import { pairingPersonAnonymised } from '../jobSeekers/retention';
import { accompaniedBy, visiblePairing } from './pairingGuards';

export function logFollowUp(deps: Deps, actor: Actor, input: z.infer<typeof followUpInput>) {
  const organisationId = actorOrganisation(actor);
  const pairing = visiblePairing(deps.db, actor, input.pairingId);
  // Only the organisation accompanying the person now (after a transfer, the new one).
  if ((pairing.accompanyingOrganisationId ?? pairing.organisationId) !== organisationId) {
    throw appError('auth.forbidden');
  }
  // An anonymised person's pairing takes no new notes (they would outlive the erasure).
  if (pairingPersonAnonymised(deps.db, pairing.id)) throw appError('followUp.personAnonymised');
  // Dated up to today and not before the pairing; the next date may be in the future.
  refuseFirst(
    followUpBreaches(
      input,
      { startDate: pairing.startDate, recordedOn: quebecToday(new Date(pairing.createdAt)) },
      quebecToday(deps.clock.now()),
    ),
  );
  return deps.db
    .insert(followUps)
    .values({
      ...input,
      pairingId: pairing.id,
      recordedBy: actor.userId,
      recordedAt: deps.clock.now().toISOString(),
    })
    .returning({ id: followUps.id })
    .get();
}

/** Per active pairing of the organisation, the next follow-up date from its latest entry. */
export function accompanimentAgenda(deps: Deps, actor: Actor) {
  const organisationId = actorOrganisation(actor);
  const today = quebecToday(deps.clock.now());
  const horizon = addDays(today, 7);
  const latest = deps.db
    .select({
      pairingId: followUps.pairingId,
      lastId: sql<number>`max(${followUps.id})`.as('last_id'),
    })
    .from(followUps)
    .groupBy(followUps.pairingId)
    .as('latest');
  const active = deps.db
    .select({
      id: pairings.id,
      startDate: pairings.startDate,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
      nextOn: followUps.nextOn,
      lastOn: followUps.on,
    })
    .from(pairings)
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .leftJoin(latest, eq(latest.pairingId, pairings.id))
    .leftJoin(followUps, eq(followUps.id, latest.lastId))
    .where(and(accompaniedBy(organisationId), eq(pairings.status, 'active')))
    .orderBy(desc(pairings.id))
    .all();
  // No follow-up yet: the first is due a week after the start.
  const followUpsDue = active
    .map((p) => ({ ...p, dueOn: p.nextOn ?? (p.lastOn ? null : addDays(p.startDate, 7)) }))
    .filter((p): p is typeof p & { dueOn: string } => p.dueOn !== null && p.dueOn <= horizon)
    .map((p) => ({ ...p, overdue: p.dueOn < today }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const retentionDue = deps.db
    .select({
      id: pairings.id,
      retentionDueOn: pairings.retentionDueOn,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
    })
    .from(pairings)
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .where(
      and(
        accompaniedBy(organisationId),
        inArray(pairings.status, ['completed', 'ended_early']),
        isNull(pairings.retentionOutcome),
        lte(pairings.retentionDueOn, horizon),
      ),
    )
    .orderBy(pairings.retentionDueOn)
    .all();
  return { followUpsDue, retentionDue };
}
