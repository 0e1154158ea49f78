// Period keys of the scheduled jobs: which run is due at a given instant. A daily job at a local
// hour in Quebec (America/Toronto) is due from that hour on: before it, yesterday's run is the
// one due, so a server that was down at that hour catches up on its first tick.
import { addDays, quebecDayStart } from '../../shared/dates';

const parts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Toronto',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

function quebecDateAndHour(now: Date): { date: string; hour: number } {
  const p = Object.fromEntries(parts.formatToParts(now).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour) };
}

/** The Quebec date of the latest `hour`:00 at or before `now` (YYYY-MM-DD). */
export function dailyPeriod(now: Date, hour: number): string {
  const q = quebecDateAndHour(now);
  return q.hour >= hour ? q.date : addDays(q.date, -1);
}

/** The UTC slot of `minutes` minutes containing `now`, e.g. '2026-11-23T14:15'. */
export function slotPeriod(now: Date, minutes: number): string {
  const ms = minutes * 60_000;
  return new Date(Math.floor(now.getTime() / ms) * ms).toISOString().slice(0, 16);
}

/** The instant a daily period's run became due: `hour`:00 in Quebec on the period's date. */
export function dailyDueAt(period: string, hour: number): Date {
  const start = Date.parse(quebecDayStart(period));
  // Midnight has one offset; the hour may sit across a clock change: step until it reads right.
  for (const guess of [hour, hour - 1, hour + 1]) {
    const at = new Date(start + guess * 3_600_000);
    const q = quebecDateAndHour(at);
    if (q.date === period && q.hour === hour) return at;
  }
  return new Date(start + hour * 3_600_000);
}

/** The instant a slot period began ('2026-11-23T14:15' is UTC). */
export function slotDueAt(period: string): Date {
  return new Date(`${period}:00.000Z`);
}
