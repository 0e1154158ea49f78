// The benchmark: `npm run bench -- [--scale 1] [--quick] [--db file.db] [--out results.json]
//   [--variant label:ENV=value[,ENV=value]]…`
//
// What users feel, measured in ONE run on this machine, each server in its own process, over
// loopback only (ports 4306, 4316, 4326):
//   1. mixed list traffic — 50 connections, each request drawn at random from 5,000+ distinct
//      list queries of 20+ users, while a background writer commits hires, claims, follow-ups
//      and file reads at 20/s — against the real server and (2) a minimal hand-written handler
//      doing the same work (bench/minimal.ts), and against each --variant of the server;
//   3. a day of the network (bench/day.ts) at 50 and 200 concurrent virtual users;
//   4. matching, the funder report and the lists at this scale and at a tenth of it (growth),
//      confirm-hire writes, RSS, cold start, SPA size;
//   5. the initial JS as transferred and Lighthouse (mobile) on three pages.
// `--ports a,b,c` moves them. The run works on a copy of the dataset (deleted at the end), so every run starts alike.
// results.json holds the keys (and the old ones that still apply), the dataset and the
// machine; results.details.json everything that helps read them.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { composeDeps } from '../server/compose';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { confirmHire } from '../server/features/pairings/confirmHire';
import { quebecToday } from '../shared/dates';
import { dayState, runDay } from './day';
import { BENCH_ACCOUNTS, BENCH_PASSWORD, type DatasetCounts, generate } from './generate';
import {
  cpuMs,
  HOST,
  killAll,
  loadAverage,
  root,
  rssMb,
  startChild,
  stopChild,
  waitFor200,
} from './lib/proc';
import { setUpAuthenticator } from './lib/secondFactor';
import { percentile, round } from './lib/stats';
import { BROWSER_HEADERS, Client, queryPath } from './lib/trpc';
import { buildListQueries, type ListQuery, mixUsers } from './mixQueries';
import { initialJsTransfer, lighthouse, startProxy } from './wire';
import { prepareHires, readWorld, type World } from './world';
import type { WriterJob } from './writer';

// Arguments -----------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const scale = Number(arg('--scale') ?? '0.1');
const quick = argv.includes('--quick');
/** Stop after the mix (for comparing --variant servers quickly); writes no results. */
const mixOnly = argv.includes('--mix-only');
/** Node options for the servers, e.g. `--server-node-args --cpu-prof,--cpu-prof-dir=prof`. */
const serverNodeArgs = (arg('--server-node-args') ?? '').split(',').filter(Boolean);
const dataset = resolve(arg('--db') ?? join(root, 'bench', 'data', `bench-${scale}.db`));
const growthScale = scale / 10;
const growthDataset = join(dirname(dataset), `bench-${growthScale}.db`);
const outPath = resolve(arg('--out') ?? join(root, 'bench', 'results.json'));
const variants = argv
  .flatMap((a, i) => (argv[i - 1] === '--variant' ? [a] : []))
  .map((spec) => {
    const [label, envs] = spec.split(':');
    const env = Object.fromEntries(
      (envs ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => kv.split('=') as [string, string]),
    );
    return { label: label ?? spec, env };
  });
if (!(scale > 0 && scale <= 10)) {
  console.error(
    'usage: npm run bench -- [--scale 0<s<=10] [--quick] [--db file.db] [--out file.json] [--variant label:ENV=v,…]',
  );
  process.exit(2);
}
// The bench's ports: the server, the minimal handler, and the other servers (variants, growth).
// The proxy in front for the wire measures starts after the minimal handler has stopped, on its
// port.
const [serverPort, minimalPort, otherPort] = (arg('--ports') ?? '4306,4316,4326')
  .split(',')
  .map(Number);
const PORTS = {
  server: serverPort ?? 4306,
  minimal: minimalPort ?? 4316,
  other: otherPort ?? 4326,
  proxy: minimalPort ?? 4316,
};
const d = quick
  ? {
      mixS: 2,
      warmS: 1,
      dayS: 3,
      rampMs: 500,
      matchN: 10,
      reportN: 5,
      listN: 20,
      hireS: 1,
      hireMax: 2_000,
      // Sign out and in again every 2 rounds of a flow (so the short smoke run goes through it).
      relogEvery: 2,
    }
  : {
      mixS: 10,
      warmS: 2,
      dayS: 15,
      rampMs: 3_000,
      matchN: 100,
      reportN: 30,
      listN: 200,
      hireS: 5,
      hireMax: 20_000,
      relogEvery: 20,
    };
