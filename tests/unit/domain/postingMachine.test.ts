import { describe, expect, it } from 'vitest';
import {
  canTransitionPosting,
  findPostingTransition,
  isTerminalPostingStatus,
  type PostingAction,
  type PostingActor,
  type PostingStatus,
  postingActions,
  postingActionsFor,
  postingActors,
  postingStatuses,
  postingTransitions,
} from '../../../shared/postings/postingMachine';

// The specification (BRIEF step 2), written independently of the module's table.
const expected: ReadonlyArray<
  readonly [PostingStatus, PostingStatus, PostingActor, PostingAction]
> = [
  ['draft', 'open', 'employer', 'publish'],
  ['draft', 'closed', 'employer', 'close'],
  ['open', 'closed', 'employer', 'close'],
  ['open', 'filled', 'employer', 'markFilled'],
  ['open', 'filled', 'system', 'fill'],
];
const expectedTriples = new Set(expected.map(([from, to, by]) => `${from}>${to}>${by}`));

describe('posting state machine', () => {
  it('lists exactly the states draft, open, filled, closed', () => {
    expect([...postingStatuses]).toEqual(['draft', 'open', 'filled', 'closed']);
  });

  it('allows exactly the specified (from, to, by) triples', () => {
    let checked = 0;
    for (const from of postingStatuses) {
      for (const to of postingStatuses) {
        for (const by of postingActors) {
          const allowed = expectedTriples.has(`${from}>${to}>${by}`);
          expect(canTransitionPosting(from, to, by), `${from} → ${to} by ${by}`).toBe(allowed);
          checked += 1;
        }
      }
    }
    expect(checked).toBe(4 * 4 * 2);
  });

  it('has a table equal to the specification', () => {
    const table = postingTransitions.map((t) => [t.from, t.to, t.by, t.action]);
    expect(table).toHaveLength(expected.length);
    expect(table).toEqual(expect.arrayContaining(expected.map((row) => [...row])));
  });

  it('finds each transition by (from, action, by) and nothing else', () => {
    for (const from of postingStatuses) {
      for (const action of postingActions) {
        for (const by of postingActors) {
          const row = expected.find(([f, , b, a]) => f === from && b === by && a === action);
          const found = findPostingTransition(from, action, by);
          if (row === undefined) {
            expect(found, `${action} from ${from} by ${by}`).toBeNull();
          } else {
            expect(found).toEqual({ from, to: row[1], by, action });
          }
        }
      }
    }
  });

  it('offers the right actions to each actor', () => {
    expect(postingActionsFor('draft', 'employer')).toEqual(['publish', 'close']);
    expect(postingActionsFor('draft', 'system')).toEqual([]);
    expect(postingActionsFor('open', 'employer')).toEqual(['close', 'markFilled']);
    expect(postingActionsFor('open', 'system')).toEqual(['fill']);
  });

  it('offers no action in the terminal states filled and closed', () => {
    for (const status of ['filled', 'closed'] as const) {
      expect(isTerminalPostingStatus(status)).toBe(true);
      for (const by of postingActors) expect(postingActionsFor(status, by)).toEqual([]);
    }
    expect(isTerminalPostingStatus('draft')).toBe(false);
    expect(isTerminalPostingStatus('open')).toBe(false);
  });
});
