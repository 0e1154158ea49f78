import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileAccessLog } from '../../server/db/schema';
import { acceptBoth } from '../helpers/agreements';
import { jobSeekerFields, postingFields } from '../helpers/builders';
import { anonymous } from '../helpers/callers';
import { expectAppError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
});

describe('access log and data export (Law 25)', () => {
  it('the manager searches who read which file, and when; counsellors and other organisations cannot', async () => {
    const { id } = await w.c1.jobSeekers.create(jobSeekerFields());
    const other = await w.c2.jobSeekers.create(jobSeekerFields());
    await w.c1.jobSeekers.get({ jobSeekerId: id });
    deps.clock.advanceMinutes(60 * 24);
    await w.admin1.jobSeekers.get({ jobSeekerId: id });
    await w.c2.jobSeekers.get({ jobSeekerId: other.id });
    const all = await w.admin1.jobSeekers.accessLog({});
    expect(all.items.map((r) => [r.userName, r.jobSeekerId])).toEqual([
      [w.users.admin1.name, id],
      [w.users.counsellor1.name, id],
    ]);
    const byUser = await w.admin1.jobSeekers.accessLog({ userId: w.users.counsellor1.id });
    expect(byUser.items).toHaveLength(1);
    const byDay = await w.admin1.jobSeekers.accessLog({ from: '2026-11-24', to: '2026-11-24' });
    expect(byDay.items.map((r) => r.userName)).toEqual([w.users.admin1.name]);
    await expectAppError(w.c1.jobSeekers.accessLog({}), 'auth.forbidden');
  });

  it('exports everything held about one person as JSON and CSV, logged; never for another organisation', async () => {
    const { id } = await w.c1.jobSeekers.create(
      jobSeekerFields({ firstName: 'Zoé', lastName: 'Export, "Test"' }),
    );
    const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
    await w.c1.proposals.create({ postingId: posting.id, jobSeekerId: id, message: 'Bonjour' });
    const out = await w.c1.jobSeekers.exportData({ jobSeekerId: id });
    expect(out.json.profile).toMatchObject({
      firstName: 'Zoé',
      privateNotes: 'NOTE-PRIVEE-SECRETE',
    });
    expect(out.json.consents).toHaveLength(3);
    expect(out.json.proposals).toHaveLength(1);
    expect(out.json.proposalHistory).toHaveLength(1);
    expect(out.csv.profile?.split('\r\n')[1]).toContain('"Export, ""Test"""');
    expect(out.csv.consents?.split('\r\n')).toHaveLength(4);
    const log = deps.db
      .select()
      .from(fileAccessLog)
      .where(eq(fileAccessLog.action, 'export'))
      .all();
    expect(log).toEqual([
      expect.objectContaining({ jobSeekerId: id, userId: w.users.counsellor1.id }),
    ]);
    await expectAppError(w.c2.jobSeekers.exportData({ jobSeekerId: id }), 'jobSeeker.notFound');
    await expectAppError(w.e1.jobSeekers.exportData({ jobSeekerId: id }), 'auth.forbidden');
  });
});

