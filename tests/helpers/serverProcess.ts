// The real server in its own process (server/main.ts through tsx) on a file database, for
// tests that kill it, restore it or read its logs; an HTTP client that keeps its session
// cookie; and a sustained workload of money writes whose acknowledgements are timed.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { inArray } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../server/db/client';
import { claims, jobSeekers, ledgerEntries, pairings, phases } from '../../server/db/schema';
import { phaseBudget } from '../../server/features/money/budgets';
import { addDays, quebecToday } from '../../shared/dates';

export const DEMO_PASSWORD = 'Passerelle-demo-2026';

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  /** Every line the server wrote on stdout and stderr. */
  lines: string[];
  /** The Litestream processes started by the server. */
  children(): number[];
  stop(): Promise<void>;
}

const started = new Set<ServerProcess>();

/**
 * After a test file: kills (SIGKILL) every server it started that still runs, and its Litestream,
 * so a test that failed half-way leaves no process behind.
 */
export function killLeftServers(): void {
  for (const server of started) {
    if (server.child.exitCode !== null || server.child.signalCode !== null) continue;
    for (const pid of server.children()) process.kill(pid, 'SIGKILL');
    server.child.kill('SIGKILL');
  }
  started.clear();
}

/** Starts the server with PORT=0 and JSON logs; resolves once /healthz answers. */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let onUrl: ((url: string) => void) | undefined;
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      const url = /"url":"(http:\/\/[^"]+)"/.exec(line)?.[1];
      if (url && /listening/.test(line)) onUrl?.(url);
    });
  }
  const server = (base: string): ServerProcess => ({
    child,
    base,
    lines,
    children() {
      try {
        return execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(child.pid)], {
          encoding: 'utf8',
        })
          .split('\n')
          .filter((line) => line.includes('litestream'))
          .map((line) => Number.parseInt(line.trim(), 10));
      } catch {
        return [];
      }
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start:\n${lines.slice(-20).join('\n')}`));
    }, 150_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}):\n${lines.slice(-20).join('\n')}`));
    });
    onUrl = async (url) => {
      const base = url.replace('localhost', '127.0.0.1');
      for (;;) {
        try {
          if ((await fetch(`${base}/healthz`)).ok) break;
        } catch {
          // not yet
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const running = server(base);
      started.add(running);
      resolve(running);
    };
  });
}

