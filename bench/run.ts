// The benchmark: `npm run bench -- [--scale 0.1] [--quick] [--db file.db] [--out results.json]`.
//
// In ONE run on this machine: a raw Hono "hello" baseline, then the real built server
// (dist/server/main.js, production mode) on the benchmark database, each in its own process,
// measured over loopback only. Prints a table and writes the results as JSON. Every loop is
// bounded in count and in time; child processes are killed on exit.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { composeDeps } from '../server/compose';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { confirmHire } from '../server/features/pairings/confirmHire';
import { BENCH_ACCOUNTS, BENCH_PASSWORD, type DatasetCounts, generate } from './generate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = '127.0.0.1';

// Arguments -----------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const scale = Number(arg('--scale') ?? '0.1');
const quick = argv.includes('--quick');
const dbPath = resolve(arg('--db') ?? join(root, 'bench', 'data', `bench-${scale}.db`));
const outPath = resolve(arg('--out') ?? join(root, 'bench', 'results.json'));
if (!(scale > 0 && scale <= 10)) {
  console.error(
    'usage: npm run bench -- [--scale 0<s<=10] [--quick] [--db file.db] [--out file.json]',
  );
  process.exit(2);
}
const durations = quick
  ? { baselineS: 1, listS: 1, matchN: 20, reportN: 10, hireS: 1, hireMax: 3_000 }
  : { baselineS: 5, listS: 5, matchN: 100, reportN: 50, hireS: 5, hireMax: 30_000 };
const HIRE_CONCURRENCY = 4;
const MATCH_WARMUP = 10;

// Child processes: tracked, killed on every exit path ------------------------------------------
const children = new Set<ChildProcess>();
function killAll() {
  for (const child of children) {
    if (child.exitCode === null && child.pid) {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }
  }
  children.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

function startChild(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-4_000);
  });
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (code !== 0 && code !== null && signal === null) {
      console.error(`child ${args.join(' ')} exited with ${code}\n${stderr}`);
    }
  });
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, HOST, () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => res(port));
    });
  });
}