describe('retention and anonymisation', () => {
  it('the scheduled purge anonymises closed files past the retention period; every total stays the same', async () => {
    const { phaseBudget } = await import('../../server/features/money/budgets');
    const { runHousekeeping } = await import('../../server/jobs/housekeeping');
    const { phaseFields } = await import('../helpers/builders');
    const { jobSeekers, pairings, ledgerEntries } = await import('../../server/db/schema');
    const org = w.users.counsellor1.organisationId ?? 0;
    const { id: phaseId } = await w.coord.phases.create(
      phaseFields({ organisations: [{ organisationId: org, pairingTarget: 3 }] }),
    );
    await w.coord.phases.transition({ phaseId, action: 'open' });
    const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
    const seeker = await w.c1.jobSeekers.create(
      jobSeekerFields({ firstName: 'Oubliée', lastName: 'Tremblay' }),
    );
    const proposal = await w.c1.proposals.create({
      postingId: posting.id,
      jobSeekerId: seeker.id,
      message: 'Parle de sa santé',
    });
    const { pairingId } = await w.e1.pairings.confirmHire({
      proposalId: proposal.id,
      startDate: '2026-12-07',
      hourlyWageCents: 2000,
      hoursPerWeek: 35,
      plannedWeeks: 12,
    });
    deps.clock.setToday('2026-12-21');
    await acceptBoth(w.e1, w.c1, pairingId);
    const claim = await w.e1.money.submitClaim({
      pairingId,
      periodStart: '2026-12-07',
      periodEnd: '2026-12-20',
      hoursWorked: 70,
      grossWagesCents: 140_000,
    });
    await w.coord.money.reviewClaim({ id: claim.id, action: 'approve' });
    await w.c1.pairings.logFollowUp({
      pairingId,
      on: '2026-12-10',
      withWhom: 'person',
      kind: 'call',
      notes: 'Détails personnels',
      nextOn: null,
    });
    deps.clock.setToday('2027-02-28');
    await w.c1.pairings.complete({ pairingId, endDate: '2027-02-28' });
    await expectAppError(w.c2.jobSeekers.close({ jobSeekerId: seeker.id }), 'jobSeeker.notFound');
    await w.c1.jobSeekers.close({ jobSeekerId: seeker.id });
    await w.coord.system.updatePrivacySettings({
      retentionYears: 7,
      privacyOfficerName: 'Lise Roy',
      privacyOfficerTitle: 'Responsable de la protection des renseignements personnels',
      privacyOfficerTitleEn: 'Privacy Officer',
      privacyOfficerEmail: 'vie.privee@passerelle.test',
      privacyOfficerPhone: '',
    });
    // The public page has the officer's title in both languages.
    expect(await w.coord.system.privacy()).toMatchObject({
      officerTitle: 'Responsable de la protection des renseignements personnels',
      officerTitleEn: 'Privacy Officer',
    });

    const totals = () => ({
      budget: phaseBudget(deps.db, phaseId),
      pairings: deps.db
        .select()
        .from(pairings)
        .all()
        .map((p) => [p.id, p.status, p.maxWageSubsidyCents]),
      ledger: deps.db
        .select()
        .from(ledgerEntries)
        .all()
        .map((e) => e.amountCents),
      groups: deps.db.select({ g: jobSeekers.clientGroups }).from(jobSeekers).all(),
    });
    const before = totals();
    deps.clock.set('2030-01-01T12:00:00.000Z');
    runHousekeeping(deps);
    expect(
      deps.db.select().from(jobSeekers).where(eq(jobSeekers.id, seeker.id)).get()?.anonymisedAt,
    ).toBeNull();
    deps.clock.set('2034-03-01T12:00:00.000Z');
    runHousekeeping(deps);
    runHousekeeping(deps);
    const after = deps.db.select().from(jobSeekers).where(eq(jobSeekers.id, seeker.id)).get();
    expect(after).toMatchObject({
      firstName: 'Personne',
      email: '',
      phone: '',
      birthDate: null,
      privateNotes: '',
      presentation: '',
    });
    expect(after?.anonymisedAt).toBeTruthy();
    expect(totals()).toEqual(before);
    const json =
      JSON.stringify(deps.db.$client.prepare('SELECT * FROM proposals').all()) +
      JSON.stringify(deps.db.$client.prepare('SELECT * FROM follow_ups').all());
    expect(json).not.toContain('santé');
    expect(json).not.toContain('Détails personnels');
    expect(
      JSON.stringify(deps.db.$client.prepare('SELECT * FROM job_seekers').all()),
    ).not.toContain('Oubliée');
    expect(await anonymous(deps).system.privacy()).toMatchObject({
      officerName: 'Lise Roy',
      retentionYears: 7,
    });
  });

  it('anonymises at the person’s request, not while a pairing is active', async () => {
    const { id } = await w.c1.jobSeekers.create(jobSeekerFields({ firstName: 'Demande' }));
    await w.c1.jobSeekers.anonymise({ jobSeekerId: id });
    await expectAppError(w.c1.jobSeekers.anonymise({ jobSeekerId: id }), 'jobSeeker.anonymised');
    const row = (await w.c1.jobSeekers.get({ jobSeekerId: id })) as {
      firstName: string;
      status: string;
    };
    expect(row).toMatchObject({ firstName: 'Personne', status: 'closed' });
  });
});
