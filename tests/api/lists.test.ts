// Lists: filters, sorting (ties broken by id), keyset pages that never skip or repeat a row,
// who sees which rows, bad sort/cursor input as field errors, and the read cache of
// postings.list dropping its answers on any write.
import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { postings } from '../../server/db/schema';
import { sortKey } from '../../server/db/sortKey';
import { seedDemoData } from '../../server/seed/demoData';
import { AppError } from '../../shared/errors';
import type { regionCodes } from '../../shared/reference/regions';
import { aBusiness, aUser, postingFields } from '../helpers/builders';
import { anonymous, as } from '../helpers/callers';
import { expectValidationError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';

type Dir = 'asc' | 'desc';
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every page of a list, following the cursors (bounded). */
async function allPages<T>(fetch: (cursor: string | undefined) => Promise<Page<T>>) {
  const rows: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 500; i++) {
    const page = await fetch(cursor);
    rows.push(...page.items);
    if (!page.nextCursor) return rows;
    cursor = page.nextCursor;
  }
  throw new Error('too many pages');
}

function compare(a: string | number, b: string | number) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rows in (key, id) order, both in the given direction. */
function expectOrdered<T extends { id: number }>(
  rows: T[],
  key: (r: T) => string | number,
  dir: Dir,
) {
  const sign = dir === 'asc' ? 1 : -1;
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1] as T;
    const b = rows[i] as T;
    const c = compare(key(a), key(b)) || compare(a.id, b.id);
    expect(c * sign, `rows ${a.id} then ${b.id}`).toBeLessThan(0);
  }
}

function expectUnique(rows: { id: number }[]) {
  expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
}

