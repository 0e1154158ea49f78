// The minimum hourly wage (issue 11): a rule of the phase, by default Quebec's general minimum
// wage on the phase's start date, editable with the other rules. A hire below it is refused
// with the figures (a hire at 1,00 $ of the hour used to pass every rule); so is a posting.
import { count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { pairings, postings } from '../../server/db/schema';
import { currentFitRules } from '../../shared/money/rules';
import { phaseFields, postingFields } from '../helpers/builders';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { aProposal, aWorldWithOpenPhase, hireTerms } from '../helpers/pairingWorld';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;

beforeEach(() => {
  deps = testDeps();
});

/** The rules as an API client of the first release sent them: without the two new rules. */
function rulesWithoutNewOnes() {
  const { minHourlyWageCents: _m, pastStartWindowDays: _p, ...older } = currentFitRules;
  return older;
}

describe('the phase rule', () => {
  it('defaults to Quebec’s minimum wage on the phase’s start date, and a 14-day window', async () => {
    const w = await aWorld(deps);
    const org = w.users.counsellor1.organisationId ?? 0;
    const organisations = [{ organisationId: org, pairingTarget: 1 }];
    const made = async (number: number, startDate: string, endDate: string) => {
      const { id } = await w.coord.phases.create(
        phaseFields({ number, startDate, endDate, rules: rulesWithoutNewOnes(), organisations }),
      );
      return (await w.coord.phases.get({ phaseId: id })).rules;
    };
    expect(await made(8, '2025-06-01', '2025-12-31')).toMatchObject({
      minHourlyWageCents: 1610,
      pastStartWindowDays: 14,
    });
    expect(await made(9, '2025-04-30', '2025-05-31')).toMatchObject({ minHourlyWageCents: 1575 });
    expect(await made(10, '2026-05-01', '2026-12-31')).toMatchObject({ minHourlyWageCents: 1660 });
  });

  it('is editable with the other rules, and refused out of range on its field', async () => {
    const w = await aWorld(deps);
    const { id } = await w.coord.phases.create(
      phaseFields({ rules: { ...currentFitRules, minHourlyWageCents: 1800 } }),
    );
    expect((await w.coord.phases.get({ phaseId: id })).rules?.minHourlyWageCents).toBe(1800);
    await w.coord.phases.update({
      phaseId: id,
      phase: phaseFields({ rules: { ...currentFitRules, minHourlyWageCents: 1750 } }),
    });
    expect((await w.coord.phases.get({ phaseId: id })).rules?.minHourlyWageCents).toBe(1750);
    await expectValidationError(
      w.coord.phases.update({
        phaseId: id,
        phase: phaseFields({ rules: { ...currentFitRules, minHourlyWageCents: 0 } }),
      }),
      'phase.rules.minHourlyWageCents',
    );
  });
});

describe('a hire below the minimum hourly wage', () => {
  it('is refused on the wage field with the limit and the wage offered; nothing is written', async () => {
    const { w } = await aWorldWithOpenPhase(deps, {
      rules: { ...currentFitRules, minHourlyWageCents: 1800 },
    });
    const { proposalId } = await aProposal(w.e1, w.c1, { hourlyWageCents: 2000 });
    const oneDollar = await expectAppError(
      w.e1.pairings.confirmHire({ proposalId, ...hireTerms, hourlyWageCents: 100 }),
      'pairing.rule.minHourlyWage',
      'BAD_REQUEST',
    );
    expect(oneDollar).toMatchObject({
      field: 'hourlyWageCents',
      params: { limitCents: 1800, actualCents: 100 },
    });
    await expectAppError(
      w.e1.pairings.confirmHire({ proposalId, ...hireTerms, hourlyWageCents: 1799 }),
      'pairing.rule.minHourlyWage',
    );
    const preview = await w.e1.pairings.previewHire({
      proposalId,
      ...hireTerms,
      hourlyWageCents: 1799,
    });
    expect(preview.breaches).toEqual([{ rule: 'minHourlyWage', limit: 1800, actual: 1799 }]);
    expect(deps.db.select({ n: count() }).from(pairings).get()?.n).toBe(0);
    await w.e1.pairings.confirmHire({ proposalId, ...hireTerms, hourlyWageCents: 1800 });
    expect(deps.db.select().from(pairings).get()?.hourlyWageCents).toBe(1800);
  });
});

describe('a posting below the minimum hourly wage', () => {
  it('is refused against the open phase’s rule, or Quebec’s minimum wage when none is open', async () => {
    const w = await aWorld(deps);
    const low = await expectAppError(
      w.e1.postings.create({ ...postingFields({ hourlyWageCents: 1500 }), publish: true }),
      'posting.wageBelowMinimum',
      'BAD_REQUEST',
    );
    expect(low).toMatchObject({
      field: 'hourlyWageCents',
      params: { limitCents: 1660, actualCents: 1500 },
    });
    const org = w.users.counsellor1.organisationId ?? 0;
    const { id: phaseId } = await w.coord.phases.create(
      phaseFields({
        rules: { ...currentFitRules, minHourlyWageCents: 1900 },
        organisations: [{ organisationId: org, pairingTarget: 1 }],
      }),
    );
    await w.coord.phases.transition({ phaseId, action: 'open' });
    const underPhase = await expectAppError(
      w.e1.postings.create({ ...postingFields({ hourlyWageCents: 1800 }), publish: true }),
      'posting.wageBelowMinimum',
    );
    expect(underPhase.params).toEqual({ limitCents: 1900, actualCents: 1800 });
    expect(deps.db.select({ n: count() }).from(postings).get()?.n).toBe(0);
  });

  it('a wage set before the rule may stay as it was; changing it to below is refused', async () => {
    const w = await aWorld(deps);
    const { id } = await w.e1.postings.create({ ...postingFields(), publish: false });
    deps.db.update(postings).set({ hourlyWageCents: 1200 }).where(eq(postings.id, id)).run();
    const { publish: _p, ...fields } = {
      ...postingFields({ title: 'Commis d’entrepôt' }),
      publish: false,
    };
    await w.e1.postings.update({ postingId: id, ...fields, hourlyWageCents: 1200 });
    await expectAppError(
      w.e1.postings.update({ postingId: id, ...fields, hourlyWageCents: 1300 }),
      'posting.wageBelowMinimum',
    );
    expect(deps.db.select().from(postings).get()).toMatchObject({
      title: 'Commis d’entrepôt',
      hourlyWageCents: 1200,
    });
  });
});
