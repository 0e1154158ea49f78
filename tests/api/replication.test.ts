// Continuous replication for real: the server (its own process) replicates its database with
// Litestream to a replica directory while it takes sustained money writes over HTTP; then the
// machine "dies" (SIGKILL of the server and of Litestream) and the database files are deleted.
// `npm run restore -- --from-replica` rebuilds it from the replica alone: every write
// acknowledged before the last replication sync is there, budgets match the ledger, the
// checks pass; restored to a time in the middle, it holds exactly the writes acknowledged
// before that time. Litestream checks the WAL every second and ships to the replica every
// second (REPLICA_SYNC_INTERVAL=1s): a write reaches the replica within about two seconds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { wrap } from '../../server/db/client';
import {
  expectConsistentMoney,
  killLeftServers,
  moneyWorkload,
  presence,
  type ServerProcess,
  startServer,
} from '../helpers/serverProcess';

interface Health {
  status: string;
  replication: {
    state: string;
    lagSeconds: number | null;
    lastSyncedAt: string | null;
    syncInterval: string | null;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function health(server: ServerProcess): Promise<Health> {
  return (await (await fetch(`${server.base}/healthz`)).json()) as Health;
}

async function waitFor(what: string, test: () => Promise<boolean>, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

function restore(env: Record<string, string>, args: string[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'scripts/restore.ts', ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: 'pipe',
  });
}

function openReadOnly(path: string) {
  return wrap(new Database(path, { readonly: true, fileMustExist: true }));
}

function killMachine(server: ServerProcess) {
  const litestream = server.children();
  expect(litestream.length).toBe(1);
  for (const pid of [server.child.pid ?? 0, ...litestream]) process.kill(pid, 'SIGKILL');
}

afterAll(killLeftServers);

describe('continuous replication with Litestream', () => {
  it('restores from the replica alone after the machine is lost, to the latest state and to a point in time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-replica-'));
    const live = join(dir, 'live');
    const files = join(live, 'files');
    mkdirSync(join(files, 'proofs'), { recursive: true });
    writeFileSync(join(files, 'proofs', 'before.pdf'), '%PDF-1.4 before');
    const env = {
      DATABASE_PATH: join(live, 'passerelle.db'),
      FILES_DIR: files,
      REPLICA_DIR: join(dir, 'replica'),
      REPLICATION: '1',
      REPLICA_SYNC_INTERVAL: '1s',
    };
    const server = await startServer({ ...env, SEED_DEMO: '1' });
    await waitFor('the first snapshot', async () => {
      const h = await health(server);
      return h.replication.state === 'running' && h.replication.lastSyncedAt !== null;
    });

    const load = moneyWorkload(server.base);
    await load.start();
    await sleep(3_000);

    // Middle: the writers hold; once the replica has caught up, that instant is the middle.
    await load.pause();
    // Nothing refused so far: every worker is alive and holds.
    expect(load.errors).toEqual([]);
    const pausedAt = Date.now();
    await waitFor('the replica to catch up', async () => {
      const h = (await health(server)).replication;
      return h.lagSeconds === 0 && Date.parse(h.lastSyncedAt ?? '0') > pausedAt + 2_500;
    });
    const middle = new Date();
    await sleep(1_000);
    writeFileSync(join(files, 'proofs', 'after.pdf'), '%PDF-1.4 after');
    const resumedAt = Date.now();
    load.resume();

    // Sustained writes again, watching the replication's last sync, then the machine dies.
    let lastSynced = 0;
    const until = Date.now() + 6_000;
    while (Date.now() < until) {
      const h = (await health(server)).replication;
      expect(h.state).toBe('running');
      lastSynced = Math.max(lastSynced, Date.parse(h.lastSyncedAt ?? '0'));
      await sleep(200);
    }
    const killedAt = Date.now();
    killMachine(server);
    await load.stop();
    const acks = load.acks;
    expect(acks.filter((a) => a.at > resumedAt).length).toBeGreaterThan(8);

    // The disk is gone: database, WAL, Litestream's shadow WAL and the uploaded files.
    rmSync(live, { recursive: true, force: true });
    expect(existsSync(env.DATABASE_PATH)).toBe(false);

    // Latest state.
    const latestFile = join(dir, 'restored', 'latest.db');
    const out = restore(env, ['--from-replica', '--output', latestFile]);
    expect(out).toContain('integrity_check: ok');
    expect(out).toContain('foreign_key_check: 0 violation(s)');
    expect(out).toContain(`npm run restore -- ${latestFile}`);
    const latest = openReadOnly(latestFile);
    const got = presence(latest, acks);
    // Litestream copies the WAL to its shadow every second, then to the replica: a write
    // acknowledged more than that (with a margin for the health poll) before the last sync
    // observed is in the replica.
    const synced = lastSynced - 1_500;
    expect(synced).toBeGreaterThan(resumedAt);
    const mustHave = acks.filter((a) => a.at < synced);
    expect(mustHave.length).toBeGreaterThan(acks.filter((a) => a.at < pausedAt).length);
    expect(got.missing.filter((a) => a.at < synced)).toEqual([]);
    expect(got.present.length).toBeGreaterThanOrEqual(mustHave.length);
    expectConsistentMoney(latest);
    console.log(
      `replication: ${acks.length} writes acknowledged, ${got.present.length} restored; last sync seen ${killedAt - lastSynced} ms before the kill; ${got.missing.length} writes of the last ${killedAt - Math.min(killedAt, ...got.missing.map((a) => a.at))} ms lost`,
    );
    expect(latest.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    latest.$client.close();
    // The uploaded files came back from the replica's copy.
    const restoredFiles = join(dir, 'restored', 'latest.files', 'proofs');
    expect(readFileSync(join(restoredFiles, 'before.pdf'), 'utf8')).toBe('%PDF-1.4 before');
    expect(readFileSync(join(restoredFiles, 'after.pdf'), 'utf8')).toBe('%PDF-1.4 after');

    // A point in time: exactly the writes acknowledged before it.
    const middleFile = join(dir, 'restored', 'middle.db');
    const outMiddle = restore(env, [
      '--from-replica',
      '--timestamp',
      middle.toISOString(),
      '--output',
      middleFile,
    ]);
    expect(outMiddle).toContain(`as of ${middle.toISOString()}`);
    const atMiddle = openReadOnly(middleFile);
    const mid = presence(atMiddle, acks);
    const before = acks.filter((a) => a.at < pausedAt);
    expect(before.length).toBeGreaterThan(8);
    expect(mid.present).toEqual(before);
    expect(mid.missing).toEqual(acks.filter((a) => a.at > resumedAt));
    expectConsistentMoney(atMiddle);
    atMiddle.$client.close();

    // Put in place (the second mode): the live path now holds the restored database and files.
    const put = restore(env, [latestFile]);
    expect(put).toContain(`→ ${env.DATABASE_PATH}`);
    const placed = openReadOnly(env.DATABASE_PATH);
    expect(presence(placed, acks).present).toEqual(got.present);
    placed.$client.close();
    expect(readFileSync(join(files, 'proofs', 'after.pdf'), 'utf8')).toBe('%PDF-1.4 after');
    // (A server on a heavily shared machine can take a while: the time limit is generous.)
  }, 420_000);

  it('restarts Litestream when it dies, keeps replicating, and refuses bad restore requests', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-supervise-'));
    const env = {
      DATABASE_PATH: join(dir, 'live', 'passerelle.db'),
      FILES_DIR: join(dir, 'live', 'files'),
      REPLICA_DIR: join(dir, 'replica'),
      REPLICATION: '1',
    };
    const server = await startServer({ ...env, SEED_DEMO: '0' });
    await waitFor(
      'replication to run',
      async () => (await health(server)).replication.state === 'running',
    );
    const [first] = server.children();
    expect(first).toBeGreaterThan(0);
    process.kill(first ?? 0, 'SIGKILL');
    await waitFor('Litestream to be restarted', async () => {
      const [pid] = server.children();
      return (
        pid !== undefined && pid !== first && (await health(server)).replication.state === 'running'
      );
    });
    const metrics = await (await fetch(`${server.base}/metrics`)).text();
    expect(metrics).toMatch(/^passerelle_replication_restarts_total 1$/m);
    expect(metrics).toMatch(/^passerelle_replication_up 1$/m);

    // A write after the restart reaches the replica: three failed logins are audited.
    for (let i = 0; i < 3; i++) {
      await fetch(`${server.base}/trpc/auth.login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.org', password: 'wrong password' }),
      });
    }
    const writtenAt = Date.now();
    await waitFor('the replica to catch up', async () => {
      const h = (await health(server)).replication;
      return h.lagSeconds === 0 && Date.parse(h.lastSyncedAt ?? '0') > writtenAt + 2_500;
    });
    await server.stop();
    expect(server.children()).toEqual([]);
    const restored = join(dir, 'restored.db');
    restore(env, ['--from-replica', '--output', restored]);
    const db = new Database(restored, { readonly: true });
    const failures = db
      .prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'auth.login_failed'")
      .get() as { n: number };
    db.close();
    expect(failures.n).toBe(3);

    // Bad requests: a time without its zone, an unknown replica, an existing output file.
    const refused = (args: string[]) => {
      try {
        restore(env, args);
        return '';
      } catch (err) {
        return String((err as { stderr?: string }).stderr);
      }
    };
    expect(refused(['--from-replica', '--timestamp', '2026-12-06 10:00'])).toMatch(/--timestamp/);
    expect(refused(['--from-replica', '--replica', 'gcs'])).toMatch(/--replica is one of: file/);
    expect(refused(['--from-replica', '--output', restored])).toMatch(/already exists/);
    expect(refused([])).toMatch(/Usage/);
  }, 240_000);
});
