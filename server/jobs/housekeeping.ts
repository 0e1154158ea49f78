// Periodic work inside the server (no external cron): purge expired sessions and old login
// failures, remind employers of unanswered proposals, expire stale ones, anonymise files past
// the retention period. Each task is
// idempotent, so running it again (or after a restart) does nothing twice.
import type { Deps } from '../deps';
import { purgeOldFailures } from '../features/auth/loginThrottle';
import { purgeExpiredSessions } from '../features/auth/sessions';
import { anonymiseExpiredFiles } from '../features/jobSeekers/retention';
import {
  expireUnansweredProposals,
  remindUnansweredProposals,
} from '../features/proposals/expireProposals';

export function runHousekeeping(deps: Deps): void {
  const tasks: [string, () => unknown][] = [
    ['sessions', () => purgeExpiredSessions(deps)],
    ['login failures', () => purgeOldFailures(deps.db, deps.clock.now())],
    ['proposal reminders', () => remindUnansweredProposals(deps)],
    ['proposal expiry', () => expireUnansweredProposals(deps)],
    ['retention', () => anonymiseExpiredFiles(deps)],
  ];
  for (const [name, task] of tasks) {
    try {
      task();
    } catch (err) {
      deps.log(`[jobs] ${name} failed: ${err instanceof Error ? err.stack : String(err)}`);
    }
  }
}

export function startHousekeeping(deps: Deps, intervalMs = 15 * 60_000): () => void {
  runHousekeeping(deps);
  const timer = setInterval(() => runHousekeeping(deps), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