describe('postings.list (property: pages over random data)', () => {
  it('returns exactly the visible rows, in (key, id) order, whatever the sort, page size and filters', async () => {
    const row = fc.record({
      status: fc.constantFrom('open', 'open', 'closed', 'draft', 'filled'),
      regionCode: fc.constantFrom('06', '05'),
      // Few distinct values: many ties, broken by id.
      startDate: fc.constantFrom('2027-01-04', '2027-02-01', '2027-03-01'),
      hourlyWageCents: fc.constantFrom(1800, 2000, 2500),
      business: fc.constantFrom(0, 1),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 0, maxLength: 25 }),
        fc.constantFrom('newest', 'startDate', 'wage'),
        fc.constantFrom<Dir>('asc', 'desc'),
        fc.integer({ min: 1, max: 6 }),
        fc.option(fc.constantFrom('06', '05'), { nil: undefined }),
        async (rows, by, dir, limit, regionCode) => {
          const deps = testDeps();
          const bizA = aBusiness(deps.db);
          const bizB = aBusiness(deps.db);
          const counsellor = as(deps, (await aUser(deps.db, 'counsellor')).id);
          const employer = as(deps, (await aUser(deps.db, 'employer', { businessId: bizA.id })).id);
          const now = '2026-11-23T14:00:00.000Z';
          for (const r of rows) {
            const f = postingFields();
            deps.db
              .insert(postings)
              .values({
                ...f,
                title: String(f.title),
                nocCode: String(f.nocCode),
                city: String(f.city),
                hoursPerWeek: 35,
                positions: 1,
                durationWeeks: 12,
                businessId: r.business === 0 ? bizA.id : bizB.id,
                regionCode: r.regionCode,
                status: r.status,
                startDate: r.startDate,
                hourlyWageCents: r.hourlyWageCents,
                skills: [],
                languages: [],
                createdAt: now,
                updatedAt: now,
              })
              .run();
          }
          const all = deps.db.select().from(postings).all();
          const keyOf = (p: { id: number; startDate: string; hourlyWageCents: number }) =>
            by === 'newest' ? p.id : by === 'startDate' ? p.startDate : p.hourlyWageCents;
          const ordered = <T extends { id: number; startDate: string; hourlyWageCents: number }>(
            list: T[],
          ) =>
            [...list].sort(
              (a, b) =>
                (compare(keyOf(a), keyOf(b)) || compare(a.id, b.id)) * (dir === 'asc' ? 1 : -1),
            );
          const sort = { by, dir } as const;

          // A counsellor: open postings of every business, never drafts.
          const seen = await allPages((cursor) =>
            counsellor.postings.list({ sort, limit, cursor, regionCode }),
          );
          const expected = ordered(
            all.filter(
              (p) =>
                p.status === 'open' && (regionCode === undefined || p.regionCode === regionCode),
            ),
          );
          expect(seen.map((p) => p.id)).toEqual(expected.map((p) => p.id));

          // An employer: their business's postings in every state, nobody else's.
          const mine = await allPages((cursor) => employer.postings.list({ sort, limit, cursor }));
          expect(mine.map((p) => p.id)).toEqual(
            ordered(all.filter((p) => p.businessId === bizA.id)).map((p) => p.id),
          );
        },
      ),
      { numRuns: 30 },
    );
  });

  it('filters by start date bounds and NOC prefix', async () => {
    const deps = testDeps();
    const employerUser = await aUser(deps.db, 'employer');
    const employer = as(deps, employerUser.id);
    const counsellor = as(deps, (await aUser(deps.db, 'counsellor')).id);
    for (const [startDate, nocCode] of [
      ['2027-01-04', '65201'],
      ['2027-02-01', '65202'],
      ['2027-03-01', '75101'],
    ] as const) {
      await employer.postings.create(postingFields({ startDate, nocCode, publish: true }));
    }
    const between = await counsellor.postings.list({
      startFrom: '2027-01-10',
      startTo: '2027-03-01',
      sort: { by: 'startDate', dir: 'asc' },
    });
    expect(between.items.map((p) => p.startDate)).toEqual(['2027-02-01', '2027-03-01']);
    const noc = await counsellor.postings.list({ nocPrefix: '652' });
    expect(noc.items.map((p) => p.nocCode).sort()).toEqual(['65201', '65202']);
  });

  it('a new posting shows at once in the lists, each business its own', async () => {
    const deps = testDeps();
    const employer = as(deps, (await aUser(deps.db, 'employer')).id);
    const counsellor = as(deps, (await aUser(deps.db, 'counsellor')).id);
    expect((await counsellor.postings.list({})).items).toHaveLength(0);
    expect((await counsellor.postings.list({})).items).toHaveLength(0);
    await employer.postings.create(postingFields({ publish: true }));
    expect((await counsellor.postings.list({})).items).toHaveLength(1);
    const other = as(deps, (await aUser(deps.db, 'employer')).id);
    // Same input, another business: the employer's business is part of the answer's key.
    expect((await other.postings.list({})).items).toHaveLength(0);
    expect((await employer.postings.list({})).items).toHaveLength(1);
  });

  it('refuses a bad sort, a bad cursor and a cursor of another sort with field errors', async () => {
    const deps = testDeps();
    const counsellor = as(deps, (await aUser(deps.db, 'counsellor')).id);
    const bad = counsellor.postings.list as (input: unknown) => Promise<unknown>;
    await expectValidationError(bad({ sort: { by: 'title', dir: 'asc' } }), 'sort.by');
    await expectValidationError(bad({ sort: { by: 'newest', dir: 'up' } }), 'sort.dir');
    await expectValidationError(bad({ cursor: 'not json' }), 'cursor');
    await expectValidationError(bad({ cursor: '[1,2]' }), 'cursor');
    await expectValidationError(bad({ cursor: '["newest",1,-4]' }), 'cursor');
    await expectValidationError(bad({ cursor: 12 }), 'cursor');
    const err = await counsellor.postings
      .list({ sort: { by: 'wage', dir: 'asc' }, cursor: '["newest",5,5]' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe('BAD_REQUEST');
    expect(((err as TRPCError).cause as AppError).field).toBe('cursor');
    // A cursor's value of the wrong type for the key: refused too, never an internal error.
    const typed = await counsellor.postings
      .list({ sort: { by: 'startDate', dir: 'asc' }, cursor: '["startDate",5,5]' })
      .catch((e: unknown) => e);
    expect((typed as TRPCError).code).toBe('BAD_REQUEST');
  });
});

