// Follow-ups and retention checks that are due today, told once to the counsellor in charge of
// the pairing (the one who proposed the person). Run by the daily job; the dedupe keys (one per
// pairing and due date) make a second run, or a run after a restart, a no-op. A server that was
// down catches up on the last CATCH_UP_DAYS; older overdue items are on the counsellor's agenda,
// not news (and a first start on a large database does not flood anyone).
import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { addDays, quebecToday } from '../../../shared/dates';
import type { DbOrTx } from '../../db/client';
import { businesses, followUps, pairings, postings, proposals } from '../../db/schema';
import { accompanyingOrganisation } from '../pairings/pairingGuards';
import { type NotifyDeps, notify } from './notify';
import { inCharge } from './recipients';

const facts = {
  id: pairings.id,
  // After a transfer, the organisation accompanying the person now.
  organisationId: accompanyingOrganisation,
  proposedBy: proposals.proposedBy,
  postingTitle: postings.title,
  businessName: businesses.legalName,
};

export const CATCH_UP_DAYS = 14;

export function notifyAccompanimentDue(deps: NotifyDeps, tx: DbOrTx, now: Date): number {
  const today = quebecToday(now);
  const since = addDays(today, -CATCH_UP_DAYS);
  const latest = tx
    .select({
      pairingId: followUps.pairingId,
      lastId: sql<number>`max(${followUps.id})`.as('last_id'),
    })
    .from(followUps)
    .groupBy(followUps.pairingId)
    .as('latest');
  const active = tx
    .select({
      ...facts,
      startDate: pairings.startDate,
      nextOn: followUps.nextOn,
      lastOn: followUps.on,
    })
    .from(pairings)
    .innerJoin(proposals, eq(proposals.id, pairings.proposalId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .innerJoin(businesses, eq(businesses.id, pairings.businessId))
    .leftJoin(latest, eq(latest.pairingId, pairings.id))
    .leftJoin(followUps, eq(followUps.id, latest.lastId))
    .where(eq(pairings.status, 'active'))
    .all();
  let created = 0;
  for (const p of active) {
    // As on the counsellor's agenda: no follow-up yet, the first is due a week after the start.
    const dueOn = p.nextOn ?? (p.lastOn ? null : addDays(p.startDate, 7));
    if (dueOn === null || dueOn > today || dueOn < since) continue;
    created += notify(deps, tx, {
      recipients: inCharge(deps.db, p.proposedBy, p.organisationId),
      kind: 'follow_up_due',
      params: {
        pairingId: p.id,
        dueOn,
        postingTitle: p.postingTitle,
        businessName: p.businessName,
      },
      link: `/accompaniment/${p.id}`,
      dedupeKey: `pairing:${p.id}:followUp:${dueOn}`,
      now,
    });
  }
  const retention = tx
    .select({ ...facts, dueOn: pairings.retentionDueOn })
    .from(pairings)
    .innerJoin(proposals, eq(proposals.id, pairings.proposalId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .innerJoin(businesses, eq(businesses.id, pairings.businessId))
    .where(
      and(
        inArray(pairings.status, ['completed', 'ended_early']),
        isNull(pairings.retentionOutcome),
        lte(pairings.retentionDueOn, today),
        gte(pairings.retentionDueOn, since),
      ),
    )
    .all();
  for (const p of retention) {
    if (!p.dueOn) continue;
    created += notify(deps, tx, {
      recipients: inCharge(deps.db, p.proposedBy, p.organisationId),
      kind: 'retention_check_due',
      params: {
        pairingId: p.id,
        dueOn: p.dueOn,
        postingTitle: p.postingTitle,
        businessName: p.businessName,
      },
      link: `/accompaniment/${p.id}`,
      dedupeKey: `pairing:${p.id}:retention`,
      now,
    });
  }
  return created;
}
