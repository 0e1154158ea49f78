// Every timestamp the web shows goes through ONE formatter (shared/format.ts formatInstant, in
// Quebec's time zone). This guard reads the web's sources: no screen formats a date itself, and
// no instant (a field named …At) is passed to the calendar-date formatters.
import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant } from '../../shared/format';
import { webMatches } from '../helpers/webSources';

describe('timestamps on screen', () => {
  it('no screen builds its own date formatter', () => {
    expect(webMatches(/Intl\.DateTimeFormat|toLocale(Date|Time)?String\(/g)).toEqual([]);
  });

  it('no instant is written with a calendar-date formatter', () => {
    expect(webMatches(/\.(date|shortDate)\(\s*[\w.?]*At\s*[),]/g)).toEqual([]);
  });

  it('no instant is turned into a date by hand (quebecToday of anything but now)', () => {
    expect(webMatches(/quebecToday\(new Date\([^)]/g)).toEqual([]);
  });
});

describe('formatInstant', () => {
  it('writes instants in Quebec time, winter and summer, date and time or the day only', () => {
    // 23:00 on December 5 in Montréal (EST, UTC−5) is 04:00Z on the 6th.
    const lateOnThe5th = '2026-12-06T04:00:00.000Z';
    expect(formatInstant(lateOnThe5th, 'fr-CA', 'date')).toBe('5 décembre 2026');
    expect(formatInstant(lateOnThe5th, 'en-CA', 'date')).toBe('December 5, 2026');
    expect(formatInstant(lateOnThe5th, 'fr-CA', 'shortDate')).toBe('5 déc. 2026');
    expect(formatInstant(lateOnThe5th, 'fr-CA')).toMatch(/^5 déc\. 2026.*23 h 00$/);
    // EDT (UTC−4): 03:30Z on July 6 is 23:30 on July 5.
    expect(formatInstant('2026-07-06T03:30:00.000Z', 'fr-CA', 'date')).toBe('5 juillet 2026');
    // One minute after midnight in Montréal is the new day.
    expect(formatInstant('2026-12-06T05:01:00.000Z', 'fr-CA', 'date')).toBe('6 décembre 2026');
    // The first of a month, in French, is an ordinal.
    expect(formatInstant('2026-10-01T16:00:00.000Z', 'fr-CA', 'date')).toBe('1er octobre 2026');
    expect(formatDate('2026-10-01', 'fr-CA', 'medium')).toBe('1 oct. 2026');
    expect(formatInstant('not a date', 'fr-CA')).toBe('not a date');
  });
});
