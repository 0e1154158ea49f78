import { describe, expect, it } from 'vitest';
import {
  activeProposalStatuses,
  canTransitionProposal,
  declineReasons,
  findProposalTransition,
  isActiveProposal,
  isTerminalProposalStatus,
  PROPOSAL_EXPIRY_DAYS,
  PROPOSAL_REMINDER_DAYS,
  type ProposalAction,
  type ProposalActor,
  type ProposalStatus,
  proposalActions,
  proposalActionsFor,
  proposalActors,
  proposalStatuses,
  proposalTransitions,
} from '../../../shared/proposals/proposalMachine';

type Row = readonly [ProposalStatus, ProposalStatus, ProposalActor, ProposalAction, boolean];

// The specification (BRIEF step 5), written independently of the module's table:
// from, to, by, action, requires a reason.
const expected: readonly Row[] = [
  ['proposed', 'interview', 'employer', 'inviteToInterview', false],
  ['proposed', 'declined', 'employer', 'decline', true],
  ['interview', 'declined', 'employer', 'decline', true],
  ['proposed', 'hired', 'employer', 'hire', false],
  ['interview', 'hired', 'employer', 'hire', false],
  ['proposed', 'withdrawn', 'counsellor', 'withdraw', false],
  ['interview', 'withdrawn', 'counsellor', 'withdraw', false],
  ['proposed', 'expired', 'system', 'expire', false],
  ['interview', 'expired', 'system', 'expire', false],
];
const expectedTriples = new Set(expected.map(([from, to, by]) => `${from}>${to}>${by}`));
const terminal = ['hired', 'declined', 'withdrawn', 'expired'] as const;

describe('proposal state machine', () => {
  it('lists the six states', () => {
    expect([...proposalStatuses]).toEqual([
      'proposed',
      'interview',
      'hired',
      'declined',
      'withdrawn',
      'expired',
    ]);
  });

  it('allows exactly the specified (from, to, by) triples', () => {
    let checked = 0;
    for (const from of proposalStatuses) {
      for (const to of proposalStatuses) {
        for (const by of proposalActors) {
          const allowed = expectedTriples.has(`${from}>${to}>${by}`);
          expect(canTransitionProposal(from, to, by), `${from} → ${to} by ${by}`).toBe(allowed);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(6 * 6 * 3);
  });

  it('has a table equal to the specification, reasons included', () => {
    const table = proposalTransitions.map((t) => [t.from, t.to, t.by, t.action, t.requiresReason]);
    expect(table).toHaveLength(expected.length);
    expect(table).toEqual(expect.arrayContaining(expected.map((row) => [...row])));
  });

  it('finds each transition by (from, action, by) and nothing else', () => {
    for (const from of proposalStatuses) {
      for (const action of proposalActions) {
        for (const by of proposalActors) {
          const row = expected.find(([f, , b, a]) => f === from && b === by && a === action);
          const found = findProposalTransition(from, action, by);
          if (row === undefined) {
            expect(found, `${action} from ${from} by ${by}`).toBeNull();
          } else {
            expect(found).toEqual({ from, to: row[1], by, action, requiresReason: row[4] });
          }
        }
      }
    }
  });

  it('requires a reason to decline, and only to decline', () => {
    for (const t of proposalTransitions) expect(t.requiresReason).toBe(t.action === 'decline');
  });

  it('offers the right actions to each actor', () => {
    expect(proposalActionsFor('proposed', 'employer')).toEqual([
      'inviteToInterview',
      'decline',
      'hire',
    ]);
    expect(proposalActionsFor('interview', 'employer')).toEqual(['decline', 'hire']);
    expect(proposalActionsFor('proposed', 'counsellor')).toEqual(['withdraw']);
    expect(proposalActionsFor('interview', 'counsellor')).toEqual(['withdraw']);
    expect(proposalActionsFor('proposed', 'system')).toEqual(['expire']);
    expect(proposalActionsFor('interview', 'system')).toEqual(['expire']);
  });

  it('offers no action in the terminal states', () => {
    for (const status of terminal) {
      expect(isTerminalProposalStatus(status)).toBe(true);
      for (const by of proposalActors) expect(proposalActionsFor(status, by)).toEqual([]);
    }
    expect(isTerminalProposalStatus('proposed')).toBe(false);
    expect(isTerminalProposalStatus('interview')).toBe(false);
  });

  it('counts proposed and interview as active, nothing else', () => {
    expect([...activeProposalStatuses]).toEqual(['proposed', 'interview']);
    for (const status of proposalStatuses) {
      expect(isActiveProposal(status), status).toBe(
        status === 'proposed' || status === 'interview',
      );
    }
  });

  it('has the decline reasons and delays of the specification', () => {
    expect([...declineReasons]).toEqual([
      'profile_mismatch',
      'position_filled',
      'not_available',
      'no_show',
      'candidate_declined',
      'other',
    ]);
    expect(PROPOSAL_REMINDER_DAYS).toBe(7);
    expect(PROPOSAL_EXPIRY_DAYS).toBe(30);
  });
});