const WRITER_RATE = 20;
const MIX_CONNECTIONS = 50;
const HIRE_CONCURRENCY = 4;
const log = (msg: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);

// Build, data, copies ---------------------------------------------------------------------------
function ensureBuilt() {
  // Builds what changed since the last build (scripts/build.mjs, as `npm start` does): a
  // benchmark never measures a stale dist/ (one without a procedure the flows call).
  const server = join(root, 'dist', 'server', 'main.js');
  const web = join(root, 'dist', 'web', 'index.html');
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], {
    cwd: root,
    stdio: 'inherit',
    timeout: 300_000,
  });
  if (r.status !== 0 || !existsSync(server) || !existsSync(web))
    throw new Error('the build failed (node scripts/build.mjs)');
}

async function ensureDataset(path: string, s: number) {
  if (!existsSync(path)) {
    log(`no dataset at ${path}: generating scale ${s}`);
    await generate({ scale: s, out: path, log: () => {} });
    return;
  }
  // A dataset generated before the latest migrations gets them once, here, not in every run's
  // copy at the server's start (a backfill at scale 1 takes a minute and is no cold start).
  const t0 = performance.now();
  const db = openDatabase(path);
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
  const ms = performance.now() - t0;
  if (ms > 1_000) log(`${path}: migrations applied in ${round(ms / 1_000, 1)} s`);
}

const copies: string[] = [];
function runCopy(path: string): string {
  const copy = path.replace(/\.db$/, `.run-${process.pid}.db`);
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
  copies.push(copy);
  return copy;
}
function removeCopies() {
  for (const copy of copies)
    for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
}

function datasetCounts(db: Database.Database): DatasetCounts & Record<string, number> {
  const n = (table: string) =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const tables = [
    'organisations',
    'phases',
    'job_seekers',
    'businesses',
    'postings',
    'proposals',
    'proposal_events',
    'pairings',
    'follow_ups',
    'claims',
    'ledger_entries',
    'payments',
    'consents',
    'notifications',
    'users',
  ];
  return Object.fromEntries(tables.map((t) => [t, n(t)])) as DatasetCounts & Record<string, number>;
}

// Servers ---------------------------------------------------------------------------------------
/** Refuses a port something else already listens on (the 200 would be another server's). */
async function assertFree(port: number) {
  const taken = await fetch(`http://${HOST}:${port}/`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is in use by another process: pass --ports a,b,c`);
}

async function startServer(dbPath: string, port: number, env: Record<string, string> = {}) {
  await assertFree(port);
  const base = `http://${HOST}:${port}`;
  const t0 = performance.now();
  const child = startChild([...serverNodeArgs, 'dist/server/main.js'], {
    DATABASE_PATH: dbPath,
    SEED_DEMO: '0',
    NODE_ENV: 'production',
    PORT: String(port),
    HOST,
    APP_URL: base,
    // As in production behind its proxy (Caddy): the client's address is the one the proxy
    // reports (X-Forwarded-For from the loopback), so the day's virtual users each sign in from
    // their own address, and the login throttle per address applies to each as it would.
    TRUST_PROXY: '1',
    ...env,
  });
  const coldStartMs = await waitFor200(`${base}/healthz`, t0, child);
  return { child, base, coldStartMs };
}

async function startMinimal(dbPath: string) {
  await assertFree(PORTS.minimal);
  const base = `http://${HOST}:${PORTS.minimal}`;
  const child = startChild(['--import', 'tsx', 'bench/minimal.ts'], {
    DATABASE_PATH: dbPath,
    PORT: String(PORTS.minimal),
    HOST,
  });
  await waitFor200(`${base}/healthz`, performance.now(), child, 30_000);
  return { child, base };
}

// The mix -------------------------------------------------------------------------------------------
interface MixRequest {
  path: string;
  cookie: string;
}
/** autocannon's request: each one the query at the index `pick` gives, with its user's cookie. */
function mixRequests(requests: MixRequest[], pick: () => number) {
  return [
    {
      method: 'GET' as const,
      setupRequest: (req: autocannon.Request) => {
        const q = requests[pick()] as MixRequest;
        return { ...req, path: q.path, headers: { ...BROWSER_HEADERS, cookie: q.cookie } };
      },
    },
  ];
}

/**
 * The mix at c=50 for `seconds`. Besides requests/s and latency, the server process's CPU time
 * per answered request (from /proc): on a machine shared with other work, throughput follows
 * the CPU share the process gets, while CPU per request does not, so comparisons within a run
 * are also made on it.
 */
async function mixLoad(
  base: string,
  requests: MixRequest[],
  seconds: number,
  pid: number | undefined,
) {
  const cpu0 = cpuMs(pid);
  let seed = 0x5eed;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const result = await autocannon({
    url: base,
    connections: MIX_CONNECTIONS,
    duration: seconds,
    requests: mixRequests(requests, () => Math.floor(rand() * requests.length)),
  });
  // autocannon counts a timeout among its errors too.
  const bad = result.non2xx + result.errors;
  return {
    rps: round(result.requests.average, 0),
    p50: round(result.latency.p50),
    p99: round(result.latency.p99),
    requests: result.requests.total,
    bad,
    statuses: Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, v]) => [code, v.count]),
    ),
    errors: result.errors,
    timeouts: result.timeouts,
    cpu_ms_per_request: round((cpuMs(pid) - cpu0) / Math.max(1, result.requests.total), 3),
  };
}

