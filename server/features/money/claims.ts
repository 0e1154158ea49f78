// Wage-subsidy claims: the employer claims a pay period of a pairing; the amount comes from the
// shared calculator under the phase's rules, never beyond what remains of the pairing's maximum.
// The amount is computed day by day with the terms in force each day (amendments). Claims before
// both parties accepted the agreement in force, periods not yet ended, overlapping periods (with
// claims that count: submitted or approved, not rejected or reversed), periods outside the
// pairing, hours beyond the weekly maximum and claims after the phase's deadline are refused;
// nothing is written then.
import { and, eq, inArray } from 'drizzle-orm';
import { claimPeriodBreaches } from '../../../shared/dateRules';
import { addDays, quebecToday } from '../../../shared/dates';
import { appError, type ErrorCode, fieldError } from '../../../shared/errors';
import { hoursToHundredths, periodsOverlap } from '../../../shared/money/calculator';
import { countingClaimStatuses } from '../../../shared/money/machines';
import { claimAmountOverSchedule } from '../../../shared/money/schedule';
import type { ClaimInputFields } from '../../../shared/money/schemas';
import type { DbOrTx } from '../../db/client';
import { claims } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { scheduleOfPairing, unsignedParties } from '../agreements/agreementVersions';
import { recordAudit } from '../audit/recordAudit';
import { actorBusiness } from '../guards';
import { notifyClaimSubmitted } from '../notifications/emitters';
import { visiblePairing } from '../pairings/pairingGuards';
import { attachStagedProofs } from '../proofs/proofs';

const problemField: Record<string, string> = {
  invalidDate: 'periodStart',
  periodEndsBeforeStart: 'periodEnd',
  periodLongerThanClaimPeriod: 'periodEnd',
  hoursAboveWeeklyMaximum: 'hoursWorked',
};

function evaluate(tx: DbOrTx, deps: Deps, actor: Actor, input: ClaimInputFields) {
  actorBusiness(actor);
  const pairing = visiblePairing(tx, actor, input.pairingId);
  const rules = pairing.phase.rules;
  const others = tx
    .select({ start: claims.periodStart, end: claims.periodEnd, amount: claims.amountCents })
    .from(claims)
    .where(and(eq(claims.pairingId, pairing.id), inArray(claims.status, countingClaimStatuses)))
    .all();
  const used = others.reduce((s, c) => s + c.amount, 0);
  // After an early end, only what the weeks it lasted can pay (the rest was released).
  const cap =
    pairing.status === 'ended_early' ? pairing.committedWageCents : pairing.maxWageSubsidyCents;
  const remaining = Math.max(0, cap - used);
  // Day by day, with the terms in force each day (amendments change wage, hours, leaves).
  const computation = claimAmountOverSchedule(
    rules,
    scheduleOfPairing(tx, pairing),
    input,
    remaining,
  );
  const refusals: {
    code: ErrorCode;
    field: string | null;
    params: Record<string, string | number>;
  }[] = [];
  // No claim before both parties have accepted the agreement in force (its latest version).
  const unsigned = unsignedParties(tx, pairing.id);
  if (unsigned.missing.length > 0) {
    refusals.push({
      code:
        unsigned.missing.length === 2
          ? 'agreement.unsignedByBoth'
          : unsigned.missing[0] === 'employer'
            ? 'agreement.unsignedByEmployer'
            : 'agreement.unsignedByOrganisation',
      field: null,
      params: { version: unsigned.version, pairingId: pairing.id },
    });
  }
  for (const p of computation.problems) {
    refusals.push({
      code: `claim.${p.code}` as ErrorCode,
      field: problemField[p.code] ?? null,
      params: 'limit' in p ? { limit: p.limit, actual: p.actual } : {},
    });
  }
  const today = quebecToday(deps.clock.now());
  // Within the pairing, and a pay period that has ended (shared/dateRules.ts).
  refusals.push(
    ...claimPeriodBreaches(
      input,
      { startDate: pairing.startDate, lastDay: pairing.endDate ?? pairing.plannedEndDate },
      today,
    ),
  );
  const period = { start: input.periodStart, end: input.periodEnd };
  const clash = others.find((o) => periodsOverlap(period, o));
  if (clash) {
    refusals.push({
      code: 'claim.overlaps',
      field: 'periodStart',
      params: { start: clash.start, end: clash.end },
    });
  }
  if (pairing.phase.status === 'closed' && pairing.phase.closedAt) {
    const deadline = addDays(
      quebecToday(new Date(pairing.phase.closedAt)),
      rules.claimDeadlineDays,
    );
    if (today > deadline) {
      refusals.push({ code: 'claim.deadlinePassed', field: null, params: { deadline } });
    }
  }
  if (refusals.length === 0 && computation.amountCents === 0) {
    refusals.push({ code: 'claim.nothingLeft', field: null, params: {} });
  }
  return { pairing, computation, remaining, refusals };
}

/** What the claim would pay, and why it would be refused, without writing anything. */
export function previewClaim(deps: Deps, actor: Actor, input: ClaimInputFields) {
  const { computation, remaining, refusals } = evaluate(deps.db, deps, actor, input);
  return {
    amountCents: computation.amountCents,
    countedHours: computation.countedHours,
    weeks: computation.weeks,
    cappedByRemaining: computation.cappedByRemaining,
    remainingBeforeCents: remaining,
    refusals: refusals.map((r) => ({ code: r.code, field: r.field, params: r.params })),
  };
}

export function submitClaim(deps: Deps, actor: Actor, input: ClaimInputFields, req: RequestInfo) {
  const now = deps.clock.now();
  return deps.db.transaction(
    (tx) => {
      const { pairing, computation, refusals } = evaluate(tx, deps, actor, input);
      const [first] = refusals;
      if (first) {
        throw first.field
          ? fieldError(first.field, first.code, first.params)
          : appError(first.code, first.params);
      }
      const id = tx
        .insert(claims)
        .values({
          pairingId: pairing.id,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
          hoursWorkedHundredths: hoursToHundredths(input.hoursWorked),
          grossWagesCents: input.grossWagesCents,
          amountCents: computation.amountCents,
          submittedBy: actor.userId,
          submittedAt: now.toISOString(),
        })
        .returning({ id: claims.id })
        .get().id;
      const proofs = attachStagedProofs(tx, {
        businessId: pairing.businessId,
        claimId: id,
        proofIds: input.proofIds,
        now,
      });
      notifyClaimSubmitted(deps, tx, id, now);
      recordAudit(tx, {
        at: now,
        actorUserId: actor.userId,
        action: 'claim.submitted',
        subjectType: 'claim',
        subjectId: id,
        ip: req.ip,
        details: { pairingId: pairing.id, amountCents: computation.amountCents, proofs },
      });
      return { id, amountCents: computation.amountCents };
    },
    { behavior: 'immediate' },
  );
}

export function claimsOfPairings(db: DbOrTx, pairingIds: number[]) {
  if (pairingIds.length === 0) return [];
  return db
    .select()
    .from(claims)
    .where(inArray(claims.pairingId, pairingIds))
    .orderBy(claims.periodStart)
    .all();
}
