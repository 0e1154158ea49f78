// The rules of an amendment's dates and terms as pure functions (the web shows the same refusal).
import { describe, expect, it } from 'vitest';
import { currentFitRules } from '../../../shared/money/rules';
import {
  type AmendmentContext,
  leaveAmendmentBreaches,
  wageHoursAmendmentBreaches,
  weeksAmendmentBreaches,
} from '../../../shared/pairings/amendmentRules';

const ctx: AmendmentContext = {
  startDate: '2026-12-07',
  plannedEnd: '2027-02-28',
  lastRateFrom: '2026-12-07',
  lastClaimedDay: '2026-12-20',
  leaves: [{ start: '2027-01-11', end: '2027-01-15' }],
};
const codes = (b: { code: string }[]) => b.map((x) => x.code);

describe('amendment rules', () => {
  it('weeks: within the phase’s rules, not before the claims, not ending in the past', () => {
    const r = currentFitRules;
    expect(weeksAmendmentBreaches(14, '2027-03-14', ctx, r, '2027-01-05')).toEqual([]);
    expect(
      codes(weeksAmendmentBreaches(r.minWeeks - 1, '2027-02-07', ctx, r, '2027-01-05')),
    ).toEqual(['pairing.rule.minWeeks']);
    expect(
      codes(weeksAmendmentBreaches(r.maxWeeks + 1, '2027-04-18', ctx, r, '2027-01-05')),
    ).toEqual(['pairing.rule.maxWeeks']);
    expect(codes(weeksAmendmentBreaches(10, '2027-02-14', ctx, r, '2027-02-20'))).toEqual([
      'amendment.endBeforeToday',
    ]);
    // Extending a placement already past its planned end is no shortening.
    expect(weeksAmendmentBreaches(14, '2027-03-14', ctx, r, '2027-03-20')).toEqual([]);
    expect(codes(weeksAmendmentBreaches(10, '2026-12-15', { ...ctx }, r, '2026-12-01'))).toContain(
      'amendment.beforeClaimedPeriod',
    );
  });

  it('wage and hours: from a date within the pairing, after the claims and the last change; the minimums', () => {
    const r = currentFitRules;
    const ok = { effectiveFrom: '2027-01-04', hourlyWageCents: 2200, hoursPerWeek: 35 };
    expect(wageHoursAmendmentBreaches(ok, ctx, r)).toEqual([]);
    expect(
      codes(wageHoursAmendmentBreaches({ ...ok, effectiveFrom: '2026-12-01' }, ctx, r)),
    ).toEqual(['amendment.effectiveOutsidePairing']);
    expect(
      codes(wageHoursAmendmentBreaches({ ...ok, effectiveFrom: '2027-03-01' }, ctx, r)),
    ).toEqual(['amendment.effectiveOutsidePairing']);
    expect(
      codes(wageHoursAmendmentBreaches({ ...ok, effectiveFrom: '2026-12-20' }, ctx, r)),
    ).toEqual(['amendment.beforeClaimedPeriod']);
    expect(
      codes(wageHoursAmendmentBreaches(ok, { ...ctx, lastRateFrom: '2027-01-11' }, r)),
    ).toEqual(['amendment.effectiveBeforeLastChange']);
    expect(
      codes(
        wageHoursAmendmentBreaches(
          { ...ok, hourlyWageCents: r.minHourlyWageCents - 1, hoursPerWeek: r.minHoursPerWeek - 1 },
          ctx,
          r,
        ),
      ),
    ).toEqual(['pairing.rule.minHourlyWage', 'pairing.rule.minHoursPerWeek']);
  });

  it('leave: starts within the pairing, after the claims, overlapping no other leave', () => {
    expect(
      leaveAmendmentBreaches({ leaveStart: '2027-02-01', leaveEnd: '2027-02-05' }, ctx),
    ).toEqual([]);
    expect(
      codes(leaveAmendmentBreaches({ leaveStart: '2026-12-01', leaveEnd: '2026-12-08' }, ctx)),
    ).toEqual(['amendment.leaveOutsidePairing']);
    expect(
      codes(leaveAmendmentBreaches({ leaveStart: '2026-12-15', leaveEnd: '2026-12-22' }, ctx)),
    ).toEqual(['amendment.beforeClaimedPeriod']);
    expect(
      codes(leaveAmendmentBreaches({ leaveStart: '2027-01-14', leaveEnd: '2027-01-20' }, ctx)),
    ).toEqual(['amendment.leaveOverlaps']);
  });
});
