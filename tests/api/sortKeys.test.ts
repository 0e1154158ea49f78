// Sorting by name respects accents in SQL: the name_key columns kept by triggers (server/db/sortKey.ts)
// equal their JavaScript specification for every folded letter, put names in the order French
// readers expect (Intl.Collator 'fr-CA'), and serve the lists, their keyset cursors and indexes.
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase, wrap } from '../../server/db/client';
import { organisations, users } from '../../server/db/schema';
import { FOLDS, STAGE_LETTERS, sortKey } from '../../server/db/sortKey';
import { anOrganisation, aUser, jobSeekerFields } from '../helpers/builders';
import { as } from '../helpers/callers';
import { folderBefore } from '../helpers/migrations';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
beforeEach(() => {
  deps = testDeps();
});

// The web compares names with Intl.Collator: the database's order must be the same for a French
// and for an English reader (ties, the same letters with other accents, in either order).
const collators = ['fr-CA', 'en-CA'].map((l) => new Intl.Collator(l, { sensitivity: 'base' }));

/** Consecutive names never go backwards for a French or English reader. */
function expectFrenchOrder(names: string[]) {
  for (let i = 1; i < names.length; i++) {
    const [a, b] = [names[i - 1] ?? '', names[i] ?? ''];
    for (const c of collators) expect(c.compare(a, b), `${a} before ${b}`).toBeLessThanOrEqual(0);
  }
}

const keyOf = (name: string) => {
  const org = anOrganisation(deps.db, { name });
  const row = deps.db
    .select({ key: organisations.nameKey })
    .from(organisations)
    .where(eq(organisations.id, org.id))
    .get();
  return row?.key;
};

