// Gauges read from the database when /metrics is scraped: the email outbox's backlog and the
// age of its oldest waiting message, the database's size on disk, when each scheduled job last
// finished, and the replication lag (kept by the Litestream supervisor).
import { statSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { Gauge } from 'prom-client';
import type { Deps } from '../deps';

export function registerDatabaseGauges(deps: Deps): void {
  const { metrics, db } = deps;
  const registers = [metrics.registry];
  const outbox = () =>
    db.get<{ pending: number; failed: number; oldest: string | null }>(sql`
      SELECT
        (SELECT count(*) FROM outbox WHERE status = 'pending') AS pending,
        (SELECT count(*) FROM outbox WHERE status = 'failed') AS failed,
        (SELECT min(created_at) FROM outbox WHERE status = 'pending') AS oldest`);

  new Gauge({
    name: 'passerelle_outbox_pending',
    help: 'Emails waiting in the outbox (not sent yet, still retried).',
    registers,
    collect() {
      this.set(outbox().pending);
    },
  });
  new Gauge({
    name: 'passerelle_outbox_failed',
    help: 'Emails given up after every retry.',
    registers,
    collect() {
      this.set(outbox().failed);
    },
  });
  new Gauge({
    name: 'passerelle_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest email still waiting in the outbox (0 when none waits).',
    registers,
    collect() {
      const oldest = outbox().oldest;
      this.set(oldest ? Math.max(0, (deps.clock.now().getTime() - Date.parse(oldest)) / 1000) : 0);
    },
  });
  new Gauge({
    name: 'passerelle_database_size_bytes',
    help: 'Size of the SQLite database: its pages plus the WAL file.',
    registers,
    collect() {
      const sqlite = db.$client;
      const pages = Number(sqlite.pragma('page_count', { simple: true }));
      const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
      let wal = 0;
      if (!sqlite.memory) {
        try {
          wal = statSync(`${sqlite.name}-wal`).size;
        } catch {
          wal = 0;
        }
      }
      this.set(pages * pageSize + wal);
    },
  });
  new Gauge({
    name: 'passerelle_job_last_finished_timestamp_seconds',
    help: 'When each scheduled job last finished a run (Unix time).',
    labelNames: ['job'],
    registers,
    collect() {
      const rows = db.all<{ job: string; at: string | null }>(
        sql`SELECT job, max(finished_at) AS at FROM job_runs GROUP BY job`,
      );
      for (const r of rows) if (r.at) this.set({ job: r.job }, Date.parse(r.at) / 1000);
    },
  });
  new Gauge({
    name: 'passerelle_replication_state',
    help: 'Replication state: 1 on the current state (off, unavailable, starting, running, restarting).',
    labelNames: ['state'],
    registers,
    collect() {
      const current = deps.replication.status().state;
      for (const s of ['off', 'unavailable', 'starting', 'running', 'restarting'])
        this.set({ state: s }, s === current ? 1 : 0);
    },
  });
}