/**
 * Before a process is measured, it answers every distinct query of the mix once, at the mix's
 * concurrency: a server in use has long prepared each list's statement shapes and compiled its
 * hot code, and a process measured from cold pays that once in its first run (the server's
 * first 10 s ran ~25 % below its second on the same minute). The same for both processes.
 */
async function warmAll(base: string, requests: MixRequest[]) {
  let next = 0;
  await autocannon({
    url: base,
    connections: MIX_CONNECTIONS,
    amount: requests.length,
    requests: mixRequests(requests, () => next++ % requests.length),
  });
}

/** The minimal handler must answer exactly what the real server answers (same work). */
async function checkMinimal(real: string, minimal: string, requests: MixRequest[], n: number) {
  let checked = 0;
  for (
    let i = 0;
    i < requests.length && checked < n;
    i += Math.max(1, Math.floor(requests.length / n))
  ) {
    const q = requests[i] as MixRequest;
    // As the mix asks (a browser's Accept-Encoding): the minimal handler must code its answers
    // as the server does (neither compresses JSON: the proxy in front does).
    const [a, b] = await Promise.all(
      [real, minimal].map(async (base) => {
        const res = await fetch(base + q.path, {
          headers: { ...BROWSER_HEADERS, cookie: q.cookie },
        });
        return {
          status: res.status,
          encoding: res.headers.get('content-encoding'),
          body: (await res.json()) as unknown,
        };
      }),
    );
    if (a?.status !== 200)
      throw new Error(
        `real server: HTTP ${a?.status} on ${q.path}: ${JSON.stringify(a?.body).slice(0, 300)}`,
      );
    if (!isDeepStrictEqual(a.body, b?.body)) {
      throw new Error(
        `minimal handler diverges on ${decodeURIComponent(q.path)}:\nreal    ${JSON.stringify(a.body).slice(0, 600)}\nminimal ${JSON.stringify(b?.body).slice(0, 600)}`,
      );
    }
    if (a.encoding !== (b?.encoding ?? null)) {
      throw new Error(
        `minimal handler answers ${decodeURIComponent(q.path)} with content-encoding ${b?.encoding ?? 'none'}, the server with ${a.encoding ?? 'none'}: it must code its answers as the server does`,
      );
    }
    checked++;
  }
  return checked;
}

