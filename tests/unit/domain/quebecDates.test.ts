// Quebec calendar days as UTC instants: the audit history's date filters depend on them.
import { describe, expect, it } from 'vitest';
import { quebecDayStart, quebecToday } from '../../../shared/dates';

describe('quebecDayStart', () => {
  it('is 05:00Z in winter and 04:00Z in summer', () => {
    expect(quebecDayStart('2026-01-15')).toBe('2026-01-15T05:00:00.000Z');
    expect(quebecDayStart('2026-07-01')).toBe('2026-07-01T04:00:00.000Z');
  });

  it('follows the clock changes (8 March and 1 November 2026)', () => {
    expect(quebecDayStart('2026-03-08')).toBe('2026-03-08T05:00:00.000Z');
    expect(quebecDayStart('2026-03-09')).toBe('2026-03-09T04:00:00.000Z');
    expect(quebecDayStart('2026-11-01')).toBe('2026-11-01T04:00:00.000Z');
    expect(quebecDayStart('2026-11-02')).toBe('2026-11-02T05:00:00.000Z');
  });

  it('is the first instant of that Quebec day: a millisecond before is the day before', () => {
    for (const day of ['2026-02-10', '2026-06-21', '2026-11-23']) {
      const start = new Date(quebecDayStart(day));
      expect(quebecToday(start)).toBe(day);
      expect(quebecToday(new Date(start.getTime() - 1))).not.toBe(day);
    }
  });
});
