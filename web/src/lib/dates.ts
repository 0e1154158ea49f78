// Calendar dates as Quebec sees them (YYYY-MM-DD): "today" for default dates, and the day of an
// instant (an entry made at 21 h is not dated tomorrow).
import { quebecToday } from '../../../shared/dates';

/** Today in Quebec, YYYY-MM-DD: the default of every "given on" / "paid on" date. */
export function today(): string {
  return quebecToday(new Date());
}

/** The Quebec calendar date of an instant. */
export function quebecDate(iso: string): string {
  return quebecToday(new Date(iso));
}
