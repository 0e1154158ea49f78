// Calendar dates as Quebec sees them (YYYY-MM-DD): "today" for default dates. Instants are shown
// through useLocaleFormat().instant (shared/format.ts), in Quebec time.
import { quebecToday } from '../../../shared/dates';

/** Today in Quebec, YYYY-MM-DD: the default of every "given on" / "paid on" date. */
export function today(): string {
  return quebecToday(new Date());
}
