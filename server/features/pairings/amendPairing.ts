// Amending an active pairing (« avenant »): weeks, wage and hours from a date, a leave, the
// counsellor. In ONE immediate transaction, as the hire: the new terms are checked against the
// phase's rules and the claims already made, the maximum wage subsidy is recomputed day by day
// with the shared calculator, the budgets are re-checked for any increase (refused with the
// figures), the pairing's commitment follows (a decrease goes back to the budget through the
// budget_totals triggers), and the amended agreement (a new version) is made for both parties to
// accept. The dates and terms obey shared/pairings/amendmentRules.ts. The preview runs the same
// plan without writing.
import { and, eq, inArray } from 'drizzle-orm';
import { refuseFirst } from '../../../shared/dateRules';
import { quebecToday } from '../../../shared/dates';
import { AppError, appError, fieldError } from '../../../shared/errors';
import { countingClaimStatuses } from '../../../shared/money/machines';
import {
  maxWageSubsidyOverSchedule,
  plannedEndOf,
  ratesOn,
  type TermsSchedule,
} from '../../../shared/money/schedule';
import {
  type AmendmentContext,
  leaveAmendmentBreaches,
  wageHoursAmendmentBreaches,
  weeksAmendmentBreaches,
} from '../../../shared/pairings/amendmentRules';
import type { AmendPairingInput } from '../../../shared/pairings/amendments';
import { amendmentRoles } from '../../../shared/pairings/amendments';
import type { DbOrTx } from '../../db/client';
import { claims, pairings, users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { appendVersion, scheduleOfPairing } from '../agreements/agreementVersions';
import { notifyAgreementToSign } from '../agreements/notifyAgreement';
import { recordAudit } from '../audit/recordAudit';
import { assertBudgetRoom } from '../money/budgetRoom';
import { visiblePairing } from './pairingGuards';

const later = (a: string, b: string) => (a > b ? a : b);

/** What an amendment would make of the pairing, or the refusal (thrown as an AppError). */
function planAmendment(tx: DbOrTx, actor: Actor, input: AmendPairingInput, now: Date) {
  const pairing = visiblePairing(tx, actor, input.pairingId);
  if (!amendmentRoles[input.kind].includes(actor.role)) throw appError('amendment.notAllowed');
  if (pairing.status !== 'active') throw appError('amendment.notActive');
  const rules = pairing.phase.rules;
  const today = quebecToday(now);
  const schedule = scheduleOfPairing(tx, pairing);
  const currentEnd = plannedEndOf(schedule.startDate, schedule.plannedWeeks, schedule.leaves);
  const claimed = tx
    .select({ end: claims.periodEnd, amount: claims.amountCents })
    .from(claims)
    .where(and(eq(claims.pairingId, pairing.id), inArray(claims.status, countingClaimStatuses)))
    .all();
  const usedCents = claimed.reduce((s, c) => s + c.amount, 0);
  const ctx: AmendmentContext = {
    startDate: pairing.startDate,
    plannedEnd: currentEnd,
    lastRateFrom: schedule.rates.at(-1)?.from ?? pairing.startDate,
    lastClaimedDay: claimed.reduce<string | null>(
      (last, c) => (last === null || c.end > last ? c.end : last),
      null,
    ),
    leaves: schedule.leaves,
  };

  const next: TermsSchedule = {
    ...schedule,
    rates: [...schedule.rates],
    leaves: [...schedule.leaves],
  };
  let counsellorId = pairing.counsellorId;
  // Weeks and counsellor changes take effect the day they are agreed (or at the start).
  let effectiveFrom = later(today, pairing.startDate);
  let leave: { start: string; end: string } | null = null;

  switch (input.kind) {
    case 'weeks': {
      if (input.plannedWeeks === schedule.plannedWeeks) {
        throw fieldError('plannedWeeks', 'amendment.noChange');
      }
      next.plannedWeeks = input.plannedWeeks;
      const end = plannedEndOf(next.startDate, next.plannedWeeks, next.leaves);
      refuseFirst(weeksAmendmentBreaches(input.plannedWeeks, end, ctx, rules, today));
      break;
    }
    case 'wage_hours': {
      const from = input.effectiveFrom;
      refuseFirst(wageHoursAmendmentBreaches(input, ctx, rules));
      const inForce = ratesOn(schedule, from);
      if (
        inForce?.hourlyWageCents === input.hourlyWageCents &&
        inForce.hoursPerWeek === input.hoursPerWeek
      ) {
        throw fieldError('hourlyWageCents', 'amendment.noChange');
      }
      next.rates = [
        ...schedule.rates.filter((r) => r.from < from),
        { from, hourlyWageCents: input.hourlyWageCents, hoursPerWeek: input.hoursPerWeek },
      ];
      effectiveFrom = from;
      break;
    }
    case 'leave': {
      refuseFirst(leaveAmendmentBreaches(input, ctx));
      leave = { start: input.leaveStart, end: input.leaveEnd };
      next.leaves = [...schedule.leaves, leave].sort((a, b) => (a.start < b.start ? -1 : 1));
      effectiveFrom = input.leaveStart;
      break;
    }
    case 'counsellor': {
      if (input.counsellorId === pairing.counsellorId) {
        throw fieldError('counsellorId', 'amendment.noChange');
      }
      const person = tx
        .select({ id: users.id })
        .from(users)
        .where(
          and(
            eq(users.id, input.counsellorId),
            eq(users.organisationId, pairing.organisationId),
            inArray(users.role, ['counsellor', 'org_admin']),
            eq(users.status, 'active'),
          ),
        )
        .get();
      if (!person) throw fieldError('counsellorId', 'amendment.counsellorNotInOrganisation');
      counsellorId = person.id;
      break;
    }
  }

  const plannedEndDate = plannedEndOf(next.startDate, next.plannedWeeks, next.leaves);
  const maxWageSubsidyCents = maxWageSubsidyOverSchedule(rules, next);
  if (maxWageSubsidyCents < usedCents) {
    throw appError('amendment.belowClaimed', { usedCents, maxCents: maxWageSubsidyCents });
  }
  return {
    pairing,
    next,
    counsellorId,
    effectiveFrom,
    leave,
    plannedEndDate,
    maxWageSubsidyCents,
    previousMaxCents: pairing.maxWageSubsidyCents,
    extraWageCents: maxWageSubsidyCents - pairing.committedWageCents,
  };
}

/** The amendment's effect (new maximum, planned end) or why it would be refused; writes nothing. */
export function previewAmendment(deps: Deps, actor: Actor, input: AmendPairingInput) {
  try {
    const plan = planAmendment(deps.db, actor, input, deps.clock.now());
    if (plan.extraWageCents > 0) {
      assertBudgetRoom(deps.db, {
        phase: plan.pairing.phase,
        organisationId: plan.pairing.organisationId,
        extraWageCents: plan.extraWageCents,
        extraAccompanimentCents: 0,
      });
    }
    return {
      maxWageSubsidyCents: plan.maxWageSubsidyCents,
      previousMaxCents: plan.previousMaxCents,
      plannedEndDate: plan.plannedEndDate,
      refusal: null,
    };
  } catch (e) {
    if (
      !(e instanceof AppError) ||
      e.code === 'pairing.notFound' ||
      e.code === 'amendment.notAllowed'
    )
      throw e;
    return {
      maxWageSubsidyCents: null,
      previousMaxCents: null,
      plannedEndDate: null,
      refusal: { code: e.code, field: e.field, params: e.params },
    };
  }
}

export function amendPairing(deps: Deps, actor: Actor, input: AmendPairingInput, req: RequestInfo) {
  const now = deps.clock.now();
  return deps.db.transaction(
    (tx) => {
      const plan = planAmendment(tx, actor, input, now);
      const { pairing } = plan;
      if (plan.extraWageCents > 0) {
        assertBudgetRoom(tx, {
          phase: pairing.phase,
          organisationId: pairing.organisationId,
          extraWageCents: plan.extraWageCents,
          extraAccompanimentCents: 0,
        });
      }
      const latest = plan.next.rates.at(-1);
      tx.update(pairings)
        .set({
          hourlyWageCents: latest?.hourlyWageCents ?? pairing.hourlyWageCents,
          hoursPerWeek: latest?.hoursPerWeek ?? pairing.hoursPerWeek,
          plannedWeeks: plan.next.plannedWeeks,
          plannedEndDate: plan.plannedEndDate,
          maxWageSubsidyCents: plan.maxWageSubsidyCents,
          // An active pairing holds its whole maximum; the difference goes to or from the budget.
          committedWageCents: plan.maxWageSubsidyCents,
          counsellorId: plan.counsellorId,
          updatedAt: now.toISOString(),
        })
        .where(eq(pairings.id, pairing.id))
        .run();
      const rate =
        input.kind === 'wage_hours'
          ? { hourlyWageCents: input.hourlyWageCents, hoursPerWeek: input.hoursPerWeek }
          : (latest ?? pairing);
      const version = appendVersion(deps.db, {
        pairingId: pairing.id,
        kind: input.kind,
        effectiveFrom: plan.effectiveFrom,
        hourlyWageCents: rate.hourlyWageCents,
        hoursPerWeek: rate.hoursPerWeek,
        plannedWeeks: plan.next.plannedWeeks,
        plannedEndDate: plan.plannedEndDate,
        counsellorId: plan.counsellorId,
        leaveStart: plan.leave?.start ?? null,
        leaveEnd: plan.leave?.end ?? null,
        maxWageSubsidyCents: plan.maxWageSubsidyCents,
        comment: input.comment,
        createdBy: actor.userId,
        at: now,
      });
      notifyAgreementToSign(deps, tx, {
        pairingId: pairing.id,
        version: version.version,
        parties: ['employer', 'organisation'],
        now,
      });
      recordAudit(tx, {
        at: now,
        actorUserId: actor.userId,
        action: 'pairing.amended',
        subjectType: 'pairing',
        subjectId: pairing.id,
        ip: req.ip,
        details: {
          kind: input.kind,
          version: version.version,
          effectiveFrom: plan.effectiveFrom,
          previousMaxCents: plan.previousMaxCents,
          maxCents: plan.maxWageSubsidyCents,
        },
      });
      return {
        version: version.version,
        maxWageSubsidyCents: plan.maxWageSubsidyCents,
        previousMaxCents: plan.previousMaxCents,
        plannedEndDate: plan.plannedEndDate,
      };
    },
    { behavior: 'immediate' },
  );
}
