// Logs and metrics of the real server (its own process, JSON logs, replication off): an
// e2e-like scenario over HTTP — every demo account signs in, a wrong password, a search by a
// person's name, a file read, hires, claims and approvals, bad input, a download — then:
// every log line is JSON with the request's id, authenticated requests carry the user id and
// role, requests carry procedure, status and duration; no line holds a name, an email or a
// session token of the demo data. /metrics answers the machine itself and a bearer token, not
// a request relayed by the proxy, and holds what operations watch.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { demoAccounts } from '../../server/seed/demoData';
import { HttpClient, killLeftServers, moneyWorkload, startServer } from '../helpers/serverProcess';

const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';

afterAll(killLeftServers);

describe('logs and metrics', () => {
  it('logs structured lines without personal data, and exposes Prometheus metrics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-logs-'));
    const dbPath = join(dir, 'passerelle.db');
    const server = await startServer({
      DATABASE_PATH: dbPath,
      SEED_DEMO: '1',
      REPLICATION: '0',
      LOG_LEVEL: 'debug',
      METRICS_TOKEN,
    });
    const health = (await (await fetch(`${server.base}/healthz`)).json()) as {
      replication: { state: string };
    };
    expect(health.replication.state).toBe('off');
    expect(server.children()).toEqual([]);

    const clients = new Map<string, HttpClient>();
    for (const a of demoAccounts) {
      const c = new HttpClient(server.base);
      await c.login(a.email);
      clients.set(a.role, c);
    }
    const stranger = new HttpClient(server.base);
    await expect(
      stranger.login(demoAccounts[0].email, 'not the password at all'),
    ).rejects.toThrow();

    const counsellor = clients.get('counsellor') ?? stranger;
    const coordinator = clients.get('coordinator') ?? stranger;
    const found = await counsellor.call<{ items: { id: number; lastName: string }[] }>(
      'jobSeekers.list',
      { q: 'Tremblay' },
      false,
    );
    const listed = await counsellor.call<{ items: { id: number }[] }>('jobSeekers.list', {}, false);
    // Every answer names its request (the id is set again on the final response).
    const answered = await fetch(
      `${server.base}/trpc/jobSeekers.list?input=${encodeURIComponent('{}')}`,
      { headers: { cookie: counsellor.cookie, 'accept-encoding': 'gzip' } },
    );
    expect(answered.status).toBe(200);
    expect(answered.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const first = listed.items[0];
    if (first) await counsellor.call('jobSeekers.get', { jobSeekerId: first.id }, false);
    expect(found.items.length + listed.items.length).toBeGreaterThan(0);
    await expect(
      counsellor.call('jobSeekers.create', { firstName: '', lastName: 'Secret-Nom' }),
    ).rejects.toThrow(/400/);

    // Unpaced for 1.5 s: enough requests for the log, well within the demo envelope.
    const load = moneyWorkload(server.base, 2, 0);
    await load.start();
    await new Promise((r) => setTimeout(r, 1_500));
    await load.stop();
    expect(load.acks.length).toBeGreaterThan(0);

    const phases = await coordinator.call<{ id: number }[]>('phases.list', undefined, false);
    const download = await fetch(
      `${server.base}/exports/phases/${phases[0]?.id}/report.xlsx?locale=fr-CA`,
      { headers: { cookie: coordinator.cookie } },
    );
    expect(download.status).toBe(200);

    // /metrics: the machine itself, or the token; never a request relayed by the proxy.
    const local = await fetch(`${server.base}/metrics`);
    expect(local.status).toBe(200);
    const relayed = await fetch(`${server.base}/metrics`, {
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    expect(relayed.status).toBe(403);
    const withToken = await fetch(`${server.base}/metrics`, {
      headers: { 'x-forwarded-for': '198.51.100.7', authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(withToken.status).toBe(200);
    const wrongToken = await fetch(`${server.base}/metrics`, {
      headers: { 'x-forwarded-for': '198.51.100.7', authorization: 'Bearer nope' },
    });
    expect(wrongToken.status).toBe(403);
    const metrics = await local.text();
    expect(metrics).toMatch(
      /^passerelle_procedure_duration_seconds_bucket\{le="0\.1",procedure="pairings\.confirmHire",type="mutation",outcome="ok"\} [1-9]/m,
    );
    expect(metrics).toMatch(
      /^passerelle_procedure_duration_seconds_count\{procedure="auth\.login",type="mutation",outcome="error"\} [1-9]/m,
    );
    expect(metrics).toMatch(/^passerelle_errors_total\{code="auth\.invalidCredentials"\} 1$/m);
    expect(metrics).toMatch(/^passerelle_errors_total\{code="request\.invalidInput"\} [1-9]/m);
    expect(metrics).toMatch(/^passerelle_login_failures_total\{reason="password"\} 1$/m);
    expect(metrics).toMatch(
      /^passerelle_http_requests_total\{kind="exports",method="GET",status="200"\} 1$/m,
    );
    expect(metrics).toMatch(/^passerelle_outbox_pending \d+$/m);
    expect(metrics).toMatch(/^passerelle_outbox_oldest_pending_age_seconds [\d.e+-]+$/m);
    expect(metrics).toMatch(/^passerelle_database_size_bytes [1-9]\d{5,}$/m);
    expect(metrics).toMatch(/^passerelle_replication_lag_seconds /m);
    expect(metrics).toMatch(/^passerelle_replication_state\{state="off"\} 1$/m);
    expect(metrics).toMatch(/^passerelle_process_resident_memory_bytes /m);
    // The job runner's first tick runs a second after start.
    await new Promise((r) => setTimeout(r, 1_200));
    const later = await (await fetch(`${server.base}/metrics`)).text();
    expect(later).toMatch(/^passerelle_job_runs_total\{job="housekeeping",outcome="ok"\} [1-9]/m);
    expect(later).toMatch(/^passerelle_job_lag_seconds\{job="housekeeping"\} [\d.e+-]+$/m);
    expect(later).toMatch(
      /^passerelle_job_last_finished_timestamp_seconds\{job="housekeeping"\} /m,
    );
    await server.stop();

    // The log: JSON lines with request facts, and no personal data or token anywhere.
    const parsed = server.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requests = parsed.filter((l) => l.msg === 'request');
    expect(requests.length).toBeGreaterThan(50);
    for (const r of requests) {
      expect(r.reqId).toEqual(expect.stringMatching(/^[\w-]{8,}$/));
      expect(typeof r.status).toBe('number');
      expect(typeof r.durationMs).toBe('number');
      expect(String(r.path)).not.toContain('?');
    }
    const hire = requests.find((r) => r.procedure === 'pairings.confirmHire');
    expect(hire).toMatchObject({ role: 'employer', status: 200, method: 'POST' });
    expect(typeof hire?.userId).toBe('number');
    const search = requests.find((r) => r.procedure === 'jobSeekers.list');
    expect(search).toMatchObject({ role: 'counsellor' });

    const db = new Database(dbPath, { readonly: true });
    const people = db
      .prepare(
        `SELECT name AS full, email FROM users
         UNION ALL SELECT first_name || ' ' || last_name, email FROM job_seekers`,
      )
      .all() as { full: string; email: string | null }[];
    const lastNames = (
      db.prepare('SELECT DISTINCT last_name AS n FROM job_seekers').all() as { n: string }[]
    ).map((r) => r.n);
    db.close();
    const forbidden = [
      ...people.flatMap((p) => [p.full, p.email ?? '']),
      ...lastNames.filter((n) => n.length >= 5),
      'Tremblay',
      'Secret-Nom',
      ...[...clients.values()].map((c) => c.cookie.split('=')[1] ?? ''),
    ].filter((s) => s.length >= 5);
    expect(forbidden.length).toBeGreaterThan(100);
    const log = server.lines.join('\n');
    const leaks = forbidden.filter((s) => log.includes(s));
    expect(leaks).toEqual([]);
  }, 240_000);
});