describe('lists over the demo data', () => {
  let deps: TestDeps;
  let ids: Record<string, number>;
  const caller = (email: string) => as(deps, ids[email] ?? 0);

  beforeAll(async () => {
    deps = testDeps({ SEED_DEMO: '1' });
    await seedDemoData(deps);
    ids = Object.fromEntries(
      (
        deps.db.$client.prepare('SELECT id, email FROM users').all() as {
          id: number;
          email: string;
        }[]
      ).map((u) => [u.email, u.id]),
    );
    // Some audit events by people of two organisations and the coordination.
    for (const email of [
      'conseil.org1@passerelle.test',
      'direction.org1@passerelle.test',
      'conseil.org2@passerelle.test',
      'coordination@passerelle.test',
    ]) {
      await anonymous(deps).auth.login({ email, password: 'Passerelle-demo-2026' });
    }
  }, 180_000);

  it('job seekers: every sort pages without skipping or repeating, ties broken by id', async () => {
    const c = caller('conseil.org1@passerelle.test');
    const everything = (await c.jobSeekers.list({ limit: 100 })).items;
    expect(everything.length).toBeGreaterThan(5);
    for (const [by, key] of [
      ['newest', (r: (typeof everything)[number]) => r.id],
      ['name', (r: (typeof everything)[number]) => sortKey(`${r.lastName}\u0001${r.firstName}`)],
      ['updated', (r: (typeof everything)[number]) => r.updatedAt],
    ] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const rows = await allPages((cursor) =>
          c.jobSeekers.list({ sort: { by, dir }, limit: 4, cursor }),
        );
        expectUnique(rows);
        expect(rows.map((r) => r.id).sort()).toEqual(everything.map((r) => r.id).sort());
        expectOrdered(rows, key, dir);
      }
    }
    const region = (everything[0]?.regionCode ?? '06') as (typeof regionCodes)[number];
    const inRegion = await c.jobSeekers.list({ regionCode: region, limit: 100 });
    expect(inRegion.items.every((r) => r.regionCode === region)).toBe(true);
  });

  it('proposals: the organisation’s own, paged and sorted; an employer only their postings’', async () => {
    const c = caller('conseil.org1@passerelle.test');
    for (const [by, dir] of [
      ['updated', 'desc'],
      ['created', 'asc'],
    ] as const) {
      const rows = await allPages(async (cursor) => {
        const page = await c.proposals.list({ sort: { by, dir }, limit: 3, cursor });
        if (page.side !== 'organisation') throw new Error('side');
        return page;
      });
      expect(rows.length).toBeGreaterThan(3);
      expectUnique(rows);
      expectOrdered(rows, (r) => (by === 'updated' ? r.updatedAt : r.id), dir);
      const single = await c.proposals.list({ sort: { by, dir }, limit: 100 });
      expect(rows.map((r) => r.id)).toEqual(single.items.map((r) => r.id));
    }
    const e = caller('employeur1@passerelle.test');
    const theirs = await e.proposals.list({ limit: 100 });
    const mine = await e.postings.list({ limit: 100 });
    const postingIds = new Set(mine.items.map((p) => p.id));
    expect(theirs.items.every((p) => postingIds.has(p.postingId))).toBe(true);
  });

  it('pairings: coordinator filters by organisation and status; others never see another organisation’s', async () => {
    const coord = caller('coordination@passerelle.test');
    const all = await allPages((cursor) =>
      coord.pairings.list({ sort: { by: 'startDate', dir: 'asc' }, limit: 7, cursor }),
    );
    expect(all.length).toBeGreaterThan(20);
    expectUnique(all);
    expectOrdered(all, (r) => r.startDate, 'asc');
    const oneOrg = all[0]?.organisationName;
    const orgId = (
      deps.db.$client.prepare('SELECT id FROM organisations WHERE name = ?').get(oneOrg) as {
        id: number;
      }
    ).id;
    const filtered = await allPages((cursor) =>
      coord.pairings.list({ organisationId: orgId, status: 'completed', limit: 5, cursor }),
    );
    expect(filtered.length).toBe(
      all.filter((p) => p.organisationName === oneOrg && p.status === 'completed').length,
    );
    expectOrdered(filtered, (r) => r.id, 'desc');

    const admin = caller('direction.org1@passerelle.test');
    const ownName = (await admin.directory.myOrganisation()).name;
    const other = all.find((p) => p.organisationName !== ownName);
    const otherId = (
      deps.db.$client
        .prepare('SELECT id FROM organisations WHERE name = ?')
        .get(other?.organisationName) as { id: number }
    ).id;
    // The organisation filter is the coordinator's: an org_admin asking for another gets theirs.
    const asked = await admin.pairings.list({ organisationId: otherId, limit: 100 });
    expect(asked.items.every((p) => p.organisationName === ownName)).toBe(true);
  });

  it('claims: an employer sees only their business’s; the coordinator filters by status and organisation', async () => {
    const coord = caller('coordination@passerelle.test');
    const all = await allPages((cursor) =>
      coord.money.claims({ sort: { by: 'amount', dir: 'desc' }, limit: 6, cursor }),
    );
    expect(all.length).toBeGreaterThan(5);
    expectUnique(all);
    expectOrdered(all, (r) => r.amountCents, 'desc');
    const submitted = await allPages((cursor) =>
      coord.money.claims({
        status: 'approved',
        sort: { by: 'submitted', dir: 'asc' },
        limit: 4,
        cursor,
      }),
    );
    expect(submitted.every((c) => c.status === 'approved')).toBe(true);
    expect(submitted.length).toBe(all.filter((c) => c.status === 'approved').length);
    expectOrdered(submitted, (r) => r.submittedAt, 'asc');

    for (const email of ['employeur1@passerelle.test', 'employeur2@passerelle.test']) {
      const e = caller(email);
      const business = (await e.directory.myBusiness()).legalName;
      const theirs = await e.money.claims({ limit: 100 });
      expect(theirs.items.every((c) => c.businessName === business)).toBe(true);
      expect(theirs.items.length).toBe(all.filter((c) => c.businessName === business).length);
      // People are known to employers by first name and initial only.
      expect(theirs.items.every((c) => /^.\.$/.test(c.lastName))).toBe(true);
    }
    await expect(caller('conseil.org1@passerelle.test').money.claims({})).rejects.toThrow();
  });

  it('ledger: pages newest first without repeats, each side its own entries', async () => {
    const coord = caller('coordination@passerelle.test');
    const rows = await allPages((cursor) => coord.money.ledger({ limit: 9, cursor, fund: 'wage' }));
    expect(rows.length).toBeGreaterThan(9);
    expectUnique(rows);
    expect(rows.every((r) => r.fund === 'wage')).toBe(true);
    expectOrdered(rows, (r) => r.id, 'desc');
  });

  it('audit: the coordinator sees all; an org_admin only their organisation’s people', async () => {
    const coord = caller('coordination@passerelle.test');
    const everything = await allPages((cursor) => coord.audit.list({ limit: 97, cursor }));
    expectUnique(everything);
    expectOrdered(everything, (r) => r.at, 'desc');
    const logins = everything.filter((e) => e.action === 'auth.login_succeeded');
    expect(logins.length).toBeGreaterThanOrEqual(4);

    const admin = caller('direction.org1@passerelle.test');
    const team = new Set((await admin.accounts.list()).map((u) => u.id));
    const theirs = await allPages((cursor) =>
      admin.audit.list({ sort: { by: 'at', dir: 'asc' }, limit: 2, cursor }),
    );
    expect(theirs.length).toBeGreaterThanOrEqual(2);
    expect(theirs.every((e) => e.actorUserId !== null && team.has(e.actorUserId))).toBe(true);
    expect(theirs.every((e) => e.ip === null)).toBe(true);
    expectOrdered(theirs, (r) => r.at, 'asc');
    // Filtering on someone outside the organisation gives nothing, not their events.
    const outsider = ids['conseil.org2@passerelle.test'] ?? 0;
    expect((await admin.audit.list({ actorUserId: outsider })).items).toHaveLength(0);
    expect((await coord.audit.list({ actorUserId: outsider })).items.length).toBeGreaterThan(0);
    const byAction = await coord.audit.list({ action: 'auth.login_succeeded', limit: 100 });
    expect(byAction.items.every((e) => e.action === 'auth.login_succeeded')).toBe(true);
    const future = await coord.audit.list({ from: '2099-01-01' });
    expect(future.items).toHaveLength(0);
    await expect(caller('conseil.org1@passerelle.test').audit.list({})).rejects.toThrow();
    const bad = coord.audit.list as (input: unknown) => Promise<unknown>;
    await expectValidationError(bad({ action: "x'; DROP TABLE" }), 'action');
    await expectValidationError(bad({ from: '2026-13-45' }), 'from');
  });

  it('a cursor from another list or of another shape is a field error, never a 500', async () => {
    const coord = caller('coordination@passerelle.test');
    const err = await coord.pairings
      .list({ sort: { by: 'startDate', dir: 'asc' }, cursor: '["newest",3,3]' })
      .catch((e: unknown) => e);
    expect((err as TRPCError).code).toBe('BAD_REQUEST');
    expect(((err as TRPCError).cause as AppError).field).toBe('cursor');
    expect((err as TRPCError).cause).toBeInstanceOf(AppError);
  });
});
