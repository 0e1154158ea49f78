// Who may see a pairing: the coordinator any; a member organisation its own; an employer its
// business's. Others get "not found".
import { and, eq, type Placeholder, type SQL } from 'drizzle-orm';
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
      return eq(pairings.organisationId, id ?? actor.organisationId ?? -1);
  }
}

export function visiblePairing(db: DbOrTx, actor: Actor, pairingId: number) {
  const row = db
    .select({ pairing: pairings, phase: phases })
    .from(pairings)
    .innerJoin(phases, eq(phases.id, pairings.phaseId))
    .where(and(eq(pairings.id, pairingId), pairingScope(actor)))
    .get();
  if (!row?.phase.rules) throw appError('pairing.notFound');
  return { ...row.pairing, phase: { ...row.phase, rules: row.phase.rules } };
}
