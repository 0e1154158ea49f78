// A pairing's end (completed, or ended early with a coded reason) and its 12-week retention
// check. Milestones make accompaniment tranches due; an early end releases what the pairing no
// longer needs back to the budgets.
import { and, eq, inArray, max } from 'drizzle-orm';
import type { z } from 'zod';
import { pairingEndBreaches, refuseFirst, retentionCheckBreaches } from '../../../shared/dateRules';
import { quebecToday } from '../../../shared/dates';
import { appError } from '../../../shared/errors';
import { trancheAmounts } from '../../../shared/money/calculator';
import {
  canRecordRetention,
  countingClaimStatuses,
  countingTrancheStatuses,
  type EndEarlyReason,
  findPairingTransition,
  milestonesReached,
  retentionCheckDueOn,
} from '../../../shared/money/machines';
import type { Milestone, SubsidyRules } from '../../../shared/money/rules';
import { maxWageSubsidyOverSchedule, workingDaysBetween } from '../../../shared/money/schedule';
import type {
  completePairingInput,
  endPairingEarlyInput,
  recordRetentionInput,
} from '../../../shared/pairings/schemas';
import type { DbOrTx } from '../../db/client';
import { claims, pairings, tranches } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { scheduleOfPairing } from '../agreements/agreementVersions';
import { recordAudit } from '../audit/recordAudit';
import { visiblePairing } from './pairingGuards';

export function makeTrancheDue(
  tx: DbOrTx,
  p: { pairingId: number; rules: SubsidyRules; milestone: Milestone; dueOn: string },
) {
  const amount = trancheAmounts(p.rules).find((t) => t.milestone === p.milestone)?.amountCents ?? 0;
  if (amount <= 0) return;
  tx.insert(tranches)
    .values({ pairingId: p.pairingId, milestone: p.milestone, amountCents: amount, dueOn: p.dueOn })
    .onConflictDoNothing()
    .run();
}

/**
 * After an early end the pairing keeps, for wages, the maximum for the weeks it lasted (claims
 * for those weeks may still come), or what its claims (submitted or approved) already use when
 * that is more (hours worked beyond the hours per week planned); for accompaniment, the tranches
 * due or approved. The rest goes back to the budgets. A rejected or reversed claim or tranche
 * releases its amount.
 */
export function recomputeCommitment(tx: DbOrTx, pairingId: number, rules: SubsidyRules) {
  const pairing = tx.select().from(pairings).where(eq(pairings.id, pairingId)).get();
  if (pairing?.status !== 'ended_early' || !pairing.endDate) return;
  // The weeks it lasted (a started week counts), leaves excluded, at the terms of each day.
  const schedule = scheduleOfPairing(tx, pairing);
  const worked = workingDaysBetween(schedule.leaves, pairing.startDate, pairing.endDate);
  const lasted = maxWageSubsidyOverSchedule(rules, schedule, Math.ceil(worked / 7) * 7);
  const claimed = tx
    .select({ amount: claims.amountCents })
    .from(claims)
    .where(and(eq(claims.pairingId, pairingId), inArray(claims.status, countingClaimStatuses)))
    .all()
    .reduce((s, r) => s + r.amount, 0);
  const trancheRows = tx
    .select({ amount: tranches.amountCents })
    .from(tranches)
    .where(
      and(eq(tranches.pairingId, pairingId), inArray(tranches.status, countingTrancheStatuses)),
    )
    .all();
  tx.update(pairings)
    .set({
      committedWageCents: Math.min(pairing.maxWageSubsidyCents, Math.max(lasted, claimed)),
      committedAccompanimentCents: Math.min(
        pairing.accompanimentCents,
        trancheRows.reduce((s, r) => s + r.amount, 0),
      ),
    })
    .where(eq(pairings.id, pairingId))
    .run();
}

function endPairing(
  deps: Deps,
  actor: Actor,
  req: RequestInfo,
  p: {
    pairingId: number;
    endDate: string;
    action: 'complete' | 'endEarly';
    reason?: EndEarlyReason;
    comment?: string;
  },
) {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const pairing = visiblePairing(tx, actor, p.pairingId);
    const t = findPairingTransition(pairing.status, p.action, actor.role);
    if (!t) throw appError('pairing.illegalTransition', { from: pairing.status });
    // From its start (and the last day already claimed) to today: a day that has come.
    const claimed = tx
      .select({ until: max(claims.periodEnd) })
      .from(claims)
      .where(and(eq(claims.pairingId, pairing.id), inArray(claims.status, countingClaimStatuses)))
      .get();
    refuseFirst(
      pairingEndBreaches(
        p.endDate,
        { startDate: pairing.startDate, claimedUntil: claimed?.until ?? null },
        quebecToday(now),
      ),
    );
    tx.update(pairings)
      .set({
        status: t.to,
        endDate: p.endDate,
        endReason: p.reason ?? null,
        endComment: p.comment || null,
        retentionDueOn: retentionCheckDueOn(p.endDate),
        updatedAt: now.toISOString(),
      })
      .where(eq(pairings.id, pairing.id))
      .run();
    if (t.to === 'completed') {
      makeTrancheDue(tx, {
        pairingId: pairing.id,
        rules: pairing.phase.rules,
        milestone: 'completion',
        dueOn: p.endDate,
      });
    } else {
      recomputeCommitment(tx, pairing.id, pairing.phase.rules);
    }
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: t.to === 'completed' ? 'pairing.completed' : 'pairing.ended_early',
      subjectType: 'pairing',
      subjectId: pairing.id,
      ip: req.ip,
      details: { endDate: p.endDate, reason: p.reason ?? null },
    });
  });
}

export function completePairing(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof completePairingInput>,
  req: RequestInfo,
) {
  endPairing(deps, actor, req, { ...input, action: 'complete' });
}

export function endPairingEarly(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof endPairingEarlyInput>,
  req: RequestInfo,
) {
  endPairing(deps, actor, req, { ...input, action: 'endEarly' });
}

export function recordRetention(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof recordRetentionInput>,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const pairing = visiblePairing(tx, actor, input.pairingId);
    if (!canRecordRetention(pairing.status, actor.role) || !pairing.retentionDueOn)
      throw appError('pairing.retentionNotAllowed');
    // From its due date (12 weeks after the end) to today.
    refuseFirst(
      retentionCheckBreaches(
        input.checkedOn,
        { retentionDueOn: pairing.retentionDueOn },
        quebecToday(now),
      ),
    );
    tx.update(pairings)
      .set({
        retentionOutcome: input.outcome,
        retentionCheckedOn: input.checkedOn,
        updatedAt: now.toISOString(),
      })
      .where(eq(pairings.id, pairing.id))
      .run();
    // The retention tranche rewards a completed placement (an early end released it).
    const reached = milestonesReached({ status: pairing.status, retentionOutcome: input.outcome });
    if (pairing.status === 'completed' && reached.includes('retention')) {
      makeTrancheDue(tx, {
        pairingId: pairing.id,
        rules: pairing.phase.rules,
        milestone: 'retention',
        dueOn: input.checkedOn,
      });
    }
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'pairing.retention_recorded',
      subjectType: 'pairing',
      subjectId: pairing.id,
      ip: req.ip,
      details: { outcome: input.outcome },
    });
  });
}
