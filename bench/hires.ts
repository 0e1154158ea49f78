// Confirm-hire writes in one process, without sockets: where a hire's time goes.
//
//   npx tsx bench/hires.ts [--db bench/data/bench-0.1.db] [--n 3000] [--via use-case|app]
//     [--profile] [--pages] [--rounds 3] [--sql 'DROP TRIGGER …'] [--sql-b 'DROP TRIGGER …']
//
// `--via use-case` calls confirmHire(deps, actor, input) directly; `--via app` sends each hire
// as the SPA does (POST /trpc/pairings.confirmHire?batch=1 with the session cookie) to the Hono
// app's fetch handler in this process: session lookup, tRPC, zod, JSON, headers, without the
// network. Works on a copy of the dataset (deleted at the end) with fresh proposals to hire
// (bench/world.ts prepareHires). Prints hires per second for each round (the first warms up);
// `--profile` adds the functions with the most self time (node:inspector's sampling profiler),
// grouped by module; `--sql` runs statements on the copy first (A/B of a trigger or an index,
// after the migrations), `--sql-b` makes a second copy with other statements and hires from
// both in turn, round after round (an A/B in one process, fair on a busy machine: it prints the
// ratio of CPU per hire); `--pages` lists the pages each hire writes by table and index. On a
// shared machine compare runs made back to back, and read the load.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector';
import { loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { createApp } from '../server/app';
import { composeDeps } from '../server/compose';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import { confirmHire } from '../server/features/pairings/confirmHire';
import { quebecToday } from '../shared/dates';
import { BENCH_ACCOUNTS, BENCH_PASSWORD } from './generate';
import { root } from './lib/proc';
import { round } from './lib/stats';
import { prepareHires } from './world';

const argv = process.argv.slice(2);
const arg = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const source = resolve(arg('--db') ?? join(root, 'bench', 'data', 'bench-0.1.db'));
const perRound = Number(arg('--n') ?? '3000');
const rounds = Number(arg('--rounds') ?? '3');
const via = arg('--via') ?? 'use-case';
const profile = argv.includes('--profile');
const beforeSql = arg('--sql');
/** A second copy with these statements, hired from in turn with the first (in-process A/B). */
const sqlB = arg('--sql-b');

/** Hires of the pass that counts the pages each hire writes to the WAL. */
const PAGE_HIRES = 200;
const copy = join(tmpdir(), `passerelle-hires-${process.pid}.db`);
const copyB = join(tmpdir(), `passerelle-hires-${process.pid}-b.db`);
function cleanup() {
  for (const s of ['', '-wal', '-shm']) {
    rmSync(copy + s, { force: true });
    rmSync(copyB + s, { force: true });
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

function summarise(nodes: ProfileNode[], top = 25) {
  const self = new Map<string, number>();
  const byModule = new Map<string, number>();
  let total = 0;
  for (const n of nodes) {
    const hits = n.hitCount ?? 0;
    total += hits;
    const url = n.callFrame.url.replace(/^file:\/\//, '');
    const where = url ? relative(root, url) : '(native)';
    const name = `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
    self.set(name, (self.get(name) ?? 0) + hits);
    const module = where.startsWith('node_modules/')
      ? where
          .split('/')
          .slice(0, where.startsWith('node_modules/@') ? 3 : 2)
          .join('/')
      : where.split('/').slice(0, 3).join('/');
    byModule.set(module, (byModule.get(module) ?? 0) + hits);
  }
  const pct = (h: number) => `${((100 * h) / Math.max(1, total)).toFixed(1).padStart(5)} %`;
  console.log('\nself time by module:');
  for (const [m, h] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${pct(h)}  ${m}`);
  // Each sample charged to the nearest function of the project's own code (server/, shared/)
  // above it: what each of our functions costs, the library and native work it calls included.
  const parent = new Map<number, ProfileNode>();
  for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n);
  const ours = new Map<string, number>();
  for (const n of nodes) {
    const hits = n.hitCount ?? 0;
    if (hits === 0) continue;
    let at: ProfileNode | undefined = n;
    while (at && !/\/(server|shared)\//.test(at.callFrame.url)) at = parent.get(at.id);
    const name = at
      ? `${at.callFrame.functionName || '(anonymous)'} ${relative(root, at.callFrame.url.replace(/^file:\/\//, ''))}:${at.callFrame.lineNumber + 1}`
      : '(outside the project)';
    ours.set(name, (ours.get(name) ?? 0) + hits);
  }
  console.log('\ncharged to the nearest project function:');
  for (const [f, h] of [...ours].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${pct(h)}  ${f}`);
  console.log('\nself time by function:');
  for (const [f, h] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${pct(h)}  ${f}`);
}

type Hire = (proposalId: number) => Promise<unknown> | unknown;

/** A copy of the dataset with its proposals to hire, and the way to hire one. */
async function setUp(copy: string, count: number, sql: string | undefined) {
  for (const s of ['', '-wal', '-shm']) {
    try {
      copyFileSync(source + s, copy + s);
    } catch {
      // no -wal / -shm next to the dataset
    }
  }
  const direct = new Database(copy);
  direct.pragma('journal_mode = WAL');
  const proposals = prepareHires(direct, count);
  direct.close();

  const config = loadConfig({
    NODE_ENV: 'production',
    SEED_DEMO: '0',
    DATABASE_PATH: copy,
    APP_URL: 'http://127.0.0.1:4306',
  });
  const deps = composeDeps(config, { db: openDatabase(copy), log: () => {} });
  if (sql) deps.db.$client.exec(sql);
  const terms = {
    startDate: quebecToday(new Date()),
    hourlyWageCents: 2_000,
    hoursPerWeek: 35,
    plannedWeeks: 12,
  };

  let hire: Hire;
  if (via === 'app') {
    const app = createApp(deps);
    const base = 'http://127.0.0.1:4306';
    const headers = { 'content-type': 'application/json', origin: base };
    const login = await app.fetch(
      new Request(`${base}/trpc/auth.login?batch=1`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          0: { email: BENCH_ACCOUNTS.employer, password: BENCH_PASSWORD },
        }),
      }),
    );
    const cookie =
      login.headers
        .getSetCookie()
        .find((c) => c.includes('passerelle_session='))
        ?.split(';')[0] ?? '';
    if (!cookie) throw new Error(`login: HTTP ${login.status} ${await login.text()}`);
    hire = async (proposalId) => {
      const res = await app.fetch(
        new Request(`${base}/trpc/pairings.confirmHire?batch=1`, {
          method: 'POST',
          headers: { ...headers, cookie },
          body: JSON.stringify({ 0: { proposalId, ...terms } }),
        }),
      );
      const body = await res.text();
      if (res.status !== 200) throw new Error(`HTTP ${res.status} ${body.slice(0, 300)}`);
    };
  } else {
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
    hire = (proposalId) => confirmHire(deps, actor, { proposalId, ...terms }, req);
  }
  return { deps, proposals, hire };
}

/** Runs hires one after another; wall time and this process's CPU time. */
async function timed(hire: Hire, ids: number[]) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const id of ids) await hire(id);
  const cpu = process.cpuUsage(cpu0);
  return { ms: performance.now() - t0, cpuUs: cpu.user + cpu.system };
}

