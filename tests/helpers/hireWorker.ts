// A separate process with its own SQLite connection to a file database: says "ready", waits for
// "go" on stdin, confirms one hire and prints what happened as JSON. Used to race two hires.
import { createInterface } from 'node:readline';
import { composeDeps } from '../../server/compose';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/client';
import { confirmHire } from '../../server/features/pairings/confirmHire';
import { AppError } from '../../shared/errors';

interface Job {
  path: string;
  actor: {
    userId: number;
    role: 'employer';
    organisationId: null;
    businessId: number;
    sessionId: string;
  };
  input: Parameters<typeof confirmHire>[2];
}

const job = JSON.parse(process.argv[2] ?? '{}') as Job;
const deps = composeDeps(
  loadConfig({ NODE_ENV: 'test', DATABASE_PATH: job.path, SEED_DEMO: '0' }),
  {
    db: openDatabase(job.path),
    log: () => undefined,
  },
);
const lines = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
lines.once('line', () => {
  let result: unknown;
  try {
    const r = confirmHire(deps, job.actor, job.input, { ip: null, userAgent: 'race' });
    result = { ok: true, pairingId: r.pairingId };
  } catch (e) {
    result = { ok: false, code: e instanceof AppError ? e.code : String(e) };
  }
  deps.db.$client.close();
  process.stdout.write(`${JSON.stringify(result)}\n`);
  lines.close();
});
