// The date rules as pure functions (shared/dateRules.ts), the ones the server enforces and the
// web can show early: boundaries, and laws over any dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  claimPeriodBreaches,
  consentGivenBreaches,
  consentWithdrawalBreaches,
  earliestHireStart,
  followUpBreaches,
  hireStartBreaches,
  hireStartIsPast,
  pairingEndBreaches,
  paymentBreaches,
  refuseFirst,
  retentionCheckBreaches,
  trancheApprovalBreaches,
} from '../../../shared/dateRules';
import { addDays } from '../../../shared/dates';
import { AppError } from '../../../shared/errors';

const codes = (bs: { code: string }[]) => bs.map((b) => b.code);

/** Any real date between 2020 and 2035. */
const dateArb = fc.integer({ min: 0, max: 15 * 366 }).map((n) => addDays('2020-01-01', n));

describe('claim periods', () => {
  const pairing = { startDate: '2026-12-07', lastDay: '2027-02-28' };
  it('are claimed from their last day, within the pairing', () => {
    const period = { periodStart: '2026-12-07', periodEnd: '2026-12-20' };
    expect(claimPeriodBreaches(period, pairing, '2026-12-20')).toEqual([]);
    expect(claimPeriodBreaches(period, pairing, '2026-12-19')).toEqual([
      {
        field: 'periodEnd',
        code: 'claim.periodNotEnded',
        params: { end: '2026-12-20', today: '2026-12-19' },
      },
    ]);
    expect(
      codes(
        claimPeriodBreaches(
          { periodStart: '2026-12-06', periodEnd: '2026-12-19' },
          pairing,
          '2027-01-01',
        ),
      ),
    ).toEqual(['claim.outsidePairing']);
  });
  it('law: accepted exactly when within the pairing and ended', () => {
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (a, b, today) => {
        const [periodStart, periodEnd] = a <= b ? [a, b] : [b, a];
        const ok = claimPeriodBreaches({ periodStart, periodEnd }, pairing, today).length === 0;
        expect(ok).toBe(
          periodEnd <= today && periodStart >= pairing.startDate && periodEnd <= pairing.lastDay,
        );
      }),
    );
  });
});

describe('ends and retention checks', () => {
  it('end: from the start to today', () => {
    expect(pairingEndBreaches('2026-12-07', { startDate: '2026-12-07' }, '2026-12-07')).toEqual([]);
    expect(
      codes(pairingEndBreaches('2026-12-06', { startDate: '2026-12-07' }, '2027-01-01')),
    ).toEqual(['pairing.endBeforeStart']);
    expect(
      codes(pairingEndBreaches('2026-12-08', { startDate: '2026-12-07' }, '2026-12-07')),
    ).toEqual(['pairing.endInFuture']);
    fc.assert(
      fc.property(dateArb, dateArb, dateArb, (end, start, today) => {
        const ok = pairingEndBreaches(end, { startDate: start }, today).length === 0;
        expect(ok).toBe(start <= end && end <= today);
      }),
    );
  });
  it('retention: from its due date to today', () => {
    const p = { retentionDueOn: '2027-05-23' };
    expect(retentionCheckBreaches('2027-05-23', p, '2027-05-23')).toEqual([]);
    expect(codes(retentionCheckBreaches('2027-05-22', p, '2027-06-01'))).toEqual([
      'pairing.retentionTooEarly',
    ]);
    expect(codes(retentionCheckBreaches('2027-05-24', p, '2027-05-23'))).toEqual([
      'pairing.retentionInFuture',
    ]);
  });
});

describe('consents', () => {
  it('given up to today; withdrawn between given and today', () => {
    expect(consentGivenBreaches('2026-11-23', '2026-11-23')).toEqual([]);
    expect(consentGivenBreaches('2026-11-24', '2026-11-23', 'consents.givenOn')).toEqual([
      {
        field: 'consents.givenOn',
        code: 'consent.givenInFuture',
        params: { date: '2026-11-24', today: '2026-11-23' },
      },
    ]);
    expect(consentWithdrawalBreaches('2026-11-20', '2026-11-20', '2026-11-23')).toEqual([]);
    expect(codes(consentWithdrawalBreaches('2026-11-19', '2026-11-20', '2026-11-23'))).toEqual([
      'consent.withdrawnBeforeGiven',
    ]);
    expect(codes(consentWithdrawalBreaches('2026-11-24', '2026-11-20', '2026-11-23'))).toEqual([
      'consent.withdrawnInFuture',
    ]);
  });
});

