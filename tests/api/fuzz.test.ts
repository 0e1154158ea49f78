// Every procedure of the router, fed random, boundary and hostile input by every kind of user:
// the answer is a client error or a valid result, never an internal error, and a refused call
// writes nothing (a checksum of the database is unchanged).
import { createHash } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../server/seed/demoData';
import { appRouter } from '../../server/trpc/router';
import { as } from '../helpers/callers';
import { type TestDeps, testDeps } from '../helpers/testDeps';

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    "'; DROP TABLE users; --",
    '<script>alert(1)</script>',
    '\u0000',
    '𝕏'.repeat(50),
    'x'.repeat(10_000),
    '../../etc/passwd',
    '%',
    '2026-02-30',
    '99999',
  ),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(
    0,
    -1,
    1.5,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    Number.NaN,
    Infinity,
  ),
  fc.double(),
);
const leaf = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const keys = fc.constantFrom(
  'id',
  'postingId',
  'jobSeekerId',
  'proposalId',
  'pairingId',
  'phaseId',
  'businessId',
  'userId',
  'ledgerEntryId',
  'email',
  'password',
  'name',
  'token',
  'role',
  'locale',
  'title',
  'nocCode',
  'regionCode',
  'startDate',
  'endDate',
  'hoursPerWeek',
  'hourlyWageCents',
  'action',
  'reason',
  'purpose',
  'status',
  'q',
  'limit',
  'cursor',
  'consents',
  'rules',
  'organisations',
  'phase',
);
const input = fc.oneof(
  leaf,
  fc.dictionary(keys, leaf, { maxKeys: 8 }),
  fc.dictionary(keys, fc.oneof(leaf, fc.array(leaf, { maxLength: 5 }), fc.dictionary(keys, leaf)), {
    maxKeys: 8,
  }),
  fc.array(leaf, { maxLength: 5 }),
  // Mostly valid shapes with ids that exist in the demo data, to reach deeper code.
  fc.record({
    postingId: fc.integer({ min: -1, max: 30 }),
    jobSeekerId: fc.integer({ min: -1, max: 80 }),
    proposalId: fc.integer({ min: -1, max: 80 }),
    pairingId: fc.integer({ min: -1, max: 80 }),
    phaseId: fc.integer({ min: -1, max: 3 }),
    id: fc.integer({ min: -1, max: 500 }),
    action: fc.constantFrom('open', 'close', 'publish', 'approve', 'reject', 'markFilled'),
  }),
);

let deps: TestDeps;
const tables: string[] = [];

let cached: { changes: number; sum: string } | null = null;

function totalChanges(): number {
  return (deps.db.$client.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

/** A digest of every table; recomputed only when something was written since the last one. */
function checksum(): string {
  const changes = totalChanges();
  if (cached && cached.changes === changes) return cached.sum;
  const h = createHash('sha256');
  for (const t of tables) {
    h.update(t);
    h.update(JSON.stringify(deps.db.$client.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all()));
  }
  cached = { changes, sum: h.digest('hex') };
  return cached.sum;
}

type AnyCaller = Record<string, Record<string, (i: unknown) => Promise<unknown>>>;

beforeAll(async () => {
  deps = testDeps({ SEED_DEMO: '1' });
  await seedDemoData(deps);
  const rows = deps.db.$client
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
    )
    .all() as { name: string }[];
  // Failed logins are recorded on purpose (throttling and audit).
  for (const r of rows)
    if (!['login_failures', 'audit_events', 'sessions'].includes(r.name)) tables.push(r.name);
}, 180_000);

describe('fuzzing every procedure', () => {
  const procedures = Object.keys(appRouter._def.procedures).sort();
  it('covers the whole router', () => {
    expect(procedures.length).toBeGreaterThan(50);
  });

  for (const path of procedures) {
    it(`${path}: hostile input never causes an internal error or a partial write`, async () => {
      const users = deps.db.$client
        .prepare(
          "SELECT id FROM users WHERE email IN ('coordination@passerelle.test','direction.org1@passerelle.test','conseil.org2@passerelle.test','employeur1@passerelle.test')",
        )
        .all() as { id: number }[];
      const callers = users.map((u) => as(deps, u.id) as unknown as AnyCaller);
      const [ns, name] = path.split('.') as [string, string];
      await fc.assert(
        fc.asyncProperty(input, fc.nat({ max: callers.length - 1 }), async (value, who) => {
          const fn = callers[who]?.[ns]?.[name];
          if (!fn) throw new Error(`no procedure ${path}`);
          const before = checksum();
          try {
            await fn(value);
          } catch (e) {
            expect(e).toBeInstanceOf(TRPCError);
            expect((e as TRPCError).code, `${path} with ${JSON.stringify(value)}`).not.toBe(
              'INTERNAL_SERVER_ERROR',
            );
            expect(checksum(), `${path} wrote although it refused ${JSON.stringify(value)}`).toBe(
              before,
            );
          }
        }),
        { numRuns: 40 },
      );
    }, 60_000);
  }
});