/** Polls `url` until it answers 200; returns the milliseconds since `since`. Bounded in time. */
async function waitFor200(url: string, since: number, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = since + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`process exited (${child.exitCode}) before ${url}`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now() - since;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs} ms`);
}

/** A process's CPU time (user + system), in ms, from /proc (0 where there is none). */
function cpuMs(pid: number | undefined): number {
  if (!pid || !existsSync(`/proc/${pid}/stat`)) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) * 10;
}

function rssMb(pid: number | undefined): number {
  if (!pid) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? '0');
  return round(kb / 1024, 1);
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[rank] ?? 0);
}

async function load(url: string, seconds: number, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: 50, duration: seconds, headers });
  const bad = result.non2xx + result.errors + result.timeouts;
  if (bad > result.requests.total * 0.01) {
    throw new Error(`${url}: ${bad} failed requests out of ${result.requests.total}`);
  }
  return {
    rps: round(result.requests.average, 0),
    p50: round(result.latency.p50),
    p99: round(result.latency.p99),
  };
}

// Build and data --------------------------------------------------------------------------------
function ensureBuilt() {
  const server = join(root, 'dist', 'server', 'main.js');
  const web = join(root, 'dist', 'web', 'index.html');
  if (existsSync(server) && existsSync(web)) return;
  console.log('dist/ missing: npm run build');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', timeout: 300_000 });
  if (r.status !== 0 || !existsSync(server) || !existsSync(web))
    throw new Error('npm run build failed');
}

function datasetCounts(db: Database.Database): DatasetCounts {
  const n = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    organisations: n('organisations'),
    phases: n('phases'),
    job_seekers: n('job_seekers'),
    businesses: n('businesses'),
    postings: n('postings'),
    proposals: n('proposals'),
    proposal_events: n('proposal_events'),
    pairings: n('pairings'),
    follow_ups: n('follow_ups'),
    ledger_entries: n('ledger_entries'),
    payments: n('payments'),
    consents: n('consents'),
    notifications: n('notifications'),
    users: n('users'),
  };
}

/**
 * Direct inserts before the server starts: fresh open postings of business 1 (500 positions
 * each) and fresh job seekers with one proposal each, for the bench employer to hire. They
 * belong to the last organisation (never the bench counsellor's, whose matching is measured),
 * and what was not hired is deleted after the run (removeUnusedHires), so runs do not pile up.
 */
interface PreparedHires {
  proposalIds: number[];
  seekerIds: number[];
  postingIds: number[];
}
function prepareHires(db: Database.Database, count: number): PreparedHires {
  const now = new Date().toISOString();
  const today = now.slice(0, 10);
  const employer = db
    .prepare('SELECT id FROM users WHERE email = ?')
    .get(BENCH_ACCOUNTS.employer) as { id: number } | undefined;
  const counsellor = db
    .prepare(
      "SELECT id, organisation_id AS org FROM users WHERE role = 'counsellor' ORDER BY organisation_id DESC LIMIT 1",
    )
    .get() as { id: number; org: number } | undefined;
  if (!employer || !counsellor) throw new Error('bench accounts missing: regenerate the dataset');
  const insPosting = db.prepare(
    `INSERT INTO postings (business_id, title, noc_code, region_code, city, hours_per_week,
      hourly_wage_cents, positions, start_date, duration_weeks, skills, languages, status,
      created_by, created_at, updated_at, opened_at)
     VALUES (1, 'Poste (banc d’essai)', '65100', '06', 'Montréal', 35, 2000, 500, ?, 12,
      '[]', '["fr"]', 'open', ?, ?, ?, ?)`,
  );
  const insSeeker = db.prepare(
    `INSERT INTO job_seekers (organisation_id, first_name, last_name, region_code, city,
      target_noc_codes, hours_per_week, available_from, languages, can_be_proposed, status,
      created_by, created_at, updated_at)
     VALUES (?, 'Banc', 'Essai', '06', 'Montréal', '["65100"]', 35, ?, '["fr"]', 1, 'active', ?, ?, ?)`,
  );
  const insProposal = db.prepare(
    `INSERT INTO proposals (posting_id, job_seeker_id, organisation_id, proposed_by, status,
      created_at, updated_at) VALUES (?, ?, ?, ?, 'proposed', ?, ?)`,
  );
  const insEvent = db.prepare(
    `INSERT INTO proposal_events (proposal_id, at, actor_user_id, to_status) VALUES (?, ?, ?, 'proposed')`,
  );
  const prepared: PreparedHires = { proposalIds: [], seekerIds: [], postingIds: [] };
  db.transaction(() => {
    let postingId = 0;
    for (let i = 0; i < count; i++) {
      if (i % 450 === 0) {
        postingId = Number(insPosting.run(today, employer.id, now, now, now).lastInsertRowid);
        prepared.postingIds.push(postingId);
      }
      const seekerId = Number(
        insSeeker.run(counsellor.org, today, counsellor.id, now, now).lastInsertRowid,
      );
      const proposalId = Number(
        insProposal.run(postingId, seekerId, counsellor.org, counsellor.id, now, now)
          .lastInsertRowid,
      );
      insEvent.run(proposalId, now, counsellor.id);
      prepared.proposalIds.push(proposalId);
      prepared.seekerIds.push(seekerId);
    }
  })();
  return prepared;
}

/** Deletes the prepared proposals that were not hired, their people, and unused postings. */
function removeUnusedHires(dbFile: string, prepared: PreparedHires) {
  const db = new Database(dbFile);
  db.pragma('busy_timeout = 5000');
  const unused = db.prepare('SELECT status FROM proposals WHERE id = ?');
  const delEvents = db.prepare('DELETE FROM proposal_events WHERE proposal_id = ?');
  const delProposal = db.prepare('DELETE FROM proposals WHERE id = ?');
  const delSeeker = db.prepare('DELETE FROM job_seekers WHERE id = ?');
  const delPosting = db.prepare(
    'DELETE FROM postings WHERE id = ? AND NOT EXISTS (SELECT 1 FROM proposals WHERE posting_id = ?)',
  );
  db.transaction(() => {
    prepared.proposalIds.forEach((id, i) => {
      const row = unused.get(id) as { status: string } | undefined;
      if (row?.status !== 'proposed') return;
      delEvents.run(id);
      delProposal.run(id);
      delSeeker.run(prepared.seekerIds[i]);
    });
    for (const id of prepared.postingIds) delPosting.run(id, id);
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** The confirm-hire use case called directly, in this process, for `seconds` at most. */
function hireInProcess(
  proposalIds: number[],
  seconds: number,
  terms: { startDate: string; hourlyWageCents: number; hoursPerWeek: number; plannedWeeks: number },
) {
  const config = loadConfig({ NODE_ENV: 'production', SEED_DEMO: '0', DATABASE_PATH: dbPath });
  const deps = composeDeps(config, { db: openDatabase(dbPath), log: () => {} });
  const employer = deps.db.$client
    .prepare('SELECT id, business_id AS businessId FROM users WHERE email = ?')
    .get(BENCH_ACCOUNTS.employer) as { id: number; businessId: number };
  const actor = {
    userId: employer.id,
    role: 'employer' as const,
    organisationId: null,
    businessId: employer.businessId,
    sessionId: 'bench',
  };
  const req = { ip: '127.0.0.1', userAgent: 'bench' };
  let hired = 0;
  const start = performance.now();
  const end = start + seconds * 1_000;
  for (const proposalId of proposalIds) {
    if (performance.now() > end) break;
    confirmHire(deps, actor, { proposalId, ...terms }, req);
    hired++;
  }
  const perS = round(hired / ((performance.now() - start) / 1_000), 1);
  deps.db.$client.close();
  return { hired, perS };
}

// tRPC over HTTP ---------------------------------------------------------------------------------
class Client {
  cookie = '';
  constructor(readonly base: string) {}
  private headers(): Record<string, string> {
    return { 'content-type': 'application/json', origin: this.base, cookie: this.cookie };
  }
  async login(email: string) {
    const res = await fetch(`${this.base}/trpc/auth.login`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify({ email, password: BENCH_PASSWORD }),
    });
    await res.arrayBuffer();
    const cookie = res.headers.getSetCookie().find((c) => c.includes('passerelle_session='));
    if (res.status !== 200 || !cookie) throw new Error(`login ${email}: HTTP ${res.status}`);
    this.cookie = cookie.split(';')[0] ?? '';
  }
  queryUrl(path: string, input: unknown) {
    return `${this.base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
  }
  /** One call, timed (ms); throws on a non-200 answer. */
  async timed(path: string, input: unknown, mutation = false): Promise<number> {
    const t = performance.now();
    const res = mutation
      ? await fetch(`${this.base}/trpc/${path}`, {
          method: 'POST',
          headers: this.headers(),
          body: JSON.stringify(input),
        })
      : await fetch(this.queryUrl(path, input), { headers: this.headers() });
    const body = await res.text();
    const ms = performance.now() - t;
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status} ${body.slice(0, 300)}`);
    return ms;
  }
}

// SPA size ------------------------------------------------------------------------------------
function spaSizes() {
  const webRoot = join(root, 'dist', 'web');
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) initial.add(m[1] ?? '');
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) {
    initial.add(m[1] ?? '');
  }
  const gz = (file: string) => gzipSync(readFileSync(file)).length / 1024;
  let initialKb = 0;
  for (const src of initial) if (src) initialKb += gz(join(webRoot, src.replace(/^\//, '')));
  const assets = join(webRoot, 'assets');
  const chunks = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const lazy = chunks.filter((f) => ![...initial].some((s) => s.endsWith(`/${f}`)));
  // The largest route (lazy) chunk; with no code splitting, the largest chunk there is.
  const largestKb = Math.max(
    0,
    ...(lazy.length > 0 ? lazy : chunks).map((f) => gz(join(assets, f))),
  );
  return { initialKb: round(initialKb, 1), largestKb: round(largestKb, 1), chunks: chunks.length };
}

// The run ---------------------------------------------------------------------------------------
async function main() {
  const startedAt = new Date();
  ensureBuilt();
  if (!existsSync(dbPath)) {
    console.log(`No dataset at ${dbPath}: generating scale ${scale}`);
    const t = Date.now();
    await generate({ scale, out: dbPath });
    console.log(`generated in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }

  const direct = new Database(dbPath);
  direct.pragma('journal_mode = WAL');
  direct.pragma('busy_timeout = 5000');
  const dataset = datasetCounts(direct);
  const matchPostings = (
    direct
      .prepare(
        "SELECT id FROM postings WHERE status = 'open' AND business_id <> 1 ORDER BY (id * 2654435761) % 1000003 LIMIT ?",
      )
      .all(durations.matchN + MATCH_WARMUP) as { id: number }[]
  ).map((r) => r.id);
  const biggestPhase = (
    direct
      .prepare(
        'SELECT phase_id AS id FROM ledger_entries GROUP BY phase_id ORDER BY count(*) DESC LIMIT 1',
      )
      .get() as { id: number } | undefined
  )?.id;
  const prepared = prepareHires(direct, durations.hireMax);
  const hireIds = prepared.proposalIds;
  direct.pragma('wal_checkpoint(TRUNCATE)');
  direct.close();
  if (matchPostings.length === 0 || biggestPhase === undefined) throw new Error('dataset is empty');

  // 1. Baseline: raw Hono hello in its own process.
  const helloPort = await freePort();
  const hello = startChild(['--import', 'tsx', 'bench/hello.ts'], {
    PORT: String(helloPort),
    HOST,
  });
  await waitFor200(`http://${HOST}:${helloPort}/`, performance.now(), hello, 30_000);
  await load(`http://${HOST}:${helloPort}/`, 1); // warm-up
  const baseline = await load(`http://${HOST}:${helloPort}/`, durations.baselineS);
  await stopChild(hello);

  // 2. The real server: cold start to the first 200 on /healthz, then RSS at rest.
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const t0 = performance.now();
  const server = startChild(['dist/server/main.js'], {
    DATABASE_PATH: dbPath,
    SEED_DEMO: '0',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST,
    APP_URL: base,
  });
  const coldStartMs = round(await waitFor200(`${base}/healthz`, t0, server), 0);
  await new Promise((r) => setTimeout(r, 1_000));
  const rssIdle = rssMb(server.pid);

  const counsellor = new Client(base);
  const coordinator = new Client(base);
  const employer = new Client(base);
  await counsellor.login(BENCH_ACCOUNTS.counsellor);
  await coordinator.login(BENCH_ACCOUNTS.coordinator);
  await employer.login(BENCH_ACCOUNTS.employer);

  // 3. Authenticated tRPC read at c=50: a page of 50 open postings in Montréal.
  const listUrl = counsellor.queryUrl('postings.list', { limit: 50, regionCode: '06' });
  const listHeaders = { cookie: counsellor.cookie, origin: base };
  await load(listUrl, 1, listHeaders); // warm-up
  const list = await load(listUrl, durations.listS, listHeaders);

  // 4. Matching: one posting against the counsellor's organisation's job seekers, top 20.
  // The first postings warm the path up (as the list's first second does) and are not counted.
  for (const postingId of matchPostings.slice(0, MATCH_WARMUP)) {
    await counsellor.timed('matching.forPosting', { postingId, limit: 20 });
  }
  const match: number[] = [];
  const matchDeadline = performance.now() + 120_000;
  for (const postingId of matchPostings.slice(MATCH_WARMUP)) {
    if (performance.now() > matchDeadline) break;
    match.push(await counsellor.timed('matching.forPosting', { postingId, limit: 20 }));
  }

  // 5. The phase funder report's aggregates (the dashboard and XLSX read them) of the biggest
  // phase, as coordinator: pairings by organisation, region, occupation, client group and week,
  // outcomes, and the budgets over the 1M-entry ledger.
  const report: number[] = [];
  const reportDeadline = performance.now() + 120_000;
  for (let i = 0; i < durations.reportN && performance.now() < reportDeadline; i++) {
    report.push(await coordinator.timed('reports.phase', { phaseId: biggestPhase }));
  }

  // 6. Confirm-hire writes, sustained, by a few concurrent callers (autocannon: a light HTTP
  // client, so that the client's own CPU does not starve the server on a small machine). Each
  // request hires the next prepared proposal; the server's CPU time per hire is read from /proc.
  const today = new Date().toISOString().slice(0, 10);
  const hireTerms = {
    startDate: today,
    hourlyWageCents: 2_000,
    hoursPerWeek: 35,
    plannedWeeks: 12,
  };
  let next = 0;
  const serverCpu0 = cpuMs(server.pid);
  const hireRun = await autocannon({
    url: `${base}/trpc/pairings.confirmHire`,
    connections: HIRE_CONCURRENCY,
    duration: durations.hireS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base, cookie: employer.cookie },
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ proposalId: hireIds[next++], ...hireTerms }),
        }),
      },
    ],
  });
  const hired = hireRun['2xx'];
  if (hireRun.non2xx + hireRun.errors + hireRun.timeouts > 0) {
    throw new Error(`confirm-hire: ${hireRun.non2xx + hireRun.errors} failed requests`);
  }
  const hireSeconds = hireRun.duration;
  const serverCpuPerHire = round((cpuMs(server.pid) - serverCpu0) / Math.max(1, hired), 2);
  if (next >= hireIds.length) console.warn('confirm-hire: ran out of prepared proposals');

  // 7. Memory after the load.
  const rssAfter = rssMb(server.pid);
  await stopChild(server);

  // 8. The same hire use case in-process (its transaction, no HTTP/tRPC), on the proposals
  // the HTTP run left, for as long: what the use case itself sustains on this machine.
  const inProcess = hireInProcess(hireIds.slice(next), durations.hireS, hireTerms);
  removeUnusedHires(dbPath, prepared);

  const spa = spaSizes();
  const results = {
    baseline_rps: baseline.rps,
    list_rps: list.rps,
    list_ratio: round(list.rps / Math.max(1, baseline.rps), 3),
    list_p50_ms: list.p50,
    list_p99_ms: list.p99,
    match_p50_ms: percentile(match, 50),
    match_p95_ms: percentile(match, 95),
    report_p50_ms: percentile(report, 50),
    report_p95_ms: percentile(report, 95),
    confirm_hire_per_s: round(hired / hireSeconds, 1),
    spa_initial_js_gzip_kb: spa.initialKb,
    spa_largest_chunk_gzip_kb: spa.largestKb,
    rss_idle_mb: rssIdle,
    rss_after_load_mb: rssAfter,
    cold_start_ms: coldStartMs,
    dataset,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memory_gb: round(totalmem() / 1024 ** 3, 1),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
  };
  // results.json holds exactly the keys, the dataset and the machine; what helps read
  // them (hire latency, server CPU per hire, the use case in-process, samples) goes beside it.
  const details = {
    confirm_hire_p50_ms: hireRun.latency.p50,
    confirm_hire_p99_ms: hireRun.latency.p99,
    confirm_hire_server_cpu_ms: serverCpuPerHire,
    confirm_hire_in_process_per_s: inProcess.perS,
    date: startedAt.toISOString(),
    scale,
    quick,
    samples: {
      match: match.length,
      report: report.length,
      hires: hired,
      hires_in_process: inProcess.hired,
    },
    report_phase_id: biggestPhase,
    spa_chunks: spa.chunks,
  };
  const detailsPath = `${outPath.replace(/\.json$/, '')}.details.json`;
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(detailsPath, `${JSON.stringify(details, null, 2)}\n`);
  printTable({ ...results, ...details });
  console.log(`\nwritten to ${outPath} (details: ${detailsPath})`);
}