export class HttpClient {
  cookie = '';
  constructor(
    readonly base: string,
    readonly headers: Record<string, string> = {},
  ) {}
  async call<T>(path: string, input?: unknown, mutation = true): Promise<T> {
    const url = mutation
      ? `${this.base}/trpc/${path}`
      : `${this.base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input ?? {}))}`;
    const res = await fetch(url, {
      method: mutation ? 'POST' : 'GET',
      headers: {
        'content-type': 'application/json',
        cookie: this.cookie,
        origin: this.base,
        ...this.headers,
      },
      body: mutation ? JSON.stringify(input ?? {}) : undefined,
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const body = (await res.json()) as { result?: { data: T }; error?: unknown };
    if (!res.ok || !body.result)
      throw new Error(`${path}: ${res.status} ${JSON.stringify(body.error)}`);
    return body.result.data;
  }
  login(email: string, password = DEMO_PASSWORD) {
    return this.call('auth.login', { email, password });
  }
}

/** `n` days from today in Quebec, as the server's rules count days (not the UTC date). */
const day = (n: number) => addDays(quebecToday(new Date()), n);

/** One write the server acknowledged, and when (ms since the epoch). */
export interface Ack {
  kind: 'seeker' | 'pairing' | 'claim' | 'approved';
  id: number;
  at: number;
}

/**
 * Workers that each repeat: a posting, a job seeker, a proposal, a hire, the agreement accepted
 * by both parties, a claim and its approval, over HTTP as the demo employer, counsellor and coordinator. Every acknowledged
 * write is recorded with the time its answer arrived. `pause()` waits for the workers to
 * finish their step and hold; `resume()` lets them go on; `stop()` ends them.
 *
 * A chain takes at least `chainMs`: each hire commits its accompaniment against the demo's open
 * phase, whose envelope holds a few dozen more hires, and an idle machine runs a chain in
 * ~100 ms — unpaced, three workers spend the envelope in seconds and the budget refuses hires.
 */
export function moneyWorkload(base: string, workers = 3, chainMs = 1_500) {
  const acks: Ack[] = [];
  /** Why a worker stopped before stop() (the server died under it, or refused a step). */
  const errors: string[] = [];
  let running = true;
  let paused = false;
  let holding = 0;
  let finished = 0;
  const employer = new HttpClient(base);
  const counsellor = new HttpClient(base);
  const coordinator = new HttpClient(base);
  const hold = async () => {
    holding++;
    while (paused && running) await new Promise((r) => setTimeout(r, 20));
    holding--;
  };
  const ack = (kind: Ack['kind'], id: number) => acks.push({ kind, id, at: Date.now() });
  const worker = async (w: number) => {
    for (let i = 0; running; i++) {
      if (paused) await hold();
      const chainStart = Date.now();
      try {
        const posting = await employer.call<{ id: number }>('postings.create', {
          title: `Réplication ${w}-${i}`,
          nocCode: '65100',
          regionCode: '06',
          city: 'Montréal',
          hoursPerWeek: 30,
          hourlyWageCents: 1700,
          positions: 1,
          startDate: day(3),
          durationWeeks: 10,
          publish: true,
        });
        const seeker = await counsellor.call<{ id: number }>('jobSeekers.create', {
          firstName: 'Réplique',
          lastName: `W${w}-${i}-${Date.now()}`,
          regionCode: '06',
          hoursPerWeek: 30,
          availableFrom: day(0),
          consents: { participation: true, proposal: true, contactSharing: false, givenOn: day(0) },
        });
        ack('seeker', seeker.id);
        const proposal = await counsellor.call<{ id: number }>('proposals.create', {
          postingId: posting.id,
          jobSeekerId: seeker.id,
          message: '',
        });
        const hire = await employer.call<{ pairingId: number }>('pairings.confirmHire', {
          proposalId: proposal.id,
          // Started ten days ago (within the phase's window for a late record), so that a pay
          // period has ended and can be claimed today.
          startDate: day(-10),
          hourlyWageCents: 1700,
          hoursPerWeek: 30,
          plannedWeeks: 10,
        });
        ack('pairing', hire.pairingId);
        // Both parties accept the agreement, as shown to them, before any claim.
        for (const party of [employer, counsellor]) {
          const agreement = await party.call<{
            current: { versionId: number; documentSha256: string };
          }>('agreements.get', { pairingId: hire.pairingId, locale: 'fr-CA' }, false);
          await party.call('agreements.sign', {
            pairingId: hire.pairingId,
            versionId: agreement.current.versionId,
            locale: 'fr-CA',
            documentSha256: agreement.current.documentSha256,
          });
        }
        const claim = await employer.call<{ id: number }>('money.submitClaim', {
          pairingId: hire.pairingId,
          periodStart: day(-10),
          periodEnd: day(-2),
          hoursWorked: 40,
          grossWagesCents: 68_000,
        });
        ack('claim', claim.id);
        await coordinator.call('money.reviewClaim', { id: claim.id, action: 'approve' });
        ack('approved', claim.id);
        const rest = chainStart + chainMs - Date.now();
        if (rest > 0 && running) await new Promise((r) => setTimeout(r, rest));
      } catch (err) {
        // The server died under us (the kill), or refused a step: either way this worker ends.
        if (running) errors.push(String(err));
        finished++;
        return;
      }
    }
    finished++;
  };
  let done: Promise<unknown> = Promise.resolve();
  return {
    acks,
    errors,
    async start() {
      await employer.login('employeur1@passerelle.test');
      await counsellor.login('conseil.org1@passerelle.test');
      await coordinator.login('coordination@passerelle.test');
      done = Promise.all(Array.from({ length: workers }, (_, w) => worker(w)));
    },
    /** Resolves once every worker holds between two chains: nothing is in flight. */
    async pause() {
      paused = true;
      // A worker that ended (an error) will never hold: it does not count.
      while (holding + finished < workers && running) await new Promise((r) => setTimeout(r, 20));
    },
    resume() {
      paused = false;
    },
    async stop() {
      running = false;
      paused = false;
      await done;
    },
  };
}

/** Which of the acknowledged writes a database holds, and which it lacks. */
export function presence(db: Db, acks: Ack[]) {
  const ids = {
    seeker: new Set(
      db
        .select({ id: jobSeekers.id })
        .from(jobSeekers)
        .where(
          inArray(
            jobSeekers.id,
            acks.filter((a) => a.kind === 'seeker').map((a) => a.id),
          ),
        )
        .all()
        .map((r) => r.id),
    ),
    pairing: new Set(
      db
        .select({ id: pairings.id })
        .from(pairings)
        .where(
          inArray(
            pairings.id,
            acks.filter((a) => a.kind === 'pairing').map((a) => a.id),
          ),
        )
        .all()
        .map((r) => r.id),
    ),
    claim: new Set(
      db
        .select({ id: claims.id })
        .from(claims)
        .where(
          inArray(
            claims.id,
            acks.filter((a) => a.kind === 'claim').map((a) => a.id),
          ),
        )
        .all()
        .map((r) => r.id),
    ),
    approved: new Set(
      db
        .select({ id: ledgerEntries.claimId })
        .from(ledgerEntries)
        .where(
          inArray(
            ledgerEntries.claimId,
            acks.filter((a) => a.kind === 'approved').map((a) => a.id),
          ),
        )
        .all()
        .map((r) => r.id ?? 0),
    ),
  };
  const present = acks.filter((a) => ids[a.kind].has(a.id));
  const missing = acks.filter((a) => !ids[a.kind].has(a.id));
  return { present, missing };
}

/** Budgets equal a recomputation from the pairings and the ledger, and stay within envelopes. */
export function expectConsistentMoney(db: Db): void {
  for (const phase of db.select().from(phases).all()) {
    const b = phaseBudget(db, phase.id);
    const ps = db
      .select()
      .from(pairings)
      .all()
      .filter((p) => p.phaseId === phase.id);
    const ledger = db
      .select()
      .from(ledgerEntries)
      .all()
      .filter((e) => e.phaseId === phase.id && e.fund === 'wage');
    expect(b.wage.committed).toBe(ps.reduce((s, p) => s + p.committedWageCents, 0));
    expect(b.wage.approved).toBe(ledger.reduce((s, e) => s + e.amountCents, 0));
    expect(b.wage.remaining ?? 0).toBeGreaterThanOrEqual(0);
  }
}
