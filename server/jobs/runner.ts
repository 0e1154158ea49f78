// The scheduled job runner, inside the server (no external cron). Each job names the period due
// at a given instant; a run is recorded in job_runs (job, period) and a recorded period is never
// run again, so ticking twice, running two servers, or restarting sends nothing twice, and the
// first tick after a restart catches up on a period missed while the server was down.
import { and, eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../db/client';
import { jobRuns } from '../db/schema';
import type { Deps } from '../deps';
import { notifyAccompanimentDue } from '../features/notifications/accompanimentDue';
import { sendDigests } from '../features/notifications/digest';
import { runHousekeeping } from './housekeeping';
import { dailyDueAt, dailyPeriod, slotDueAt, slotPeriod } from './schedule';

interface JobBase {
  name: string;
  /** The key of the period due at `now`. */
  period(now: Date): string;
  /** When that period's run became due (for the lag metric). */
  dueAt?(period: string): Date;
}

/** Work done in the same transaction that records the run: it happens wholly once, or not at all. */
interface TransactionalJob extends JobBase {
  inTransaction(deps: Deps, tx: Tx, period: string, now: Date): void;
}

/** Work that opens its own transactions (each idempotent): the run is recorded first. */
interface TaskJob extends JobBase {
  tasks(deps: Deps, now: Date): void;
}

export type ScheduledJob = TransactionalJob | TaskJob;

/** In order: reminders become notifications before the digest that lists them. */
export const scheduledJobs: ScheduledJob[] = [
  {
    name: 'housekeeping',
    period: (now) => slotPeriod(now, 15),
    dueAt: slotDueAt,
    tasks: (deps) => runHousekeeping(deps),
  },
  {
    name: 'accompaniment-due',
    period: (now) => dailyPeriod(now, 6),
    dueAt: (period) => dailyDueAt(period, 6),
    inTransaction: (deps, tx, _period, now) => notifyAccompanimentDue(deps, tx, now),
  },
  {
    name: 'daily-digest',
    period: (now) => dailyPeriod(now, 7),
    dueAt: (period) => dailyDueAt(period, 7),
    inTransaction: (deps, tx, period, now) => sendDigests(deps, tx, period, now),
  },
];

function claim(db: DbOrTx, job: string, period: string, now: Date): boolean {
  return (
    db
      .insert(jobRuns)
      .values({ job, period, startedAt: now.toISOString() })
      .onConflictDoNothing()
      .run().changes === 1
  );
}

function finish(db: DbOrTx, job: string, period: string, now: Date) {
  db.update(jobRuns)
    .set({ finishedAt: now.toISOString() })
    .where(and(eq(jobRuns.job, job), eq(jobRuns.period, period)))
    .run();
}

/** Runs every job whose current period has not run yet; returns 'job:period' of those run. */
export function runDueJobs(deps: Deps, jobs: ScheduledJob[] = scheduledJobs): string[] {
  const ran: string[] = [];
  for (const job of jobs) {
    const now = deps.clock.now();
    const period = job.period(now);
    try {
      let done = false;
      if ('inTransaction' in job) {
        done = deps.db.transaction(
          (tx) => {
            if (!claim(tx, job.name, period, now)) return false;
            job.inTransaction(deps, tx, period, now);
            finish(tx, job.name, period, deps.clock.now());
            return true;
          },
          { behavior: 'immediate' },
        );
      } else if (claim(deps.db, job.name, period, now)) {
        job.tasks(deps, now);
        finish(deps.db, job.name, period, deps.clock.now());
        done = true;
      }
      if (done) {
        ran.push(`${job.name}:${period}`);
        deps.metrics.jobRuns.inc({ job: job.name, outcome: 'ok' });
        const due = job.dueAt?.(period);
        if (due) {
          const lag = Math.max(0, (now.getTime() - due.getTime()) / 1000);
          deps.metrics.jobLag.set({ job: job.name }, lag);
        }
      }
    } catch (err) {
      deps.metrics.jobRuns.inc({ job: job.name, outcome: 'failed' });
      deps.log(
        `[jobs] ${job.name} ${period} failed: ${err instanceof Error ? err.stack : String(err)}`,
      );
    }
  }
  return ran;
}

export interface JobRunner {
  tick(): string[];
  start(intervalMs?: number): void;
  stop(): void;
}

export function createJobRunner(deps: Deps, jobs: ScheduledJob[] = scheduledJobs): JobRunner {
  let timer: NodeJS.Timeout | undefined;
  const runner: JobRunner = {
    tick: () => runDueJobs(deps, jobs),
    /**
     * Ticks a second after start (once the server listens: a catch-up never delays the first
     * answer), then every minute, so a daily job runs within a minute of its hour.
     */
    start(intervalMs = 60_000) {
      setTimeout(() => runner.tick(), 1_000).unref();
      timer = setInterval(() => runner.tick(), intervalMs);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
    },
  };
  return runner;
}