// Sequential reads (latency without queueing) ---------------------------------------------------------
async function timedSeries(n: number, call: (i: number) => Promise<unknown>, warmup = 5) {
  for (let i = 0; i < Math.min(warmup, n); i++) await call(i);
  const samples: number[] = [];
  const deadline = performance.now() + 120_000;
  for (let i = 0; i < n && performance.now() < deadline; i++) {
    const t = performance.now();
    await call(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

async function readLatencies(
  base: string,
  world: World,
  n: { matchN: number; reportN: number; listN: number },
) {
  const counsellor = new Client(base);
  const coordinator = new Client(base);
  await counsellor.login(BENCH_ACCOUNTS.counsellor, BENCH_PASSWORD);
  await coordinator.login(BENCH_ACCOUNTS.coordinator, BENCH_PASSWORD);
  const postings = world.matchPostings;
  const sort = { by: 'newest', dir: 'desc' };
  const reads: Record<string, number[]> = {
    match: await timedSeries(Math.min(n.matchN, postings.length), (i) =>
      counsellor.query('matching.forPosting', {
        postingId: postings[i % postings.length],
        limit: 20,
      }),
    ),
    report: await timedSeries(n.reportN, () =>
      coordinator.query('reports.phase', { phaseId: world.biggestPhaseId }),
    ),
    home: await timedSeries(n.listN, () => counsellor.query('home.organisation')),
    postings_list: await timedSeries(n.listN, (i) =>
      counsellor.query('postings.list', { limit: 50, sort, regionCode: i % 2 ? '06' : undefined }),
    ),
    job_seekers_list: await timedSeries(n.listN, (i) =>
      counsellor.query('jobSeekers.list', {
        limit: 50,
        sort: { by: i % 2 ? 'name' : 'newest', dir: 'asc' },
      }),
    ),
    proposals_list: await timedSeries(n.listN, () =>
      counsellor.query('proposals.list', { limit: 50, sort: { by: 'updated', dir: 'desc' } }),
    ),
    pairings_list: await timedSeries(n.listN, (i) =>
      coordinator.query('pairings.list', { limit: 50, sort, status: i % 2 ? 'active' : undefined }),
    ),
  };
  return reads;
}

// SPA on disk ------------------------------------------------------------------------------------------
function spaSizes() {
  const webRoot = join(root, 'dist', 'web');
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)) initial.add(m[1] ?? '');
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    initial.add(m[1] ?? '');
  const gz = (file: string) => gzipSync(readFileSync(file)).length / 1024;
  let initialKb = 0;
  for (const src of initial) if (src) initialKb += gz(join(webRoot, src.replace(/^\//, '')));
  const assets = join(webRoot, 'assets');
  const chunks = readdirSync(assets).filter((f: string) => f.endsWith('.js'));
  const lazy = chunks.filter((f: string) => ![...initial].some((s) => s.endsWith(`/${f}`)));
  const largestKb = Math.max(
    0,
    ...(lazy.length > 0 ? lazy : chunks).map((f: string) => gz(join(assets, f))),
  );
  return { initialKb: round(initialKb, 1), largestKb: round(largestKb, 1), chunks: chunks.length };
}

// The run ---------------------------------------------------------------------------------------------
async function main() {
  const startedAt = new Date();
  const loadBefore = loadAverage();
  ensureBuilt();
  await ensureDataset(dataset, scale);
  await ensureDataset(growthDataset, growthScale);
  const dbPath = runCopy(dataset);
  const growthPath = runCopy(growthDataset);
  log(
    `scale ${scale} (copy ${dbPath}), growth against scale ${growthScale}; load ${loadBefore.join(' ')}`,
  );

  // The world, and the proposals the writer and the confirm-hire benchmark will hire.
  const direct = new Database(dbPath);
  direct.pragma('journal_mode = WAL');
  direct.pragma('busy_timeout = 5000');
  const world = readWorld(direct, { matchN: d.matchN + 5 });
  const writerHires = prepareHires(
    direct,
    WRITER_RATE * (d.mixS * (3 + variants.length) + 3 * d.warmS + 60),
  );
  const benchHires = prepareHires(direct, d.hireMax);
  direct.pragma('wal_checkpoint(TRUNCATE)');
  direct.close();
  const growthDb = new Database(growthPath, { readonly: true });
  const growthWorld = readWorld(growthDb, { matchN: d.matchN + 5 });
  growthDb.close();

  // The real server: cold start, RSS at rest.
  const server = await startServer(dbPath, PORTS.server);
  const coldStartMs = round(server.coldStartMs, 0);
  await new Promise((r) => setTimeout(r, 1_000));
  const rssIdle = rssMb(server.child.pid);
  log(`server up in ${coldStartMs} ms, RSS ${rssIdle} MB`);

  // 1–2. The mix: users, queries, the minimal handler checked against the server.
  const users = mixUsers(world.users);
  const cookies: string[] = [];
  for (const u of users) {
    const c = new Client(server.base);
    await c.login(u.email, BENCH_PASSWORD);
    cookies.push(c.cookie);
  }
  const seedDb = new Database(dbPath, { readonly: true });
  const queries: ListQuery[] = buildListQueries(seedDb, users, 6_000);
  seedDb.close();
  const requests: MixRequest[] = queries.map((q) => ({
    path: queryPath(q.path, q.input),
    cookie: cookies[q.user] ?? '',
  }));
  const minimal = await startMinimal(dbPath);
  const checked = await checkMinimal(server.base, minimal.base, requests, quick ? 40 : 200);
  log(
    `mix: ${requests.length} distinct queries of ${users.length} users; minimal handler agrees on ${checked}`,
  );

  const writerJobPath = join(tmpdir(), `passerelle-writer-${process.pid}.json`);
  const job: WriterJob = {
    dbPath,
    ratePerS: WRITER_RATE,
    maxSeconds: 900,
    users: world.users,
    hires: writerHires,
    claims: world.writerClaims,
    followUps: world.activePairings,
    fileReads: world.seekers,
  };
  writeFileSync(writerJobPath, JSON.stringify(job));
  const writer = startChild(
    ['--import', 'tsx', 'bench/writer.ts'],
    { WRITER_JOB: writerJobPath },
    { ipc: true },
  );
  const writerResult = new Promise<Record<string, unknown>>((res) =>
    writer.on('message', (m) => typeof m === 'object' && res(m as Record<string, unknown>)),
  );
  await new Promise<void>((res) => writer.on('message', (m) => m === 'ready' && res()));

  const mix: Record<string, Awaited<ReturnType<typeof mixLoad>>> = {};
  const warm = async (base: string) =>
    quick ? await mixLoad(base, requests, d.warmS, undefined) : await warmAll(base, requests);
  await warm(server.base);
  mix.server = await mixLoad(server.base, requests, d.mixS, server.child.pid);
  await warm(minimal.base);
  mix.minimal = await mixLoad(minimal.base, requests, d.mixS, minimal.child.pid);
  await stopChild(minimal.child);
  const variantServers: { label: string; env: Record<string, string> }[] = variants;
  for (const v of variantServers) {
    // Without replication unless the variant asks for it: a second Litestream on the database
    // the server's own already replicates fights it for the write lock (the writer's commits
    // then fail with « database is locked »).
    const vs = await startServer(dbPath, PORTS.other, { REPLICATION: '0', ...v.env });
    await warm(vs.base);
    mix[v.label] = await mixLoad(vs.base, requests, d.mixS, vs.child.pid);
    await stopChild(vs.child);
  }
  mix.server_again = await mixLoad(server.base, requests, d.mixS, server.child.pid);
  writer.send('stop');
  const writerStats = await writerResult;
  rmSync(writerJobPath, { force: true });
  // Failures are reported (details: mix.errors), not thrown: on an overloaded machine a run
  // with a few timeouts still says something; the smoke test asserts there are none.
  let mixErrors = 0;
  for (const [name, m] of Object.entries(mix)) {
    log(
      `mix ${name}: ${m.rps} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.bad} failed of ${m.requests} ${JSON.stringify(m.statuses)}, ${m.timeouts} timeouts, ${m.cpu_ms_per_request} ms CPU/request`,
    );
    mixErrors += m.bad;
  }
  log(`writer: ${JSON.stringify(writerStats)}`);
  if (mixOnly) {
    await stopChild(server.child);
    return;
  }

  // 3. A day of the network at 50 and 200 users (and 50 for each variant).
  const dayRuns = 2 + variants.length;
  const claimShare = (k: number) => world.dayClaims.filter((_, i) => i % dayRuns === k);
  const day50 = await runDay({
    base: server.base,
    users: world.users,
    n: 50,
    seconds: d.dayS,
    state: dayState(world, claimShare(0), 50),
    rampMs: d.rampMs,
    relogEvery: d.relogEvery,
    pid: server.child.pid,
  });
  log(
    `day 50: ${day50.actionsPerS} actions/s, ${day50.callsPerS} calls/s, p99 max ${day50.p99MaxMs} ms, ${day50.errors} errors, ${day50.serverCpuMsPerAction} ms CPU/action`,
  );
  const day200 = await runDay({
    base: server.base,
    users: world.users,
    n: 200,
    seconds: d.dayS,
    state: dayState(world, claimShare(1), 200),
    rampMs: d.rampMs,
    relogEvery: d.relogEvery,
    pid: server.child.pid,
  });
  log(
    `day 200: ${day200.actionsPerS} actions/s, ${day200.callsPerS} calls/s, p99 max ${day200.p99MaxMs} ms, ${day200.errors} errors, ${day200.serverCpuMsPerAction} ms CPU/action`,
  );
  const dayVariants: Record<string, Awaited<ReturnType<typeof runDay>>> = {};
  for (const [k, v] of variantServers.entries()) {
    const vs = await startServer(dbPath, PORTS.other, v.env);
    dayVariants[v.label] = await runDay({
      base: vs.base,
      users: world.users,
      n: 50,
      seconds: d.dayS,
      state: dayState(world, claimShare(2 + k), 50 + k),
      rampMs: d.rampMs,
      relogEvery: d.relogEvery,
      pid: vs.child.pid,
    });
    await stopChild(vs.child);
    log(
      `day 50 ${v.label}: ${dayVariants[v.label]?.actionsPerS} actions/s, p99 max ${dayVariants[v.label]?.p99MaxMs} ms, ${dayVariants[v.label]?.serverCpuMsPerAction} ms CPU/action`,
    );
  }

  // 4. Reads at this scale and at a tenth (growth), then confirm-hire writes.
  const reads = await readLatencies(server.base, world, d);
  const growthServer = await startServer(growthPath, PORTS.other);
  const growthReads = await readLatencies(growthServer.base, growthWorld, d);
  await stopChild(growthServer.child);
  const growth = Object.fromEntries(
    Object.entries(reads).map(([name, s]) => [
      name,
      round(percentile(s, 95) / Math.max(0.01, percentile(growthReads[name] ?? [], 95)), 2),
    ]),
  );
  log(`growth (p95 at scale ${scale} / at ${growthScale}): ${JSON.stringify(growth)}`);

  const employer = new Client(server.base);
  await employer.login(BENCH_ACCOUNTS.employer, BENCH_PASSWORD);
  const hireTerms = {
    startDate: quebecToday(new Date()),
    hourlyWageCents: 2_000,
    hoursPerWeek: 35,
    plannedWeeks: 12,
  };
  let next = 0;
  const serverCpu0 = cpuMs(server.child.pid);
  const hireRun = await autocannon({
    url: `${server.base}/trpc/pairings.confirmHire?batch=1`,
    connections: HIRE_CONCURRENCY,
    duration: d.hireS,
    requests: [
      {
        method: 'POST',
        headers: {
          ...BROWSER_HEADERS,
          'content-type': 'application/json',
          origin: server.base,
          cookie: employer.cookie,
        },
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ 0: { proposalId: benchHires[next++], ...hireTerms } }),
        }),
      },
    ],
  });
  const hired = hireRun['2xx'];
  if (hireRun.non2xx + hireRun.errors + hireRun.timeouts > 0)
    throw new Error(`confirm-hire: ${hireRun.non2xx + hireRun.errors} failed requests`);
  const serverCpuPerHire = round((cpuMs(server.child.pid) - serverCpu0) / Math.max(1, hired), 2);
  if (next >= benchHires.length) console.warn('confirm-hire: ran out of prepared proposals');
  const rssAfter = rssMb(server.child.pid);

  // 5. On the wire, through the proxy as in production when Caddy is here.
  await assertFree(PORTS.proxy);
  const proxy = await startProxy(server.base, PORTS.proxy);
  const { wire, lh, lhFailures } = await (async () => {
    try {
      const front = proxy?.base ?? server.base;
      const transfer = await initialJsTransfer(front);
      const lhEmployer = new Client(server.base);
      await lhEmployer.login(
        world.users.find((u) => u.role === 'employer' && u.businessId !== 1)?.email ??
          BENCH_ACCOUNTS.employer,
        BENCH_PASSWORD,
      );
      // The coordinator as they are once their second factor is set up (on this run's copy of
      // the dataset; the steps above signed in with passwords alone).
      const lhCoordinator = new Client(server.base);
      await lhCoordinator.login(BENCH_ACCOUNTS.coordinator, BENCH_PASSWORD);
      if (!quick) await setUpAuthenticator(lhCoordinator);
      const pages = [
        { name: 'login', path: '/login' },
        { name: 'employer_home', path: '/', cookie: lhEmployer.cookie },
        { name: 'coordinator_dashboard', path: '/dashboard', cookie: lhCoordinator.cookie },
      ];
      const measured = await lighthouse(front, quick ? pages.slice(0, 1) : pages);
      return {
        wire: { ...transfer, via: proxy ? 'caddy' : 'server' },
        lh: measured.results,
        lhFailures: measured.failures,
      };
    } finally {
      proxy?.stop();
    }
  })();
  log(
    `wire (via ${wire.via}): initial JS ${wire.kb} KB (${wire.encodings.join(',')}); lighthouse ${JSON.stringify(lh)}`,
  );

  const direct2 = new Database(dbPath, { readonly: true });
  const counts = datasetCounts(direct2);
  direct2.close();
  await stopChild(server.child);

  // The hire use case in-process (no HTTP, no tRPC), on the proposals left.
  const inProcess = hireInProcess(dbPath, benchHires.slice(next), d.hireS, hireTerms);
  const loadAfter = loadAverage();

  const spa = spaSizes();
  const lhValues = Object.values(lh);
  const results = {
    mix_rps: mix.server?.rps ?? 0,
    mix_p50_ms: mix.server?.p50 ?? 0,
    mix_p99_ms: mix.server?.p99 ?? 0,
    minimal_rps: mix.minimal?.rps ?? 0,
    mix_ratio: round((mix.server?.rps ?? 0) / Math.max(1, mix.minimal?.rps ?? 0), 3),
    day50_actions_per_s: day50.actionsPerS,
    day50_p99_ms_max: day50.p99MaxMs,
    day200_actions_per_s: day200.actionsPerS,
    day200_p99_ms_max: day200.p99MaxMs,
    day_errors: day50.errors + day200.errors,
    match_p50_ms: percentile(reads.match ?? [], 50),
    match_p95_ms: percentile(reads.match ?? [], 95),
    match_growth: growth.match ?? 0,
    report_p50_ms: percentile(reads.report ?? [], 50),
    report_p95_ms: percentile(reads.report ?? [], 95),
    report_growth: growth.report ?? 0,
    confirm_hire_per_s: round(hired / hireRun.duration, 1),
    spa_initial_js_gzip_kb: spa.initialKb,
    spa_largest_chunk_gzip_kb: spa.largestKb,
    spa_initial_js_transfer_kb: wire.kb,
    lighthouse_mobile_perf_min: Math.min(...lhValues.map((v) => v.score)),
    lighthouse_cls_max: Math.max(...lhValues.map((v) => v.cls)),
    rss_idle_mb: rssIdle,
    rss_after_load_mb: rssAfter,
    cold_start_ms: coldStartMs,
    dataset: counts,
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memory_gb: round(totalmem() / 1024 ** 3, 1),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      load_before: loadBefore,
      load_after: loadAfter,
    },
  };
  const details = {
    date: startedAt.toISOString(),
    scale,
    growth_scale: growthScale,
    quick,
    mix: {
      queries: requests.length,
      users: users.length,
      minimal_checked: checked,
      errors: mixErrors,
      // CPU per request of the minimal handler ÷ of the server (1 = the server does no more work).
      cpu_ratio: round(
        (mix.minimal?.cpu_ms_per_request ?? 0) /
          Math.max(0.001, mix.server?.cpu_ms_per_request ?? 0),
        3,
      ),
      runs: mix,
      writer: writerStats,
    },
    day50,
    day200,
    day_variants: dayVariants,
    growth_p95: growth,
    reads_p95_ms: Object.fromEntries(Object.entries(reads).map(([k, s]) => [k, percentile(s, 95)])),
    growth_reads_p95_ms: Object.fromEntries(
      Object.entries(growthReads).map(([k, s]) => [k, percentile(s, 95)]),
    ),
    confirm_hire_p50_ms: hireRun.latency.p50,
    confirm_hire_p99_ms: hireRun.latency.p99,
    confirm_hire_server_cpu_ms: serverCpuPerHire,
    confirm_hire_in_process_per_s: inProcess.perS,
    wire,
    lighthouse: lh,
    lighthouse_failures: lhFailures,
    samples: { hires: hired, hires_in_process: inProcess.hired },
    spa_chunks: spa.chunks,
  };
  const detailsPath = `${outPath.replace(/\.json$/, '')}.details.json`;
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(detailsPath, `${JSON.stringify(details, null, 2)}\n`);
  printTable(results);
  console.log(`\nwritten to ${outPath} (details: ${detailsPath})`);
}

