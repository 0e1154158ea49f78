// Phases as the coordinator (everything) and member organisations (their participation)
// see them, with budget figures from features/money/budgets.ts.
import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import { organisations, pairings, phaseOrganisations, phases } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { organisationBudget, organisationBudgets, phaseBudget } from '../money/budgets';

export function listPhases(deps: Deps) {
  return deps.db
    .select({
      id: phases.id,
      number: phases.number,
      name: phases.name,
      startDate: phases.startDate,
      endDate: phases.endDate,
      status: phases.status,
    })
    .from(phases)
    .orderBy(desc(phases.number))
    .all();
}

export function getPhase(deps: Deps, actor: Actor, phaseId: number) {
  const { db } = deps;
  const phase = db.select().from(phases).where(eq(phases.id, phaseId)).get();
  if (!phase) throw appError('phase.notFound');
  const participantRows = db
    .select({
      organisationId: phaseOrganisations.organisationId,
      name: organisations.name,
      regionCode: organisations.regionCode,
      pairingTarget: phaseOrganisations.pairingTarget,
      wageAllocationCents: phaseOrganisations.wageAllocationCents,
      accompanimentAllocationCents: phaseOrganisations.accompanimentAllocationCents,
    })
    .from(phaseOrganisations)
    .innerJoin(organisations, eq(organisations.id, phaseOrganisations.organisationId))
    .where(eq(phaseOrganisations.phaseId, phaseId))
    .orderBy(asc(organisations.nameKey), asc(organisations.id))
    .all();
  const pairingCounts = db
    .select({
      organisationId: pairings.organisationId,
      n: count(),
      active: sql<number>`sum(${pairings.status} = 'active')`.mapWith(Number),
    })
    .from(pairings)
    .where(eq(pairings.phaseId, phaseId))
    .groupBy(pairings.organisationId)
    .all();
  // A member organisation sees its own line only.
  const visible =
    actor.role === 'coordinator'
      ? participantRows
      : participantRows.filter((p) => p.organisationId === actor.organisationId);
  // Every participant's budget from the phase's aggregates at once (two queries), not one
  // query per organisation.
  const budgets = organisationBudgets(db, phaseId);
  const counts = new Map(pairingCounts.map((c) => [c.organisationId, c]));
  return {
    ...phase,
    budget: actor.role === 'coordinator' ? phaseBudget(db, phaseId) : null,
    participants: visible.map((p) => ({
      ...p,
      pairings: counts.get(p.organisationId)?.n ?? 0,
      activePairings: counts.get(p.organisationId)?.active ?? 0,
      // Every participant has its entry; the single read is only the checker's fallback.
      budget: budgets.get(p.organisationId) ?? organisationBudget(db, phaseId, p.organisationId),
    })),
  };
}

/** The open phase, if any (employers preview hires against it). */
export function currentPhase(deps: Deps) {
  const phase = deps.db
    .select()
    .from(phases)
    .where(and(eq(phases.status, 'open')))
    .get();
  return phase
    ? {
        id: phase.id,
        number: phase.number,
        name: phase.name,
        rules: phase.rules,
        startDate: phase.startDate,
        endDate: phase.endDate,
      }
    : null;
}
