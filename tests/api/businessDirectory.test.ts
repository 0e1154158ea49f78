// The businesses' directory in pages (directory.businessesPage): by name with accents folded,
// every business once across the pages, searched by name (with or without accents), city or
// NEQ, with the number that match; employers do not read it; bad input is refused.
import { beforeEach, describe, expect, it } from 'vitest';
import { aBusiness, aUser } from '../helpers/builders';
import { as } from '../helpers/callers';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let coordinator: Awaited<ReturnType<typeof as>>;

beforeEach(async () => {
  deps = testDeps();
  coordinator = as(deps, (await aUser(deps.db, 'coordinator')).id);
});

const names = ['Zénith', 'École Azur', 'Côté inc.', 'Boulangerie Bélanger', 'atelier Ouimet'];

describe('directory.businessesPage', () => {
  it('pages every business once, by name with accents and case folded, and counts them', async () => {
    for (const legalName of names) aBusiness(deps.db, { legalName });
    for (let i = 0; i < 7; i++) aBusiness(deps.db, { legalName: `Entreprise ${i}` });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await coordinator.directory.businessesPage({ limit: 5, cursor });
      expect(page.total).toBe(12);
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((b) => b.legalName));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(12);
    expect(seen.slice(0, 5)).toEqual([
      'atelier Ouimet',
      'Boulangerie Bélanger',
      'Côté inc.',
      'École Azur',
      'Entreprise 0',
    ]);
    expect(seen.at(-1)).toBe('Zénith');
  });

  it('finds a business by its name without accents, its city or its NEQ', async () => {
    aBusiness(deps.db, { legalName: 'Côté inc.', city: 'Québec', neq: '1170000001' });
    aBusiness(deps.db, {
      legalName: 'Boulangerie Bélanger',
      city: 'Sherbrooke',
      neq: '2270000002',
    });
    const search = async (q: string) =>
      (await coordinator.directory.businessesPage({ q })).items.map((b) => b.legalName);
    expect(await search('cote')).toEqual(['Côté inc.']);
    expect(await search('BELANGER')).toEqual(['Boulangerie Bélanger']);
    expect(await search('Sherbrooke')).toEqual(['Boulangerie Bélanger']);
    expect(await search('117000')).toEqual(['Côté inc.']);
    expect(await search('100%_')).toEqual([]);
    const counted = await coordinator.directory.businessesPage({ q: 'cote' });
    expect(counted.total).toBe(1);
  });

  it('is for the coordination and the organisations, not employers; bad input is refused', async () => {
    const employer = as(deps, (await aUser(deps.db, 'employer')).id);
    await expectAppError(employer.directory.businessesPage({}), 'auth.forbidden');
    const counsellor = as(deps, (await aUser(deps.db, 'counsellor')).id);
    expect((await counsellor.directory.businessesPage({})).total).toBe(1);
    await expectValidationError(coordinator.directory.businessesPage({ limit: 101 }), 'limit');
    await expectValidationError(coordinator.directory.businessesPage({ cursor: 'nope' }), 'cursor');
  });
});