async function main() {
  const a = await setUp(copy, perRound * rounds + PAGE_HIRES, beforeSql);
  const b = sqlB === undefined ? undefined : await setUp(copyB, perRound * rounds, sqlB);
  const { deps, proposals, hire } = a;

  const session = new Session();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((res, rej) =>
      session.post(method, params ?? {}, (err, r) => (err ? rej(err) : res(r as T))),
    );
  const load = loadavg().map((x) => round(x, 2));
  console.log(`${source}, ${via}, ${rounds} × ${perRound} hires, load ${load.join(' ')}`);
  const results: number[] = [];
  const cpuPerHire: number[] = [];
  const totals = { a: 0, b: 0, n: 0 };
  for (let r = 0; r < rounds; r++) {
    const ids = proposals.slice(r * perRound, (r + 1) * perRound);
    const profiling = profile && r === rounds - 1;
    if (profiling) {
      session.connect();
      await post('Profiler.enable');
      await post('Profiler.setSamplingInterval', { interval: 200 });
      await post('Profiler.start');
    }
    // A then B, B then A on the next round: both see the same machine, turn about.
    const runB = async () =>
      b ? timed(b.hire, b.proposals.slice(r * perRound, (r + 1) * perRound)) : undefined;
    const first = r % 2 === 1 ? await runB() : undefined;
    const ra = await timed(hire, ids);
    const rb = r % 2 === 1 ? first : await runB();
    const perS = round(ids.length / (ra.ms / 1_000), 0);
    // CPU time per hire follows the work done, not the share of the CPU this process got.
    const cpuUs = round(ra.cpuUs / ids.length, 0);
    results.push(perS);
    cpuPerHire.push(cpuUs);
    let line = `round ${r + 1}: ${perS} hires/s, ${cpuUs} µs CPU per hire`;
    if (rb) {
      line += `; B: ${round(ids.length / (rb.ms / 1_000), 0)} hires/s, ${round(rb.cpuUs / ids.length, 0)} µs`;
      if (r > 0) {
        totals.a += ra.cpuUs;
        totals.b += rb.cpuUs;
        totals.n += 1;
      }
    }
    console.log(`${line}${r === 0 ? ' (warm-up)' : ''}`);
    if (profiling) {
      const { profile: p } = await post<{ profile: { nodes: ProfileNode[] } }>('Profiler.stop');
      session.disconnect();
      summarise(p.nodes);
    }
  }
  // Pages written per hire: deterministic, unlike time on a shared machine. Every page a
  // transaction changes is appended to the WAL at commit (and copied back at checkpoint).
  const sqlite = deps.db.$client;
  sqlite.pragma('wal_autocheckpoint = 0');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  for (const id of proposals.slice(perRound * rounds)) await hire(id);
  // Which table or index each page written belongs to: the WAL's frames (a 32-byte header,
  // then per frame a 24-byte header starting with the page number, and the page), mapped with
  // the dbstat table.
  const walFile = readFileSync(`${copy}-wal`);
  const pageSize = walFile.readUInt32BE(8);
  const owner = new Map(
    (
      sqlite.prepare('SELECT pageno, name FROM dbstat').all() as { pageno: number; name: string }[]
    ).map((r) => [r.pageno, r.name]),
  );
  const byTree = new Map<string, number>();
  let frames = 0;
  for (let at = 32; at + 24 + pageSize <= walFile.length; at += 24 + pageSize) {
    const name = owner.get(walFile.readUInt32BE(at)) ?? '(free or header)';
    byTree.set(name, (byTree.get(name) ?? 0) + 1);
    frames++;
  }
  console.log(`\nWAL pages written per hire: ${round(frames / PAGE_HIRES, 1)}`);
  if (argv.includes('--pages'))
    for (const [name, n] of [...byTree].sort((a, b) => b[1] - a[1]))
      console.log(
        `  ${round(n / PAGE_HIRES, 2)
          .toFixed(2)
          .padStart(6)}  ${name}`,
      );
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `\nmedian ${median(results.slice(1))} hires/s, ${median(cpuPerHire.slice(1))} µs CPU per hire (load after ${loadavg()
      .map((x) => round(x, 2))
      .join(' ')})`,
  );
  if (b && totals.n > 0)
    console.log(
      `A/B: CPU per hire of B ÷ A = ${round(totals.b / totals.a, 3)} (${totals.n} rounds each)`,
    );
  deps.db.$client.close();
  b?.deps.db.$client.close();
}

main().then(
  () => {
    cleanup();
    process.exit(0);
  },
  (err) => {
    console.error(err);
    cleanup();
    process.exit(1);
  },
);
