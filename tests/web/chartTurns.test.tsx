// The dashboard's charts are drawn one per task: a chart waits for the one before it to be drawn
// (or to go), then its turn comes in a new task; one that goes while waiting never holds the line.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { awaitTurn } from '../../web/src/features/reports/chartTurns';

describe('chart turns', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.runAllTimers();
    vi.useRealTimers();
  });

  it('draws one chart per task, in order, and skips the ones that went away', () => {
    const drawn: string[] = [];
    const a = awaitTurn(() => drawn.push('a'));
    const b = awaitTurn(() => drawn.push('b'));
    const c = awaitTurn(() => drawn.push('c'));
    const d = awaitTurn(() => drawn.push('d'));
    expect(drawn).toEqual(['a']);
    // b waits while a is being drawn, whatever the timers do.
    vi.runAllTimers();
    expect(drawn).toEqual(['a']);
    a();
    // Not in the same task: the next chart comes after a timer.
    expect(drawn).toEqual(['a']);
    vi.runAllTimers();
    expect(drawn).toEqual(['a', 'b']);
    c(); // gone before its turn
    b();
    vi.runAllTimers();
    expect(drawn).toEqual(['a', 'b', 'd']);
    // d goes while holding the turn: a chart that comes later is not stuck behind it.
    d();
    vi.runAllTimers();
    const e = awaitTurn(() => drawn.push('e'));
    vi.runAllTimers();
    expect(drawn).toEqual(['a', 'b', 'd', 'e']);
    e();
  });
});
