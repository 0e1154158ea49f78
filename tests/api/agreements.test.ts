import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { agreementSignatures, agreementVersions, auditEvents } from '../../server/db/schema';
import { accept } from '../helpers/agreements';
import { expectAppError } from '../helpers/expectError';
import { aPairingWorld } from '../helpers/pairingWorld';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aPairingWorld>>['w'];
let pairingId: number;

const claim = {
  periodStart: '2026-12-07',
  periodEnd: '2026-12-20',
  hoursWorked: 70,
  grossWagesCents: 140_000,
};

beforeEach(async () => {
  deps = testDeps();
  const world = await aPairingWorld(deps);
  w = world.w;
  pairingId = (await world.hire()).pairingId;
});

describe('the placement agreement', () => {
  it('is made at the hire, and both parties accept it with their name, role, time, IP and fingerprint', async () => {
    const a = await w.e1.agreements.get({ pairingId, locale: 'fr-CA' });
    expect(a.current?.version).toBe(1);
    expect(a.current?.missing).toEqual(['employer', 'organisation']);
    expect(a.canSign).toBe(true);
    expect(a.current?.documentSha256).toMatch(/^[0-9a-f]{64}$/);
    await accept(w.e1, pairingId);
    await accept(w.c1, pairingId, 'en-CA');
    const rows = deps.db.select().from(agreementSignatures).all();
    expect(rows.map((r) => [r.party, r.signerRole, r.locale, r.ip])).toEqual([
      ['employer', 'employer', 'fr-CA', '203.0.113.7'],
      ['organisation', 'counsellor', 'en-CA', '203.0.113.7'],
    ]);
    const after = await w.coord.agreements.get({ pairingId, locale: 'fr-CA' });
    expect(after.current?.missing).toEqual([]);
    expect(after.versions[0]?.signatures).toHaveLength(2);
    expect(
      deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'agreement.signed')).all(),
    ).toHaveLength(2);
  });

  it('refuses a claim until both have signed, saying who has not', async () => {
    deps.clock.set('2026-12-22T15:00:00.000Z'); // the pay period has ended
    await expectAppError(
      w.e1.money.submitClaim({ pairingId, ...claim }),
      'agreement.unsignedByBoth',
    );
    await accept(w.e1, pairingId);
    await expectAppError(
      w.e1.money.submitClaim({ pairingId, ...claim }),
      'agreement.unsignedByOrganisation',
    );
    await accept(w.admin1, pairingId);
    const r = await w.e1.money.submitClaim({ pairingId, ...claim });
    expect(r.amountCents).toBe(70_000);
  });

  it('refuses a wrong fingerprint, a second signature of a party, and signers outside the parties', async () => {
    const a = await w.e1.agreements.get({ pairingId, locale: 'fr-CA' });
    const versionId = a.current?.versionId ?? 0;
    await expectAppError(
      w.e1.agreements.sign({
        pairingId,
        versionId,
        locale: 'fr-CA',
        documentSha256: 'a'.repeat(64),
      }),
      'agreement.documentChanged',
    );
    await accept(w.e1, pairingId);
    await expectAppError(accept(w.e1, pairingId), 'agreement.alreadySigned');
    // Another business and another organisation do not even see it.
    await expectAppError(w.e2.agreements.get({ pairingId, locale: 'fr-CA' }), 'pairing.notFound');
    await expectAppError(accept(w.c2, pairingId), 'pairing.notFound');
    expect(deps.db.select().from(agreementSignatures).all()).toHaveLength(1);
  });

  it('keeps signatures and versions append-only in the database itself', async () => {
    await accept(w.e1, pairingId);
    expect(() =>
      deps.db.$client.prepare("UPDATE agreement_signatures SET signer_name = 'x'").run(),
    ).toThrow(/append-only/);
    expect(() => deps.db.$client.prepare('DELETE FROM agreement_signatures').run()).toThrow(
      /append-only/,
    );
    expect(() =>
      deps.db.$client.prepare('UPDATE agreement_versions SET hourly_wage_cents = 1').run(),
    ).toThrow(/append-only/);
    expect(() => deps.db.$client.prepare('DELETE FROM agreement_versions').run()).toThrow(
      /append-only/,
    );
    expect(deps.db.select().from(agreementVersions).all()).toHaveLength(1);
  });

  it('lists the pairings that wait for a signature, with who is missing', async () => {
    const before = await w.coord.agreements.awaiting({});
    expect(before.items.map((r) => [r.id, r.missing])).toEqual([
      [pairingId, ['employer', 'organisation']],
    ]);
    await accept(w.e1, pairingId);
    expect((await w.coord.agreements.awaiting({})).items[0]?.missing).toEqual(['organisation']);
    expect((await w.e2.agreements.awaiting({})).items).toEqual([]);
    await accept(w.c1, pairingId);
    expect((await w.coord.agreements.awaiting({})).items).toEqual([]);
  });
});
