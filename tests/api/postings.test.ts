import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { businesses, postings } from '../../server/db/schema';
import { aBusiness, postingFields } from '../helpers/builders';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
});

describe('postings', () => {
  it('an employer saves a draft, publishes it, and counsellors then see it', async () => {
    const { id, status } = await w.e1.postings.create({ ...postingFields(), publish: false });
    expect(status).toBe('draft');
    expect((await w.c1.postings.list({})).items).toEqual([]);
    await expectAppError(w.c1.postings.get({ postingId: id }), 'posting.notFound');
    await w.e1.postings.transition({ postingId: id, action: 'publish' });
    const seen = await w.c2.postings.list({});
    expect(seen.items.map((p) => p.id)).toEqual([id]);
    expect(seen.items[0]?.businessName).toBeTruthy();
    expect((await w.c1.postings.get({ postingId: id })).status).toBe('open');
  });

  it('an employer manages only their own business’s postings', async () => {
    const { id } = await w.e1.postings.create({ ...postingFields(), publish: true });
    expect((await w.e2.postings.list({})).items).toEqual([]);
    await expectAppError(w.e2.postings.get({ postingId: id }), 'posting.notFound');
    await expectAppError(
      w.e2.postings.update({ ...postingFields({ title: 'Piraté' }), postingId: id }),
      'posting.notFound',
    );
    await expectAppError(
      w.e2.postings.transition({ postingId: id, action: 'close' }),
      'posting.notFound',
    );
    expect(deps.db.select().from(postings).where(eq(postings.id, id)).get()).toMatchObject({
      status: 'open',
      title: 'Préposé·e à l’entrepôt',
    });
  });

  it('refuses bad input with field errors and writes nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ hoursPerWeek: 0 }, 'hoursPerWeek'],
      [{ hoursPerWeek: 81 }, 'hoursPerWeek'],
      [{ hoursPerWeek: 35.5 }, 'hoursPerWeek'],
      [{ hourlyWageCents: -1 }, 'hourlyWageCents'],
      [{ hourlyWageCents: '20' }, 'hourlyWageCents'],
      [{ nocCode: '6510' }, 'nocCode'],
      [{ nocCode: '69999' }, 'nocCode'],
      [{ regionCode: '00' }, 'regionCode'],
      [{ startDate: '2026-13-01' }, 'startDate'],
      [{ title: '   ' }, 'title'],
      [{ title: 'x'.repeat(121) }, 'title'],
      [{ positions: 0 }, 'positions'],
      [{ languages: ['xx'] }, 'languages.0'],
    ];
    for (const [over, field] of cases) {
      await expectValidationError(
        w.e1.postings.create({ ...postingFields(over), publish: true } as never),
        field,
      );
    }
    const past = await expectAppError(
      w.e1.postings.create({ ...postingFields({ startDate: '2026-11-01' }), publish: true }),
      'posting.startDateInPast',
    );
    expect(past.field).toBe('startDate');
    expect(deps.db.select().from(postings).all()).toHaveLength(0);
  });

  it('follows the state machine: closed and filled postings are final and not editable', async () => {
    const { id } = await w.e1.postings.create({ ...postingFields(), publish: true });
    await expectAppError(
      w.e1.postings.transition({ postingId: id, action: 'publish' }),
      'posting.illegalTransition',
      'CONFLICT',
    );
    await w.e1.postings.transition({ postingId: id, action: 'markFilled' });
    await expectAppError(
      w.e1.postings.transition({ postingId: id, action: 'close' }),
      'posting.illegalTransition',
    );
    await expectAppError(
      w.e1.postings.update({ ...postingFields(), postingId: id }),
      'posting.notEditable',
    );
  });

  it('filters by region, NOC prefix and words, with keyset pagination', async () => {
    for (let i = 0; i < 5; i++) {
      await w.e1.postings.create({
        ...postingFields({
          title: `Commis ${i}`,
          nocCode: i % 2 ? '65100' : '75101',
          regionCode: i < 3 ? '06' : '16',
        }),
        publish: true,
      });
    }
    expect((await w.c1.postings.list({ regionCode: '16' })).items).toHaveLength(2);
    expect(
      (await w.c1.postings.list({ nocPrefix: '651' })).items.map((p) => p.title).sort(),
    ).toEqual(['Commis 1', 'Commis 3']);
    expect((await w.c1.postings.list({ q: 'Commis 4' })).items).toHaveLength(1);
    expect((await w.c1.postings.list({ q: '%' })).items).toHaveLength(0);
    const first = await w.c1.postings.list({ limit: 2 });
    const second = await w.c1.postings.list({ limit: 2, cursor: first.nextCursor ?? undefined });
    const third = await w.c1.postings.list({ limit: 2, cursor: second.nextCursor ?? undefined });
    const ids = [...first.items, ...second.items, ...third.items].map((p) => p.id);
    expect(new Set(ids).size).toBe(5);
    expect(third.nextCursor).toBeNull();
  });
});

describe('businesses', () => {
  it('a counsellor registers a business and invites its first contact; NEQ is validated and unique', async () => {
    const { id } = await w.c1.businesses.create({
      legalName: 'Fromagerie Test inc.',
      neq: '1171 234 599',
      regionCode: '16',
      city: 'Granby',
      invite: { name: 'Paul Fromager', email: 'paul@fromagerie.test', locale: 'fr-CA' },
    });
    expect((await w.coord.businesses.get({ businessId: id })).neq).toBe('1171234599');
    await expectValidationError(
      w.c1.businesses.create({ legalName: 'X', neq: '12345', regionCode: '06', city: 'Laval' }),
      'neq',
    );
    const dup = await expectAppError(
      w.c1.businesses.create({
        legalName: 'Y',
        neq: '1171234599',
        regionCode: '06',
        city: 'Laval',
      }),
      'business.neqTaken',
    );
    expect(dup.field).toBe('neq');
  });

  it('registering a business with an invitation that fails writes neither', async () => {
    const taken = w.users.employer2.email;
    const err = await expectAppError(
      w.c1.businesses.create({
        legalName: 'Atomique inc.',
        neq: '3311111111',
        regionCode: '06',
        city: 'Montréal',
        invite: { name: 'Déjà Là', email: taken, locale: 'fr-CA' },
      }),
      'account.emailTaken',
    );
    expect(err.field).toBe('email');
    expect(deps.db.select().from(businesses).where(eq(businesses.neq, '3311111111')).all()).toEqual(
      [],
    );
  });

  it('an employer edits their own business only', async () => {
    const mine = w.users.employer1.businessId ?? 0;
    const theirs = aBusiness(deps.db);
    const profile = {
      legalName: 'Nouveau nom inc.',
      neq: '2211111111',
      regionCode: '06' as const,
      city: 'Montréal',
    };
    await w.e1.businesses.update({
      ...profile,
      businessId: mine,
      sector: 'Boulangerie',
      size: '10-49',
    });
    expect(await w.e1.businesses.get({ businessId: mine })).toMatchObject({
      legalName: 'Nouveau nom inc.',
      sector: 'Boulangerie',
      size: '10-49',
    });
    await expectAppError(
      w.e1.businesses.update({ ...profile, neq: '2211111112', businessId: theirs.id }),
      'business.notFound',
    );
    await expectAppError(w.e1.businesses.get({ businessId: theirs.id }), 'business.notFound');
  });
});
