// Period keys of the scheduled jobs: which run is due at a given instant. A daily job at a local
// hour in Quebec (America/Toronto) is due from that hour on: before it, yesterday's run is the
// one due, so a server that was down at that hour catches up on its first tick.
import { addDays } from '../../shared/dates';

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