describe('a hire’s start date', () => {
  const phase = { startDate: '2026-11-01', endDate: '2027-03-31' };
  const rules = { pastStartWindowDays: 14 };
  it('lies in the phase, in the past only within the window', () => {
    expect(hireStartBreaches('2026-11-09', phase, rules, '2026-11-23')).toEqual([]);
    expect(hireStartBreaches('2026-11-08', phase, rules, '2026-11-23')).toEqual([
      {
        field: 'startDate',
        code: 'pairing.startTooFarInPast',
        params: { date: '2026-11-08', earliest: '2026-11-09', days: 14 },
      },
    ]);
    expect(codes(hireStartBreaches('2027-04-01', phase, rules, '2026-11-23'))).toEqual([
      'pairing.startOutsidePhase',
    ]);
    expect(earliestHireStart(phase, rules, '2026-11-23')).toBe('2026-11-09');
    expect(earliestHireStart(phase, rules, '2026-11-05')).toBe('2026-11-01');
    expect(hireStartIsPast('2026-11-22', '2026-11-23')).toBe(true);
    expect(hireStartIsPast('2026-11-23', '2026-11-23')).toBe(false);
  });
  it('law: accepted exactly from earliestHireStart to the phase’s end', () => {
    fc.assert(
      fc.property(dateArb, dateArb, fc.integer({ min: 0, max: 90 }), (start, today, days) => {
        const ok =
          hireStartBreaches(start, phase, { pastStartWindowDays: days }, today).length === 0;
        const earliest = earliestHireStart(phase, { pastStartWindowDays: days }, today);
        expect(ok).toBe(start >= earliest && start <= phase.endDate);
      }),
    );
  });
});

describe('follow-ups, payments, tranches', () => {
  it('follow-ups: up to today, not before the pairing; the next one may come later', () => {
    const pairing = { startDate: '2026-12-07', recordedOn: '2026-11-23' };
    expect(
      followUpBreaches({ on: '2026-11-23', nextOn: '2027-06-01' }, pairing, '2026-11-23'),
    ).toEqual([]);
    expect(
      codes(followUpBreaches({ on: '2026-11-24', nextOn: null }, pairing, '2026-11-23')),
    ).toEqual(['followUp.inFuture']);
    expect(
      codes(followUpBreaches({ on: '2026-11-22', nextOn: null }, pairing, '2026-11-23')),
    ).toEqual(['followUp.beforePairing']);
    expect(
      codes(followUpBreaches({ on: '2026-11-23', nextOn: '2026-11-22' }, pairing, '2026-11-23')),
    ).toEqual(['followUp.nextBeforeDate']);
  });
  it('payments: from the approval to today; tranches approved from their due date', () => {
    expect(paymentBreaches('2026-12-21', { approvedOn: '2026-12-21' }, '2026-12-21')).toEqual([]);
    expect(
      codes(paymentBreaches('2026-12-20', { approvedOn: '2026-12-21' }, '2026-12-21')),
    ).toEqual(['ledger.paidBeforeApproval']);
    expect(
      codes(paymentBreaches('2026-12-22', { approvedOn: '2026-12-21' }, '2026-12-21')),
    ).toEqual(['ledger.paidInFuture']);
    expect(trancheApprovalBreaches({ dueOn: '2026-12-07' }, '2026-12-07')).toEqual([]);
    expect(trancheApprovalBreaches({ dueOn: '2026-12-07' }, '2026-12-06')).toEqual([
      {
        field: null,
        code: 'tranche.notDueYet',
        params: { dueOn: '2026-12-07', today: '2026-12-06' },
      },
    ]);
  });
  it('refuseFirst throws the first breach as an error on its field', () => {
    expect(() => refuseFirst([])).not.toThrow();
    const thrown = (() => {
      try {
        refuseFirst(pairingEndBreaches('2026-12-08', { startDate: '2026-12-07' }, '2026-12-07'));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'pairing.endInFuture', field: 'endDate' });
  });
});
