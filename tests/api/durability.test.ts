// Durability: the real server on a file database takes sustained writes (hires, claims,
// approvals) from this process over HTTP, is killed with SIGKILL mid-stream, and restarted.
// Every write acknowledged before the kill must be there, and budgets must match the ledger.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/client';
import { claims, jobSeekers, ledgerEntries, pairings, phases } from '../../server/db/schema';
import { phaseBudget } from '../../server/features/money/budgets';
import { addDays, quebecToday } from '../../shared/dates';

const PASSWORD = 'Passerelle-demo-2026';

function startServer(dbPath: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_PATH: dbPath,
      FILES_DIR: join(dirname(dbPath), 'files'),
      PORT: String(port),
      SEED_DEMO: '1',
      // WAL durability alone here; replication has its own test (replication.test.ts).
      REPLICATION: '0',
      NODE_ENV: 'test',
      APP_URL: `http://localhost:${port}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    // The first start seeds the demo (real argon2, PDFs rendered and signed): slow on a busy machine.
    const deadline = Date.now() + 150_000;
    const poll = async () => {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.ok) return resolve(child);
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) return reject(new Error('server did not start'));
      setTimeout(poll, 100);
    };
    void poll();
  });
}

class Client {
  private cookie = '';
  constructor(private readonly base: string) {}
  async call<T>(path: string, input?: unknown, mutation = true): Promise<T> {
    const url = mutation
      ? `${this.base}/trpc/${path}`
      : `${this.base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input ?? {}))}`;
    const res = await fetch(url, {
      method: mutation ? 'POST' : 'GET',
      headers: { 'content-type': 'application/json', cookie: this.cookie, origin: this.base },
      body: mutation ? JSON.stringify(input ?? {}) : undefined,
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const body = (await res.json()) as { result?: { data: T }; error?: unknown };
    if (!res.ok || !body.result)
      throw new Error(`${path}: ${res.status} ${JSON.stringify(body.error)}`);
    return body.result.data;
  }
  login(email: string) {
    return this.call('auth.login', { email, password: PASSWORD });
  }
}

/** A day counted from the server's today (Quebec's day, which the date rules use). */
const day = (n: number) => addDays(quebecToday(new Date()), n);

describe('durability', () => {
  it('keeps every acknowledged write through a SIGKILL, with consistent budgets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'passerelle-kill-'));
    const dbPath = join(dir, 'live.db');
    const port = 3900 + Math.floor(Math.random() * 90);
    const base = `http://127.0.0.1:${port}`;
    let server = await startServer(dbPath, port);
    const employer = new Client(base);
    const counsellor = new Client(base);
    const coordinator = new Client(base);
    await employer.login('employeur1@passerelle.test');
    await counsellor.login('conseil.org1@passerelle.test');
    await coordinator.login('coordination@passerelle.test');

    const acked = {
      seekers: [] as number[],
      pairings: [] as number[],
      claims: [] as number[],
      approved: [] as number[],
    };
    let stop = false;
    const errors: string[] = [];
    let spent = false;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const posting = await employer.call<{ id: number }>('postings.create', {
            title: `Durabilité ${w}-${i}`,
            nocCode: '65100',
            regionCode: '06',
            city: 'Montréal',
            hoursPerWeek: 30,
            hourlyWageCents: 1700,
            positions: 1,
            startDate: day(0),
            durationWeeks: 10,
            publish: true,
          });
          const seeker = await counsellor.call<{ id: number }>('jobSeekers.create', {
            firstName: 'Durable',
            lastName: `N${w}-${i}-${port}`,
            regionCode: '06',
            hoursPerWeek: 30,
            availableFrom: day(0),
            consents: {
              participation: true,
              proposal: true,
              contactSharing: false,
              givenOn: day(0),
            },
          });
          acked.seekers.push(seeker.id);
          const proposal = await counsellor.call<{ id: number }>('proposals.create', {
            postingId: posting.id,
            jobSeekerId: seeker.id,
            message: '',
          });
          // Once the demo phase's envelope is spent, the stream goes on with registrations and
          // proposals (writes that need no budget), so the kill still lands mid-stream.
          if (spent) continue;
          // Recorded a week late (within the phase's window for a start in the past), so that a
          // pay period has ended and can be claimed today.
          const hire = await employer.call<{ pairingId: number }>('pairings.confirmHire', {
            proposalId: proposal.id,
            startDate: day(-7),
            hourlyWageCents: 1700,
            hoursPerWeek: 30,
            plannedWeeks: 10,
          });
          acked.pairings.push(hire.pairingId);
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
            periodStart: day(-7),
            periodEnd: day(-1),
            hoursWorked: 30,
            grossWagesCents: 51_000,
          });
          acked.claims.push(claim.id);
          await coordinator.call('money.reviewClaim', { id: claim.id, action: 'approve' });
          acked.approved.push(claim.id);
        } catch (e) {
          const message = String(e);
          if (message.includes('"appCode":"budget.exceeded"')) {
            spent = true;
            continue;
          }
          // The server died under us; any other refusal it answered is a failure of the test.
          if (!stop && !message.includes('fetch failed')) errors.push(message);
          return;
        }
      }
    };
    const workers = [0, 1, 2].map(worker);
    // Kill mid-stream: after 2.5 s and once a few claims are approved (a loaded machine is slow
    // to get there), at most 60 s in.
    const started = Date.now();
    while (
      Date.now() - started < 60_000 &&
      (Date.now() - started < 2_500 || (acked.approved.length < 4 && !spent && errors.length === 0))
    ) {
      await new Promise((r) => setTimeout(r, 100));
    }
    server.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    expect(errors).toEqual([]);
    expect(acked.approved.length).toBeGreaterThan(3);

    server = await startServer(dbPath, port);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));

    const db = openDatabase(dbPath);
    const ids = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);
    expect(
      ids(
        db
          .select({ id: jobSeekers.id })
          .from(jobSeekers)
          .where(inArray(jobSeekers.id, acked.seekers))
          .all(),
      ),
    ).toEqual([...acked.seekers].sort((a, b) => a - b));
    expect(
      ids(
        db
          .select({ id: pairings.id })
          .from(pairings)
          .where(inArray(pairings.id, acked.pairings))
          .all(),
      ),
    ).toEqual([...acked.pairings].sort((a, b) => a - b));
    expect(
      ids(db.select({ id: claims.id }).from(claims).where(inArray(claims.id, acked.claims)).all()),
    ).toEqual([...acked.claims].sort((a, b) => a - b));
    const approved = db
      .select({ claimId: ledgerEntries.claimId })
      .from(ledgerEntries)
      .where(inArray(ledgerEntries.claimId, acked.approved))
      .all();
    expect(approved).toHaveLength(acked.approved.length);
    // Budgets equal a recomputation from the rows, and stay within the envelope.
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
    expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
    db.$client.close();
  }, 360_000);
});