describe('name sort keys', () => {
  it('fold every accented Latin letter in SQL exactly as the specification does', () => {
    expect(FOLDS.length).toBeGreaterThan(150);
    const everyLetter = FOLDS.map(([ch]) => ch).join('');
    expect(keyOf(everyLetter)).toBe(sortKey(everyLetter));
    expect(sortKey('Élan Œuvre Ærø Łódź Straße')).toBe('elan oeuvre aero lodz strasse');
    const alphabet = fc.constantFrom(...FOLDS.map(([ch]) => ch), ..."aZ -’'.çÇ0ạ中".split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 1, maxLength: 12 }), (chars) => {
        const name = `${chars.join('')} ${Math.random()}`;
        expect(keyOf(name)).toBe(sortKey(name));
      }),
      { numRuns: 60 },
    );
  });

  it('computes the keys of the names already there when the triggers arrive (migration sort_key_triggers)', () => {
    const db = wrap(new Database(':memory:'));
    db.$client.pragma('foreign_keys = OFF');
    migrate(db, { migrationsFolder: folderBefore('sort_key_triggers') });
    db.$client
      .prepare(
        "INSERT INTO organisations (name, region_code, city, created_at) VALUES ('Œuvre Ça', '06', 'Laval', '2026-01-01T00:00:00.000Z')",
      )
      .run();
    migrateDatabase(db);
    expect(db.$client.prepare('SELECT name_key AS k FROM organisations').get()).toEqual({
      k: 'oeuvre ca',
    });
  });

  it('keeps the key in step with a name changed by any writer, even plain SQL', () => {
    const org = anOrganisation(deps.db, { name: 'Abri' });
    deps.db.$client
      .prepare('UPDATE organisations SET name = ? WHERE id = ?')
      .run('Œuvre Ça', org.id);
    expect(keyOf('Élan')).toBe('elan');
    const row = deps.db
      .select({ key: organisations.nameKey })
      .from(organisations)
      .where(eq(organisations.id, org.id))
      .get();
    expect(row?.key).toBe('oeuvre ca');
    // A change of another column leaves the key alone (the trigger watches the name only).
    deps.db.$client.prepare("UPDATE organisations SET city = 'Laval' WHERE id = ?").run(org.id);
    expect(
      deps.db
        .select({ key: organisations.nameKey })
        .from(organisations)
        .where(eq(organisations.id, org.id))
        .get()?.key,
    ).toBe('oeuvre ca');
  });

  it('no statement of the schema nests calls deeper than older SQLite parsers take (Litestream)', () => {
    // Litestream 0.3.13's SQLite overflows its parser stack past ~28 nested replace() calls and
    // then cannot read the schema at all: replication stops. Keep every statement well under.
    const rows = deps.db.$client
      .prepare('SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL')
      .all() as { name: string; sql: string }[];
    let deepest = { name: '', depth: 0 };
    for (const { name, sql } of rows) {
      let depth = 0;
      let max = 0;
      // Parentheses inside quoted text do not count.
      for (const part of sql.split(/'(?:[^']|'')*'/)) {
        for (const ch of part) {
          if (ch === '(') max = Math.max(max, ++depth);
          else if (ch === ')') depth--;
        }
      }
      if (max > deepest.depth) deepest = { name, depth: max };
    }
    expect(deepest.depth, deepest.name).toBeLessThanOrEqual(STAGE_LETTERS + 4);
  });

  it('sorts organisations and accounts as a French reader expects: « Élan » with the E’s', async () => {
    const names = [
      'Zénith',
      'élan',
      'Élan',
      'Eaux vives',
      'Écluse',
      'Ouvrage',
      'Œuvre',
      'Abri',
      'Côté',
      'Cote-Nord',
      'Émond',
      'Ébène',
    ];
    for (const name of names) anOrganisation(deps.db, { name });
    const coordinator = await aUser(deps.db, 'coordinator');
    const listed = (await as(deps, coordinator.id).directory.organisations()).map((o) => o.name);
    const ours = listed.filter((n) => names.includes(n));
    expect(ours).toHaveLength(names.length);
    expectFrenchOrder(ours);
    // Byte order would have put every accented capital after « Zénith ».
    expect(ours.indexOf('Élan')).toBeLessThan(ours.indexOf('Ouvrage'));

    const org = anOrganisation(deps.db);
    for (const name of ['Zoé Roy', 'Émilie Lavoie', 'ernest Bédard', 'Aurélie Côté', 'Éric Abel']) {
      await aUser(deps.db, 'counsellor', { organisationId: org.id, name });
    }
    const accounts = (await as(deps, coordinator.id).accounts.list()).map((a) => a.name);
    expectFrenchOrder(accounts);
    expect(
      deps.db.select({ k: users.nameKey }).from(users).where(eq(users.name, 'Éric Abel')).get(),
    ).toEqual({ k: 'eric abel' });
  });

  it('pages job seekers by last then first name through the keyset cursor, on its index', async () => {
    const counsellor = await aUser(deps.db, 'counsellor');
    const c = as(deps, counsellor.id);
    const people = [
      ['Zoé', 'Lévesque'],
      ['Marc', 'Leblanc'],
      ['Anne', 'Émond'],
      ['Paul', 'Eaton'],
      ['Jean', 'Élie'],
      ['Luc', 'Ellis'],
      ['Éloïse', 'Côté'],
      ['Ève', 'Côté'],
      ['Alex', 'Cote'],
      ['Nora', 'Zapata'],
      ['Hélène', 'Abel'],
    ];
    for (const [firstName, lastName] of people) {
      await c.jobSeekers.create(jobSeekerFields({ firstName, lastName, email: '' }));
    }
    for (const dir of ['asc', 'desc'] as const) {
      const rows: { firstName: string; lastName: string }[] = [];
      let cursor: string | undefined;
      do {
        const page = await c.jobSeekers.list({ sort: { by: 'name', dir }, limit: 3, cursor });
        rows.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(rows).toHaveLength(people.length);
      const keys = rows.map((r) => `${r.lastName}, ${r.firstName}`);
      expectFrenchOrder(dir === 'asc' ? keys : [...keys].reverse());
    }
    const asc = (await c.jobSeekers.list({ sort: { by: 'name', dir: 'asc' }, limit: 20 })).items;
    expect(asc.map((r) => r.lastName).slice(0, 6)).toEqual([
      'Abel',
      'Cote',
      'Côté',
      'Côté',
      'Eaton',
      'Élie',
    ]);

    const plan = deps.db.$client
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM job_seekers WHERE organisation_id = ? AND status = 'active'
         ORDER BY name_key, id LIMIT 21`,
      )
      .all(counsellor.organisationId) as { detail: string }[];
    const detail = plan.map((p) => p.detail).join('\n');
    expect(detail).toContain('job_seekers_org_status_name_idx');
    expect(detail).not.toContain('TEMP B-TREE');
    // The other lists by name read the key from an index too, never computing it per row.
    for (const [table, index] of [
      ['users', 'users_name_key_idx'],
      ['organisations', 'organisations_name_key_idx'],
      ['businesses', 'businesses_name_key_idx'],
    ]) {
      const p = deps.db.$client
        .prepare(`EXPLAIN QUERY PLAN SELECT id FROM ${table} ORDER BY name_key, id`)
        .all() as { detail: string }[];
      const d = p.map((r) => r.detail).join('\n');
      expect(d, table).toContain(index);
      expect(d, table).not.toContain('TEMP B-TREE');
    }
  });
});
