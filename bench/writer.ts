// The background writer of the mixed benchmark: a separate process committing hires, claims,
// follow-ups and file reads (a read of a person's file is logged, so it writes) through the
// real use cases, on its own connection, at a steady rate (20/s by default), round-robin,
// until the harness says stop (IPC) or its time runs out. It reports what it did and any error.
//
//   started by run.ts with WRITER_JOB=<json file> (see WriterJob)
import { readFileSync } from 'node:fs';
import { composeDeps } from '../server/compose';
import { loadConfig } from '../server/config';
import { openDatabase } from '../server/db/client';
import type { Actor } from '../server/deps';
import { getJobSeeker } from '../server/features/jobSeekers/readJobSeekers';
import { submitClaim } from '../server/features/money/claims';
import { confirmHire } from '../server/features/pairings/confirmHire';
import { logFollowUp } from '../server/features/pairings/followUps';
import { quebecToday } from '../shared/dates';
import type { BenchUser } from './mixQueries';
import type { World } from './world';

export interface WriterJob {
  dbPath: string;
  ratePerS: number;
  maxSeconds: number;
  users: BenchUser[];
  hires: number[];
  claims: World['writerClaims'];
  followUps: World['activePairings'];
  fileReads: World['seekers'];
}

const job = JSON.parse(readFileSync(process.env.WRITER_JOB ?? '', 'utf8')) as WriterJob;
const config = loadConfig({ NODE_ENV: 'production', SEED_DEMO: '0', DATABASE_PATH: job.dbPath });
const deps = composeDeps(config, { db: openDatabase(job.dbPath), log: () => {} });
const req = { ip: '127.0.0.1', userAgent: 'bench-writer' };

const actorOf = (u: BenchUser): Actor => ({
  userId: u.id,
  role: u.role,
  organisationId: u.organisationId,
  businessId: u.businessId,
  sessionId: 'bench-writer',
});
const employerOf = new Map<number, Actor>();
const counsellorOf = new Map<number, Actor>();
for (const u of job.users) {
  if (u.role === 'employer' && u.businessId && !employerOf.has(u.businessId))
    employerOf.set(u.businessId, actorOf(u));
  if (u.role === 'counsellor' && u.organisationId && !counsellorOf.has(u.organisationId))
    counsellorOf.set(u.organisationId, actorOf(u));
}
const benchEmployer = employerOf.get(1);

const done = { hire: 0, claim: 0, followUp: 0, fileRead: 0, skipped: 0 };
const errors: string[] = [];
let errorCount = 0;
const today = () => quebecToday(new Date());

const ops: (() => boolean)[] = [
  () => {
    const proposalId = job.hires.shift();
    if (proposalId === undefined || !benchEmployer) return false;
    confirmHire(
      deps,
      benchEmployer,
      {
        proposalId,
        startDate: today(),
        hourlyWageCents: 2_000,
        hoursPerWeek: 35,
        plannedWeeks: 12,
      },
      req,
    );
    done.hire++;
    return true;
  },
  () => {
    const c = job.claims.shift();
    const actor = c && employerOf.get(c.businessId);
    if (!c || !actor) return false;
    const { businessId: _b, ...input } = c;
    submitClaim(deps, actor, { ...input, proofIds: [] }, req);
    done.claim++;
    return true;
  },
  () => {
    const p = job.followUps[done.followUp % Math.max(1, job.followUps.length)];
    const actor = p && counsellorOf.get(p.organisationId);
    if (!p || !actor) return false;
    logFollowUp(deps, actor, {
      pairingId: p.pairingId,
      on: today(),
      withWhom: 'person',
      kind: 'call',
      notes: 'Suivi (banc d’essai)',
      nextOn: null,
    });
    done.followUp++;
    return true;
  },
  () => {
    const s = job.fileReads[done.fileRead % Math.max(1, job.fileReads.length)];
    const actor = s && counsellorOf.get(s.organisationId);
    if (!s || !actor) return false;
    getJobSeeker(deps, actor, s.jobSeekerId);
    done.fileRead++;
    return true;
  },
];

let stopped = false;
process.on('message', (m) => {
  if (m === 'stop') stopped = true;
});
process.on('disconnect', () => {
  stopped = true;
});

const started = performance.now();
const interval = 1_000 / job.ratePerS;
let k = 0;
const tick = () => {
  const elapsed = performance.now() - started;
  if (stopped || elapsed > job.maxSeconds * 1_000) {
    const seconds = elapsed / 1_000;
    const total = done.hire + done.claim + done.followUp + done.fileRead;
    process.send?.({
      done,
      perS: Math.round((total / seconds) * 10) / 10,
      errors: errorCount,
      firstErrors: errors,
    });
    deps.db.$client.close();
    setTimeout(() => process.exit(0), 50);
    return;
  }
  // Every op due by now (at most a few if the process was starved), then sleep to the next.
  while (k * interval <= elapsed) {
    const op = ops[k % ops.length];
    k++;
    try {
      if (op && !op()) done.skipped++;
    } catch (err) {
      errorCount++;
      if (errors.length < 5)
        errors.push(
          err instanceof Error
            ? `${err.message} ${JSON.stringify((err as { params?: unknown }).params ?? '')}`
            : String(err),
        );
    }
  }
  setTimeout(tick, Math.max(0, k * interval - (performance.now() - started)));
};
process.send?.('ready');
tick();
