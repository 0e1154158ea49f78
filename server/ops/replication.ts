// Continuous replication: the server starts Litestream beside itself, restarts it if it stops
// (with back-off), mirrors the uploaded files into the local replica, and measures the
// replication lag from Litestream's own metrics (shadow WAL position vs replica position).
// REPLICATION=0 turns all of it off; tests that do not need it run without it.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type Database from 'better-sqlite3';
import type { Config } from '../config';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import { mirrorDirectory } from './filesMirror';
import {
  litestreamBinary,
  litestreamEnv,
  litestreamYaml,
  replicaDir,
  replicaFilesDir,
  replicaNames,
} from './litestream';

export type ReplicationState = 'off' | 'unavailable' | 'starting' | 'running' | 'restarting';

export interface ReplicationStatus {
  state: ReplicationState;
  /** Seconds since the oldest change not yet in every replica was seen; 0 when caught up. */
  lagSeconds: number | null;
  /** When every replica last held everything Litestream had seen. */
  lastSyncedAt: string | null;
  syncInterval: string | null;
  replicas: string[];
  restarts: number;
  /** Litestream's process id while it runs (tests use it). */
  pid: number | null;
}

export interface Replication {
  status(): ReplicationStatus;
  stop(): Promise<void>;
}

export function replicationOff(state: 'off' | 'unavailable' = 'off'): Replication {
  return {
    status: () => ({
      state,
      lagSeconds: null,
      lastSyncedAt: null,
      syncInterval: null,
      replicas: [],
      restarts: 0,
      pid: null,
    }),
    stop: async () => {},
  };
}

interface Position {
  index: number;
  offset: number;
}
const before = (a: Position, b: Position) =>
  a.index < b.index || (a.index === b.index && a.offset < b.offset);

/** Per-replica positions (WAL index and offset) from Litestream's Prometheus text. */
export function parseReplicaPositions(text: string): Map<string, Position> {
  const replicas = new Map<string, Partial<Position>>();
  for (const line of text.split('\n')) {
    const m = /^(litestream_replica_wal_(?:index|offset))\{([^}]*)\}\s+(\S+)/.exec(line);
    const replica = m && /name="([^"]+)"/.exec(m[2] ?? '')?.[1];
    if (!m || !replica) continue;
    const key = m[1] === 'litestream_replica_wal_index' ? 'index' : 'offset';
    replicas.set(replica, { ...replicas.get(replica), [key]: Number(m[3]) });
  }
  const complete = new Map<string, Position>();
  for (const [k, p] of replicas)
    if (p.index !== undefined && p.offset !== undefined)
      complete.set(k, { index: p.index, offset: p.offset });
  return complete;
}

/**
 * Litestream's own copy of the WAL (its "shadow WAL", beside the database in
 * .<name>-litestream/generations/<generation>/wal/<index>.wal): the newest file's index and
 * size is the position of everything Litestream has taken from SQLite so far. (Its metric of
 * the shadow size adds up the files of a generation, so it cannot be compared after a checkpoint.)
 */
export async function shadowPosition(
  dbPath: string,
): Promise<(Position & { generation: string }) | null> {
  const meta = join(dirname(dbPath), `.${basename(dbPath)}-litestream`);
  try {
    const generation = (await readFile(join(meta, 'generation'), 'utf8')).trim();
    const walDir = join(meta, 'generations', generation, 'wal');
    const names = (await readdir(walDir)).filter((n) => /^[0-9a-f]{8}\.wal$/.test(n)).sort();
    const newest = names.at(-1);
    if (!newest) return null;
    const { size } = await stat(join(walDir, newest));
    return { generation, index: Number.parseInt(newest, 16), offset: size };
  } catch {
    return null;
  }
}

/**
 * A Litestream left running by a server that was killed (SIGKILL, out of memory) would
 * replicate beside the new one: its pid is kept beside the database and it is stopped first.
 * (Under systemd, the unit's control group ends both anyway.)
 */
