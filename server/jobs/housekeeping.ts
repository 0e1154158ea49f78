// Periodic work inside the server, run every 15 minutes by the job runner (runner.ts): purge
// expired sessions, old login failures and old housekeeping runs, remind employers of unanswered
// proposals, expire stale ones, anonymise files past the retention period, delete employer
// requests nobody confirmed or took in charge, drop proofs uploaded but never attached to a
// claim, remove stored files no row refers to, and re-analyse a table whose size changed a lot
// (the query planner's statistics, server/db/plannerStats.ts). Each task is
// idempotent, so running it again (or after a restart) does nothing twice.
import { and, eq, lt } from 'drizzle-orm';
import { refreshPlannerStatistics } from '../db/plannerStats';
import { jobRuns } from '../db/schema';
import type { Deps } from '../deps';
import { purgeOldFailures } from '../features/auth/loginThrottle';
import { purgeExpiredSessions } from '../features/auth/sessions';
import { anonymiseExpiredFiles } from '../features/jobSeekers/retention';
import { purgeStaleStagedProofs } from '../features/proofs/proofs';
import {
  expireUnansweredProposals,
  remindUnansweredProposals,
} from '../features/proposals/expireProposals';
import { purgeOldRateLimitHits } from '../features/rateLimits/rateLimit';
import { purgeUnconfirmedRequests, purgeUntakenRequests } from '../features/recruit/purgeRequests';
import { sweepFiles } from '../files/fileReferences';

export function runHousekeeping(deps: Deps): void {
  const tasks: [string, () => unknown][] = [
    ['sessions', () => purgeExpiredSessions(deps)],
    ['login failures', () => purgeOldFailures(deps.db, deps.clock.now())],
    ['proposal reminders', () => remindUnansweredProposals(deps)],
    ['proposal expiry', () => expireUnansweredProposals(deps)],
    ['retention', () => anonymiseExpiredFiles(deps)],
    ['staged proofs', () => purgeStaleStagedProofs(deps)],
    ['unused files', () => sweepFiles(deps)],
    ['unconfirmed employer requests', () => purgeUnconfirmedRequests(deps)],
    ['untaken employer requests', () => purgeUntakenRequests(deps)],
    ['rate limit hits', () => purgeOldRateLimitHits(deps.db, deps.clock.now())],
    ['job runs', () => purgeOldHousekeepingRuns(deps)],
    ['planner statistics', () => refreshPlannerStatistics(deps.db.$client)],
  ];
  for (const [name, task] of tasks) {
    try {
      task();
    } catch (err) {
      deps.log(`[jobs] ${name} failed: ${err instanceof Error ? err.stack : String(err)}`);
    }
  }
}

/** One housekeeping run is recorded per quarter hour: two days of them are enough. */
function purgeOldHousekeepingRuns(deps: Deps) {
  const before = new Date(deps.clock.now().getTime() - 2 * 86_400_000).toISOString();
  deps.db
    .delete(jobRuns)
    .where(and(eq(jobRuns.job, 'housekeeping'), lt(jobRuns.startedAt, before)))
    .run();
}
