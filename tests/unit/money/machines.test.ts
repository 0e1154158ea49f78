import { describe, expect, it } from 'vitest';
import {
  type ClaimStatus,
  canRecordRetention,
  canTransitionClaim,
  canTransitionDisbursement,
  canTransitionPairing,
  canTransitionTranche,
  claimActions,
  claimActionsFor,
  claimStatuses,
  claimTransitions,
  type DisbursementStatus,
  disbursementActions,
  disbursementActionsFor,
  disbursementStatuses,
  disbursementTransitions,
  endEarlyReasons,
  findClaimTransition,
  findDisbursementTransition,
  findPairingTransition,
  findTrancheTransition,
  isTerminalPairingStatus,
  ledgerEntryKinds,
  milestonesReached,
  type PairingStatus,
  pairingActions,
  pairingActionsFor,
  pairingStatuses,
  pairingTransitions,
  RETENTION_CHECK_WEEKS,
  rejectReasons,
  retentionCheckDueOn,
  retentionOutcomes,
  type TrancheStatus,
  type Transition,
  trancheActions,
  trancheActionsFor,
  trancheStatuses,
  trancheTransitions,
} from '../../../shared/money/machines';
import { type Role, roles } from '../../../shared/roles';

// The specification (BRIEF steps 7–8 and the issue), written independently of the module's
// tables: from, to, by, action, requires a reason.
type Row = readonly [string, string, Role, string, boolean];

const pairingSpec: readonly Row[] = [
  ['active', 'completed', 'counsellor', 'complete', false],
  ['active', 'completed', 'org_admin', 'complete', false],
  ['active', 'completed', 'coordinator', 'complete', false],
  ['active', 'ended_early', 'counsellor', 'endEarly', true],
  ['active', 'ended_early', 'org_admin', 'endEarly', true],
  ['active', 'ended_early', 'employer', 'endEarly', true],
  ['active', 'ended_early', 'coordinator', 'endEarly', true],
];
const claimSpec: readonly Row[] = [
  ['submitted', 'approved', 'coordinator', 'approve', false],
  ['submitted', 'rejected', 'coordinator', 'reject', true],
  // A reversing ledger entry (a correction, with its note) takes the claim out of the count.
  ['approved', 'reversed', 'coordinator', 'reverse', true],
];
const trancheSpec: readonly Row[] = [
  ['due', 'approved', 'coordinator', 'approve', false],
  ['due', 'rejected', 'coordinator', 'reject', true],
  ['approved', 'reversed', 'coordinator', 'reverse', true],
];
const disbursementSpec: readonly Row[] = [['approved', 'paid', 'coordinator', 'markPaid', false]];

interface Machine<S extends string, A extends string> {
  name: string;
  statuses: readonly S[];
  actions: readonly A[];
  table: readonly Transition<S, A>[];
  spec: readonly Row[];
  can: (from: S, to: S, by: Role) => boolean;
  actionsFor: (from: S, by: Role) => A[];
  find: (from: S, action: A, by: Role) => Transition<S, A> | null;
}

function checkMachine<S extends string, A extends string>(m: Machine<S, A>): void {
  describe(`${m.name} state machine`, () => {
    const triples = new Set(m.spec.map(([from, to, by]) => `${from}>${to}>${by}`));

    it('allows exactly the specified (from, to, by) triples', () => {
      let checked = 0;
      for (const from of m.statuses) {
        for (const to of m.statuses) {
          for (const by of roles) {
            expect(m.can(from, to, by), `${from} → ${to} by ${by}`).toBe(
              triples.has(`${from}>${to}>${by}`),
            );
            checked += 1;
          }
        }
      }
      expect(checked).toBe(m.statuses.length ** 2 * roles.length);
    });

    it('has a table equal to the specification, reasons included', () => {
      const table = m.table.map((t) => [t.from, t.to, t.by, t.action, t.requiresReason]);
      expect(table).toHaveLength(m.spec.length);
      expect(table).toEqual(expect.arrayContaining(m.spec.map((row) => [...row])));
    });

    it('finds each transition by (from, action, by) and nothing else', () => {
      for (const from of m.statuses) {
        for (const action of m.actions) {
          for (const by of roles) {
            const row = m.spec.find(([f, , b, a]) => f === from && b === by && a === action);
            const found = m.find(from, action, by);
            if (row === undefined) expect(found, `${action} from ${from} by ${by}`).toBeNull();
            else expect(found).toEqual({ from, to: row[1], by, action, requiresReason: row[4] });
          }
        }
      }
    });

    it('offers each role exactly its actions', () => {
      for (const from of m.statuses) {
        for (const by of roles) {
          const expected = [
            ...new Set(m.spec.filter(([f, , b]) => f === from && b === by).map((r) => r[3])),
          ];
          expect(m.actionsFor(from, by), `${from} by ${by}`).toEqual(expected);
        }
      }
    });
  });
}

