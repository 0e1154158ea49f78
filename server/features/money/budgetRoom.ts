// Whether the budgets can hold more: what a pairing would commit on top of what it holds now,
// against the phase's envelopes and the organisation's allocations, read from the aggregates
// (budget_totals) inside the caller's immediate transaction. A shortfall is refused with the
// fund, the scope and both figures, as a hire is.
import { and, eq } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { phaseOrganisations } from '../../db/schema';
import { committedTotals } from './budgets';

export function assertBudgetRoom(
  tx: DbOrTx,
  p: {
    phase: { id: number; wageEnvelopeCents: number; accompanimentEnvelopeCents: number };
    organisationId: number;
    extraWageCents: number;
    extraAccompanimentCents: number;
  },
) {
  const participation = tx
    .select({
      wageAllocationCents: phaseOrganisations.wageAllocationCents,
      accompanimentAllocationCents: phaseOrganisations.accompanimentAllocationCents,
    })
    .from(phaseOrganisations)
    .where(
      and(
        eq(phaseOrganisations.phaseId, p.phase.id),
        eq(phaseOrganisations.organisationId, p.organisationId),
      ),
    )
    .get();
  const overall = committedTotals(tx, p.phase.id, null);
  const mine = committedTotals(tx, p.phase.id, p.organisationId);
  const checks = [
    {
      fund: 'wage',
      scope: 'phase',
      needed: p.extraWageCents,
      remaining: p.phase.wageEnvelopeCents - overall.wage,
    },
    {
      fund: 'accompaniment',
      scope: 'phase',
      needed: p.extraAccompanimentCents,
      remaining: p.phase.accompanimentEnvelopeCents - overall.accompaniment,
    },
    {
      fund: 'wage',
      scope: 'organisation',
      needed: p.extraWageCents,
      remaining:
        participation?.wageAllocationCents == null
          ? null
          : participation.wageAllocationCents - mine.wage,
    },
    {
      fund: 'accompaniment',
      scope: 'organisation',
      needed: p.extraAccompanimentCents,
      remaining:
        participation?.accompanimentAllocationCents == null
          ? null
          : participation.accompanimentAllocationCents - mine.accompaniment,
    },
  ];
  for (const c of checks) {
    if (c.needed > 0 && c.remaining !== null && c.needed > c.remaining) {
      throw appError('budget.exceeded', {
        fund: c.fund,
        scope: c.scope,
        remainingCents: c.remaining,
        neededCents: c.needed,
      });
    }
  }
}
