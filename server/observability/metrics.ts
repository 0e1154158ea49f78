// Prometheus metrics (prom-client), one registry per composed app so tests do not share counts.
// Counters and histograms are fed where things happen (the tRPC middleware, the login, the job
// runner, the replication supervisor); gauges that describe the database (outbox backlog,
// size) are read when /metrics is scraped.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export type LoginFailureReason =
  | 'password'
  | 'throttled'
  | 'second_factor'
  | 'recovery_code'
  | 'passkey';

export interface Metrics {
  registry: Registry;
  procedureDuration: Histogram<'procedure' | 'type' | 'outcome'>;
  httpRequests: Counter<'kind' | 'method' | 'status'>;
  httpDuration: Histogram<'kind'>;
  errors: Counter<'code'>;
  loginFailures: Counter<'reason'>;
  jobRuns: Counter<'job' | 'outcome'>;
  jobLag: Gauge<'job'>;
  replicationLag: Gauge;
  replicationUp: Gauge;
  replicationRestarts: Counter;
  /** A gauge whose value is read at scrape time. */
  gaugeAtScrape(name: string, help: string, read: () => number | null): void;
  /** CPU, memory, event loop and GC of this process (the server calls it; tests need not). */
  collectProcessMetrics(): void;
}

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    procedureDuration: new Histogram({
      name: 'passerelle_procedure_duration_seconds',
      help: 'Time to run one tRPC procedure, by procedure, type and outcome (ok or error code).',
      labelNames: ['procedure', 'type', 'outcome'],
      buckets: SECONDS,
      registers,
    }),
    httpRequests: new Counter({
      name: 'passerelle_http_requests_total',
      help: 'HTTP requests answered, by kind (trpc, exports, static, health, metrics), method and status.',
      labelNames: ['kind', 'method', 'status'],
      registers,
    }),
    httpDuration: new Histogram({
      name: 'passerelle_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by kind.',
      labelNames: ['kind'],
      buckets: SECONDS,
      registers,
    }),
    errors: new Counter({
      name: 'passerelle_errors_total',
      help: 'Errors answered by procedures, by code (the error catalogue code, request.invalidInput, or internal).',
      labelNames: ['code'],
      registers,
    }),
    loginFailures: new Counter({
      name: 'passerelle_login_failures_total',
      help: 'Failed sign-in attempts, by reason.',
      labelNames: ['reason'],
      registers,
    }),
    jobRuns: new Counter({
      name: 'passerelle_job_runs_total',
      help: 'Scheduled job runs, by job and outcome.',
      labelNames: ['job', 'outcome'],
      registers,
    }),
    jobLag: new Gauge({
      name: 'passerelle_job_lag_seconds',
      help: "Delay between a job's scheduled time and the start of its last run.",
      labelNames: ['job'],
      registers,
    }),
    replicationLag: new Gauge({
      name: 'passerelle_replication_lag_seconds',
      help: 'Age of the oldest change seen by Litestream and not yet in the replica (0 when caught up).',
      registers,
    }),
    replicationUp: new Gauge({
      name: 'passerelle_replication_up',
      help: '1 while the Litestream process runs, 0 when it is down or replication is off.',
      registers,
    }),
    replicationRestarts: new Counter({
      name: 'passerelle_replication_restarts_total',
      help: 'Times the Litestream process had to be started again after it stopped.',
      registers,
    }),
    gaugeAtScrape(name, help, read) {
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const v = read();
          if (v !== null) this.set(v);
        },
      });
    },
    collectProcessMetrics() {
      collectDefaultMetrics({ register: registry, prefix: 'passerelle_' });
    },
  };
}