checkMachine<PairingStatus, (typeof pairingActions)[number]>({
  name: 'pairing',
  statuses: pairingStatuses,
  actions: pairingActions,
  table: pairingTransitions,
  spec: pairingSpec,
  can: canTransitionPairing,
  actionsFor: pairingActionsFor,
  find: findPairingTransition,
});
checkMachine<ClaimStatus, (typeof claimActions)[number]>({
  name: 'claim',
  statuses: claimStatuses,
  actions: claimActions,
  table: claimTransitions,
  spec: claimSpec,
  can: canTransitionClaim,
  actionsFor: claimActionsFor,
  find: findClaimTransition,
});
checkMachine<TrancheStatus, (typeof trancheActions)[number]>({
  name: 'tranche',
  statuses: trancheStatuses,
  actions: trancheActions,
  table: trancheTransitions,
  spec: trancheSpec,
  can: canTransitionTranche,
  actionsFor: trancheActionsFor,
  find: findTrancheTransition,
});
checkMachine<DisbursementStatus, (typeof disbursementActions)[number]>({
  name: 'disbursement',
  statuses: disbursementStatuses,
  actions: disbursementActions,
  table: disbursementTransitions,
  spec: disbursementSpec,
  can: canTransitionDisbursement,
  actionsFor: disbursementActionsFor,
  find: findDisbursementTransition,
});

describe('money vocabularies', () => {
  it('lists the states, reasons, outcomes and kinds of the specification', () => {
    expect([...pairingStatuses]).toEqual(['active', 'completed', 'ended_early']);
    expect([...endEarlyReasons]).toEqual([
      'quit',
      'dismissed',
      'health',
      'moved',
      'other_job',
      'other',
    ]);
    expect([...retentionOutcomes]).toEqual(['employed', 'not_employed', 'unknown']);
    expect([...claimStatuses]).toEqual(['submitted', 'approved', 'rejected', 'reversed']);
    expect([...rejectReasons]).toEqual([
      'proof_missing_or_unreadable',
      'missing_documents',
      'hours_not_eligible',
      'outside_period',
      'duplicate',
      'other',
    ]);
    expect([...trancheStatuses]).toEqual(['due', 'approved', 'rejected', 'reversed']);
    expect([...ledgerEntryKinds]).toEqual(['wage_subsidy', 'accompaniment', 'reversal']);
    expect([...disbursementStatuses]).toEqual(['approved', 'paid']);
  });

  it('ends pairings in completed or ended early, and nowhere else', () => {
    expect(pairingStatuses.filter(isTerminalPairingStatus)).toEqual(['completed', 'ended_early']);
  });
});

describe('retention check', () => {
  it('is due 12 weeks after the end', () => {
    expect(RETENTION_CHECK_WEEKS).toBe(12);
    expect(retentionCheckDueOn('2025-03-31')).toBe('2025-06-23');
    expect(retentionCheckDueOn('2025-12-15')).toBe('2026-03-09');
  });

  it('is recorded by the organisation or the coordinator once the pairing has ended', () => {
    const recorders = new Set<Role>(['counsellor', 'org_admin', 'coordinator']);
    for (const status of pairingStatuses) {
      for (const by of roles) {
        expect(canRecordRetention(status, by), `${status} by ${by}`).toBe(
          status !== 'active' && recorders.has(by),
        );
      }
    }
  });
});

describe('milestonesReached', () => {
  it.each([
    ['active', null, ['hire']],
    ['completed', null, ['hire', 'completion']],
    ['completed', 'unknown', ['hire', 'completion']],
    ['completed', 'employed', ['hire', 'completion', 'retention']],
    ['completed', 'not_employed', ['hire', 'completion', 'retention']],
    ['ended_early', null, ['hire']],
    ['ended_early', 'unknown', ['hire']],
    ['ended_early', 'employed', ['hire', 'retention']],
    ['ended_early', 'not_employed', ['hire', 'retention']],
    ['active', 'employed', ['hire']],
  ] as const)('%s with retention %s → %j', (status, retentionOutcome, expected) => {
    expect(milestonesReached({ status, retentionOutcome })).toEqual(expected);
  });
});