/** The confirm-hire use case called directly, in this process, for `seconds` at most. */
function hireInProcess(
  dbPath: string,
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

const rows: [string, string, string][] = [
  ['mix_rps', 'mixed lists with writer, c=50 (req/s)', ''],
  ['mix_p50_ms', 'mixed lists p50 (ms)', ''],
  ['mix_p99_ms', 'mixed lists p99 (ms)', '< 25'],
  ['minimal_rps', 'minimal handler, same mix (req/s)', ''],
  ['mix_ratio', 'mix_rps / minimal_rps', '≥ 0.85'],
  ['day50_actions_per_s', 'day of the network, 50 users (actions/s)', ''],
  ['day50_p99_ms_max', 'day 50: worst procedure p99 (ms)', ''],
  ['day200_actions_per_s', 'day of the network, 200 users (actions/s)', ''],
  ['day200_p99_ms_max', 'day 200: worst procedure p99 (ms)', '< 50'],
  ['day_errors', 'errors in both days', '= 0'],
  ['match_p50_ms', 'matching.forPosting p50 (ms)', ''],
  ['match_p95_ms', 'matching.forPosting p95 (ms)', '< 50'],
  ['match_growth', 'match p95 at scale ÷ at scale/10', '≤ 2'],
  ['report_p50_ms', 'reports.phase p50 (ms)', ''],
  ['report_p95_ms', 'reports.phase p95 (ms)', '< 200'],
  ['report_growth', 'report p95 at scale ÷ at scale/10', '≤ 2'],
  ['confirm_hire_per_s', 'pairings.confirmHire sustained (/s)', '≥ 1000'],
  ['spa_initial_js_gzip_kb', 'SPA initial JS gzipped on disk (KB)', '≤ 200'],
  ['spa_largest_chunk_gzip_kb', 'SPA largest chunk gzipped (KB)', ''],
  ['spa_initial_js_transfer_kb', 'initial JS as transferred (KB)', '≤ 90'],
  ['lighthouse_mobile_perf_min', 'Lighthouse mobile performance, worst page', '≥ 90'],
  ['lighthouse_cls_max', 'Lighthouse CLS, worst page', '≤ 0.1'],
  ['rss_idle_mb', 'server RSS at rest (MB)', ''],
  ['rss_after_load_mb', 'server RSS after load (MB)', '≤ 250'],
  ['cold_start_ms', 'cold start to first 200 (ms)', '< 1000'],
];
function printTable(r: Record<string, unknown>) {
  console.log('\n| key | measure | value | target |\n|---|---|---:|---|');
  for (const [key, label, target] of rows)
    console.log(`| ${key} | ${label} | ${String(r[key])} | ${target} |`);
  console.log(`\ndataset: ${JSON.stringify(r.dataset)}\nmachine: ${JSON.stringify(r.machine)}`);
}

main().then(
  () => {
    killAll();
    removeCopies();
    process.exit(0);
  },
  (err) => {
    console.error(err instanceof Error ? err.stack : err);
    killAll();
    removeCopies();
    process.exit(1);
  },
);
