// Two hires racing for the last of the budget, from two processes with their own connections to
// the same database file, released at the same instant: exactly one may pass.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { composeDeps } from '../../server/compose';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/client';
import { pairings } from '../../server/db/schema';
import { jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { as } from '../helpers/callers';
import { type TestDeps, testClock } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

interface Racer {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<{ ok: boolean; code?: string }>;
}

function startRacer(job: unknown): Racer {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/helpers/hireWorker.ts', JSON.stringify(job)],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  let onReady: () => void = () => undefined;
  let onResult: (r: { ok: boolean; code?: string }) => void = () => undefined;
  const ready = new Promise<void>((r) => {
    onReady = r;
  });
  const result = new Promise<{ ok: boolean; code?: string }>((r) => {
    onResult = r;
  });
  lines.on('line', (line) => {
    if (line === 'ready') onReady();
    else if (line.startsWith('{')) onResult(JSON.parse(line));
  });
  return { child, ready, result };
}

describe('racing hires', () => {
  it('two hires for the last budget never both pass', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'passerelle-race-')), 'race.db');
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_PATH: path, SEED_DEMO: '0' });
    const clock = testClock();
    const base = composeDeps(config, { db: openDatabase(path), clock, log: () => undefined });
    const deps: TestDeps = { ...base, clock, logs: [] };
    const w = await aWorld(deps);
    const org = w.users.counsellor1.organisationId ?? 0;
    // Room for exactly one 9 000 $ pairing.
    const phase = await w.coord.phases.create(
      phaseFields({
        wageEnvelopeCents: 1_000_000,
        organisations: [{ organisationId: org, pairingTarget: 2 }],
      }),
    );
    await w.coord.phases.transition({ phaseId: phase.id, action: 'open' });
    const posting = await w.e1.postings.create({
      ...postingFields({ positions: 2 }),
      publish: true,
    });
    const ids: number[] = [];
    for (let i = 0; i < 2; i++) {
      const seeker = await w.c1.jobSeekers.create(jobSeekerFields());
      ids.push(
        (
          await as(deps, w.users.counsellor1.id).proposals.create({
            postingId: posting.id,
            jobSeekerId: seeker.id,
            message: '',
          })
        ).id,
      );
    }
    deps.db.$client.close();

    const actor = {
      userId: w.users.employer1.id,
      role: 'employer',
      organisationId: null,
      businessId: w.users.employer1.businessId,
      sessionId: '',
    };
    const terms = {
      startDate: '2026-12-07',
      hourlyWageCents: 2500,
      hoursPerWeek: 40,
      plannedWeeks: 18,
    };
    const racers = ids.map((proposalId) =>
      startRacer({ path, actor, input: { proposalId, ...terms } }),
    );
    await Promise.all(racers.map((r) => r.ready));
    for (const r of racers) r.child.stdin?.write('go\n');
    const outcomes = await Promise.all(racers.map((r) => r.result));

    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    expect(outcomes.filter((o) => !o.ok).map((o) => o.code)).toEqual(['budget.exceeded']);
    const check = openDatabase(path);
    const rows = check.select().from(pairings).all();
    expect(rows).toHaveLength(1);
    expect(rows.reduce((s, p) => s + p.committedWageCents, 0)).toBeLessThanOrEqual(1_000_000);
    check.$client.close();
  }, 30_000);
});
