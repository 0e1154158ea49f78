// Who may see a pairing: the coordinator any; a member organisation its own, and those it
// accompanies after a transfer of the person's file; an employer its business's. Others get
// "not found".
import { and, eq, isNull, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { pairings, phases } from '../../db/schema';
import type { Actor } from '../../deps';

/**
 * The condition limiting pairings to the actor's. `id` stands for the actor's business or
 * organisation (a placeholder in prepared lists); by default, the actor's own.
 */
export function pairingScope(actor: Actor, id?: Placeholder): SQL | undefined {
  switch (actor.role) {
    case 'coordinator':
      return undefined;
    case 'employer':
      return eq(pairings.businessId, id ?? actor.businessId ?? -1);
    default:
      return or(
        eq(pairings.organisationId, id ?? actor.organisationId ?? -1),
        eq(pairings.accompanyingOrganisationId, id ?? actor.organisationId ?? -1),
      );
  }
}

/**
 * The organisation that accompanies the person now: the one the file was transferred to, or the
 * pairing's own. Follow-ups are logged and reminded there; the pairing and its money stay
 * attributed to pairings.organisation_id.
 */
export const accompanyingOrganisation = sql<number>`coalesce(${pairings.accompanyingOrganisationId}, ${pairings.organisationId})`;

export function visiblePairing(db: DbOrTx, actor: Actor, pairingId: number) {
  const row = db
    .select({ pairing: pairings, phase: phases })
    .from(pairings)
    .innerJoin(phases, eq(phases.id, pairings.phaseId))
    .where(and(eq(pairings.id, pairingId), pairingScope(actor)))
    .get();
  if (!row?.phase.rules) throw appError('pairing.notFound');
  // The client groups recorded at hire are sensitive (person level): for reports' aggregates
  // only, never handed to a use case that could return them.
  const { clientGroups: _groups, ...pairing } = row.pairing;
  return { ...pairing, phase: { ...row.phase, rules: row.phase.rules } };
}

/** "Accompanied by this organisation now", written so each side of the OR uses an index. */
export function accompaniedBy(organisationId: number): SQL | undefined {
  return or(
    and(isNull(pairings.accompanyingOrganisationId), eq(pairings.organisationId, organisationId)),
    eq(pairings.accompanyingOrganisationId, organisationId),
  );
}