function printTable(r: Record<string, unknown>) {
  const rows: [string, string, string][] = [
    ['baseline_rps', 'raw Hono hello, c=50 (req/s)', ''],
    ['list_rps', 'postings.list 50 open in 06, c=50 (req/s)', ''],
    ['list_ratio', 'list_rps / baseline_rps', '≥ 0.5'],
    ['list_p50_ms', 'postings.list p50 (ms)', ''],
    ['list_p99_ms', 'postings.list p99 (ms)', '< 20'],
    ['match_p50_ms', 'matching.forPosting p50 (ms)', ''],
    ['match_p95_ms', 'matching.forPosting p95 (ms)', '< 50'],
    ['report_p50_ms', 'reports.phase (funder report) p50 (ms)', ''],
    ['report_p95_ms', 'reports.phase (funder report) p95 (ms)', '< 200'],
    ['confirm_hire_per_s', 'pairings.confirmHire sustained (/s)', '≥ 1000'],
    ['confirm_hire_p50_ms', 'pairings.confirmHire p50 (ms)', ''],
    ['confirm_hire_p99_ms', 'pairings.confirmHire p99 (ms)', ''],
    ['confirm_hire_server_cpu_ms', 'server CPU per hire over HTTP (ms)', ''],
    ['confirm_hire_in_process_per_s', 'confirmHire use case in-process (/s)', ''],
    ['spa_initial_js_gzip_kb', 'SPA initial JS gzipped (KB)', '≤ 200'],
    ['spa_largest_chunk_gzip_kb', 'SPA largest chunk gzipped (KB)', ''],
    ['rss_idle_mb', 'server RSS at rest (MB)', ''],
    ['rss_after_load_mb', 'server RSS after load (MB)', '≤ 250'],
    ['cold_start_ms', 'cold start to first 200 (ms)', '< 1000'],
  ];
  console.log(`\n| key | measure | value | target |\n|---|---|---:|---|`);
  for (const [key, label, target] of rows) {
    console.log(`| ${key} | ${label} | ${String(r[key])} | ${target} |`);
  }
  console.log(`\ndataset: ${JSON.stringify(r.dataset)}\nmachine: ${JSON.stringify(r.machine)}`);
}

main().then(
  () => {
    killAll();
    process.exit(0);
  },
  (err) => {
    console.error(err instanceof Error ? err.stack : err);
    killAll();
    process.exit(1);
  },
);
