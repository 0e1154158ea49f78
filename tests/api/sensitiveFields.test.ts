// Sensitive fields never leave where they belong: every query of the router, called by an
// employer and by the coordinator over the demo data, is checked for client groups, private
// notes and birth dates at person level; employers also never get a job seeker's last name.
import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../server/seed/demoData';
import { appRouter } from '../../server/trpc/router';
import { as } from '../helpers/callers';
import { testDeps } from '../helpers/testDeps';

type AnyCaller = Record<string, Record<string, (i: unknown) => Promise<unknown>>>;

const inputsFor = (path: string): unknown[] => {
  if (path.endsWith('.get') || path.endsWith('.list') || path.includes('.'))
    return [
      {},
      undefined,
      ...[1, 2, 3, 5, 8].map((n) => ({
        postingId: n,
        proposalId: n,
        pairingId: n,
        phaseId: n % 3,
        jobSeekerId: n,
        businessId: n,
      })),
    ];
  return [undefined];
};

function keysDeep(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysDeep(v, out);
    }
  }
  return out;
}

describe('sensitive fields', () => {
  it('no query returns client groups, private notes or birth dates to employers or the coordinator', async () => {
    const deps = testDeps({ SEED_DEMO: '1' });
    await seedDemoData(deps);
    const ids = deps.db.$client
      .prepare(
        "SELECT id, email FROM users WHERE email IN ('employeur1@passerelle.test','employeur2@passerelle.test','coordination@passerelle.test')",
      )
      .all() as { id: number; email: string }[];
    const fullNames = (
      deps.db.$client.prepare('SELECT first_name AS f, last_name AS l FROM job_seekers').all() as {
        f: string;
        l: string;
      }[]
    ).map((r) => `${r.f} ${r.l}`);
    const queries = Object.entries(appRouter._def.procedures)
      .filter(([, p]) => (p as unknown as { _def: { type: string } })._def.type === 'query')
      .map(([path]) => path);
    expect(queries.length).toBeGreaterThan(20);
    let answered = 0;
    for (const user of ids) {
      const caller = as(deps, user.id) as unknown as AnyCaller;
      for (const path of queries) {
        const [ns, name] = path.split('.') as [string, string];
        for (const input of inputsFor(path)) {
          let result: unknown;
          try {
            result = await caller[ns]?.[name]?.(input);
          } catch {
            continue; // refused: nothing returned
          }
          answered++;
          const keys = keysDeep(result);
          for (const forbidden of ['clientGroups', 'privateNotes', 'birthDate']) {
            expect(keys.has(forbidden), `${path} as ${user.email} returns ${forbidden}`).toBe(
              false,
            );
          }
          if (user.email.startsWith('employeur')) {
            const text = JSON.stringify(result);
            expect(text, `${path} leaks a note`).not.toContain('Rencontre d’accueil');
            const leaked = fullNames.find((n) => text.includes(n));
            expect(leaked, `${path} shows a full name to ${user.email}`).toBeUndefined();
          }
        }
      }
    }
    expect(answered).toBeGreaterThan(40);
  }, 180_000);
});