async function stopOrphan(pidFile: string, log: Logger): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  const alive = () => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('litestream');
    } catch {
      return false;
    }
  };
  if (Number.isInteger(pid) && pid > 1 && alive()) {
    process.kill(pid, 'SIGTERM');
    log.warn({ litestreamPid: pid }, 'stopping a litestream left by a previous server');
    for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
    if (alive()) process.kill(pid, 'SIGKILL');
  }
  unlinkSync(pidFile);
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? ok(address.port) : fail()));
    });
  });
}

export interface ReplicationDeps {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  /** The server's connection: Litestream does the checkpoints while it runs. */
  sqlite: Database.Database;
}

export interface ReplicationOptions {
  pollMs?: number;
  filesSyncMs?: number;
}

/** The app's own automatic checkpoints (see db/client.ts), used while Litestream is down. */
const APP_AUTOCHECKPOINT = 8000;
/** Litestream down this long: the app checkpoints again, so the WAL cannot grow without end. */
const CHECKPOINT_TAKEOVER_MS = 60_000;

export async function startReplication(
  deps: ReplicationDeps,
  opts: ReplicationOptions = {},
): Promise<Replication> {
  const { config, logger, metrics, sqlite } = deps;
  const log = logger.child({ component: 'replication' });
  if (!config.REPLICATION || config.DATABASE_PATH === ':memory:') return replicationOff();
  const binary = litestreamBinary(config);
  if (!binary) {
    log.error(
      'litestream binary not found (install @flydotio/litestream-linux-x64 or set LITESTREAM_PATH): the database is NOT replicated',
    );
    metrics.replicationUp.set(0);
    return replicationOff('unavailable');
  }

  const pollMs = opts.pollMs ?? 1_000;
  const filesSyncMs = opts.filesSyncMs ?? 5_000;
  const workDir = await mkdtemp(join(tmpdir(), 'passerelle-litestream-'));
  const configFile = join(workDir, 'litestream.yml');
  const port = await freeLoopbackPort();
  await writeFile(configFile, litestreamYaml(config, { metricsAddr: `127.0.0.1:${port}` }), {
    mode: 0o600,
  });

  const pidFile = `${resolve(config.DATABASE_PATH)}.litestream.pid`;
  await stopOrphan(pidFile, log);

  let child: ChildProcess | null = null;
  let state: ReplicationState = 'starting';
  let stopping = false;
  let restarts = 0;
  let backoffMs = 1_000;
  let startedAt = 0;
  let downSince: number | null = null;
  // The connection checkpoints by itself until Litestream runs (db/client.ts).
  let appCheckpoints = true;
  let restartTimer: NodeJS.Timeout | undefined;
  /** Shadow positions seen and not yet in every replica, oldest first, with when first seen. */
  let pending: { pos: Position; seenAt: number }[] = [];
  let lastSyncedAt: number | null = null;
  let generation: string | null = null;

  const setAppCheckpoints = (on: boolean) => {
    if (on === appCheckpoints) return;
    appCheckpoints = on;
    sqlite.pragma(`wal_autocheckpoint = ${on ? APP_AUTOCHECKPOINT : 0}`);
    if (on) log.warn('litestream down for a minute: the server checkpoints the WAL itself again');
  };

  const launch = () => {
    startedAt = Date.now();
    const proc = spawn(binary, ['replicate', '-config', configFile, '-no-expand-env'], {
      env: litestreamEnv(config),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    const forward = (stream: NodeJS.ReadableStream | null) => {
      if (!stream) return;
      createInterface({ input: stream }).on('line', (line) => {
        const level = /level=(\w+)/.exec(line)?.[1];
        const msg = /msg="?([^"=]+?)"?(?:\s\w+=|$)/.exec(line)?.[1] ?? line;
        const fields = { litestream: line };
        if (level === 'ERROR') log.error(fields, msg);
        else if (level === 'WARN') log.warn(fields, msg);
        else log.debug(fields, msg);
      });
    };
    forward(proc.stdout);
    forward(proc.stderr);
    proc.once('spawn', () => {
      if (proc.pid) writeFileSync(pidFile, String(proc.pid));
      state = 'running';
      downSince = null;
      setAppCheckpoints(false);
      metrics.replicationUp.set(1);
      log.info(
        {
          litestreamPid: proc.pid,
          replicas: replicaNames(config),
          syncInterval: config.REPLICA_SYNC_INTERVAL,
        },
        'litestream started',
      );
    });
    proc.once('error', (err) => log.error({ err }, 'litestream could not be started'));
    proc.once('exit', (code, signal) => {
      child = null;
      metrics.replicationUp.set(0);
      if (stopping) return;
      state = 'restarting';
      downSince ??= Date.now();
      restarts++;
      metrics.replicationRestarts.inc();
      // A process that ran a while gets a fresh back-off; one that dies at once waits longer.
      if (Date.now() - startedAt > 60_000) backoffMs = 1_000;
      log.error({ code, signal, retryInMs: backoffMs }, 'litestream stopped: restarting it');
      restartTimer = setTimeout(launch, backoffMs);
      restartTimer.unref();
      backoffMs = Math.min(backoffMs * 2, 30_000);
    });
  };

  const poll = async () => {
    const now = Date.now();
    if (downSince !== null && now - downSince > CHECKPOINT_TAKEOVER_MS) setAppCheckpoints(true);
    if (state !== 'running') return;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
        signal: AbortSignal.timeout(pollMs),
      });
      const replicas = parseReplicaPositions(await res.text());
      const shadow = await shadowPosition(resolve(config.DATABASE_PATH));
      if (!shadow || replicas.size === 0) return;
      // A new generation (a restart that found the WAL changed behind it) starts at 0 again.
      if (shadow.generation !== generation) pending = [];
      generation = shadow.generation;
      const last = pending.at(-1);
      if (!last || before(last.pos, shadow)) pending.push({ pos: shadow, seenAt: now });
      // The slowest replica decides: a position is safe once every replica holds it.
      let slowest: Position | null = null;
      for (const p of replicas.values()) if (!slowest || before(p, slowest)) slowest = p;
      if (!slowest) return;
      const held = slowest;
      pending = pending.filter((s) => before(held, s.pos));
      if (pending.length === 0) lastSyncedAt = now;
    } catch {
      // Litestream is starting or busy: the next poll will tell.
    }
  };

  const lag = (): number | null => {
    const now = Date.now();
    const oldest = pending[0]?.seenAt ?? (state === 'running' ? null : downSince);
    if (oldest === null || oldest === undefined) return state === 'running' ? 0 : null;
    return Math.round((now - oldest) / 100) / 10;
  };
  metrics.replicationLag.set(0);

  let mirroring = false;
  const mirrorFiles = async () => {
    if (mirroring || !existsSync(resolve(config.FILES_DIR))) return;
    mirroring = true;
    try {
      const r = await mirrorDirectory(resolve(config.FILES_DIR), replicaFilesDir(config));
      if (r.copied || r.removed) log.debug(r, 'files mirrored to the replica');
    } catch (err) {
      log.error({ err }, 'mirroring the files to the replica failed');
    } finally {
      mirroring = false;
    }
  };

  launch();
  const pollTimer = setInterval(() => {
    void poll().then(() => metrics.replicationLag.set(lag() ?? 0));
  }, pollMs);
  pollTimer.unref();
  const filesTimer = setInterval(() => void mirrorFiles(), filesSyncMs);
  filesTimer.unref();
  void mirrorFiles();
  log.info({ replicaDir: replicaDir(config) }, 'replication on');

  return {
    status: () => ({
      state,
      lagSeconds: lag(),
      lastSyncedAt: lastSyncedAt ? new Date(lastSyncedAt).toISOString() : null,
      syncInterval: config.REPLICA_SYNC_INTERVAL,
      replicas: replicaNames(config),
      restarts,
      pid: child?.pid ?? null,
    }),
    async stop() {
      stopping = true;
      clearInterval(pollTimer);
      clearInterval(filesTimer);
      if (restartTimer) clearTimeout(restartTimer);
      await mirrorFiles();
      const proc = child;
      if (proc) {
        // Litestream ships what it holds on SIGTERM before it exits.
        const exited = new Promise((ok) => proc.once('exit', ok));
        proc.kill('SIGTERM');
        const timeout = setTimeout(() => proc.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timeout);
      }
      if (existsSync(pidFile)) unlinkSync(pidFile);
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
