import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { auditEvents, consents, fileAccessLog, jobSeekers } from '../../server/db/schema';
import { jobSeekerFields, postingFields } from '../helpers/builders';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
});

function count(table: typeof jobSeekers | typeof consents) {
  return deps.db.select().from(table).all().length;
}

describe('job seekers', () => {
  it('registers a person with dated consents recorded by the counsellor', async () => {
    const { id } = await w.c1.jobSeekers.create(
      jobSeekerFields({
        consents: {
          participation: true,
          proposal: true,
          contactSharing: false,
          givenOn: '2026-11-20',
        },
      }),
    );
    const row = deps.db.select().from(jobSeekers).where(eq(jobSeekers.id, id)).get();
    expect(row).toMatchObject({
      organisationId: w.users.counsellor1.organisationId,
      canBeProposed: true,
      canShareContact: false,
    });
    const given = deps.db.select().from(consents).where(eq(consents.jobSeekerId, id)).all();
    expect(given.map((c) => c.purpose).sort()).toEqual(['participation', 'proposal']);
    expect(
      given.every((c) => c.givenOn === '2026-11-20' && c.recordedBy === w.users.counsellor1.id),
    ).toBe(true);
    expect(
      deps.db.select().from(auditEvents).where(eq(auditEvents.action, 'jobSeeker.created')).all(),
    ).toHaveLength(1);
  });

  it('warns about a duplicate (name + birth date, or email) in the same organisation, unless confirmed', async () => {
    await w.c1.jobSeekers.create(
      jobSeekerFields({
        firstName: 'Rosa',
        lastName: 'Martínez',
        birthDate: '1979-11-23',
        email: 'rosa@exemple.ca',
      }),
    );
    const err = await expectAppError(
      w.c1.jobSeekers.create(
        jobSeekerFields({
          firstName: 'ROSA',
          lastName: 'martínez',
          birthDate: '1979-11-23',
          email: '',
        }),
      ),
      'jobSeeker.duplicate',
      'CONFLICT',
    );
    expect(err.params.name).toBe('Rosa Martínez');
    await expectAppError(
      w.admin1.jobSeekers.create(jobSeekerFields({ email: 'rosa@exemple.ca' })),
      'jobSeeker.duplicate',
    );
    expect(count(jobSeekers)).toBe(1);
    // Another organisation may serve the same person: no warning there.
    await w.c2.jobSeekers.create(
      jobSeekerFields({ firstName: 'Rosa', lastName: 'Martínez', birthDate: '1979-11-23' }),
    );
    await w.c1.jobSeekers.create(
      jobSeekerFields({ email: 'rosa@exemple.ca', confirmDuplicate: true }),
    );
    expect(count(jobSeekers)).toBe(3);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const before = [count(jobSeekers), count(consents)];
    await expectValidationError(
      w.c1.jobSeekers.create(jobSeekerFields({ hoursPerWeek: 0 })),
      'hoursPerWeek',
    );
    await expectValidationError(
      w.c1.jobSeekers.create(jobSeekerFields({ hoursPerWeek: '35' })),
      'hoursPerWeek',
    );
    await expectValidationError(
      w.c1.jobSeekers.create(jobSeekerFields({ targetNocCodes: ['99999'] })),
      'targetNocCodes.0',
    );
    await expectValidationError(
      w.c1.jobSeekers.create(jobSeekerFields({ availableFrom: '2026-02-30' })),
      'availableFrom',
    );
    await expectValidationError(
      w.c1.jobSeekers.create(jobSeekerFields({ regionCode: '18' })),
      'regionCode',
    );
    await expectValidationError(
      w.c1.jobSeekers.create(jobSeekerFields({ email: 'pas-un-courriel' })),
      'email',
    );
    await expectValidationError(
      w.c1.jobSeekers.create(jobSeekerFields({ clientGroups: ['aliens'] })),
      'clientGroups.0',
    );
    await expectValidationError(
      w.c1.jobSeekers.create(
        jobSeekerFields({
          consents: {
            participation: false,
            proposal: true,
            contactSharing: false,
            givenOn: '2026-11-01',
          },
        }),
      ),
      'consents.participation',
    );
    await expectAppError(
      w.c1.jobSeekers.create(jobSeekerFields({ birthDate: '2030-01-01' })),
      'jobSeeker.birthDateInFuture',
    );
    expect([count(jobSeekers), count(consents)]).toEqual(before);
  });

  it('only the owning organisation lists, reads, edits or changes consents; each read is logged', async () => {
    const { id } = await w.c1.jobSeekers.create(jobSeekerFields());
    const file = await w.admin1.jobSeekers.get({ jobSeekerId: id });
    expect(file.privateNotes).toBe('NOTE-PRIVEE-SECRETE');
    const log = deps.db.select().from(fileAccessLog).all();
    expect(log).toEqual([expect.objectContaining({ jobSeekerId: id, userId: w.users.admin1.id })]);

    expect((await w.c2.jobSeekers.list({})).items).toEqual([]);
    await expectAppError(
      w.c2.jobSeekers.get({ jobSeekerId: id }),
      'jobSeeker.notFound',
      'NOT_FOUND',
    );
    await expectAppError(
      w.c2.jobSeekers.update({ ...jobSeekerFields(), jobSeekerId: id }),
      'jobSeeker.notFound',
    );
    await expectAppError(
      w.c2.jobSeekers.withdrawConsent({
        jobSeekerId: id,
        purpose: 'proposal',
        withdrawnOn: '2026-11-22',
      }),
      'jobSeeker.notFound',
    );
    await expectAppError(
      w.c2.jobSeekers.giveConsent({ jobSeekerId: id, purpose: 'proposal', givenOn: '2026-11-22' }),
      'jobSeeker.notFound',
    );
    await expectAppError(w.c2.matching.forJobSeeker({ jobSeekerId: id }), 'jobSeeker.notFound');
    expect(deps.db.select().from(fileAccessLog).all()).toHaveLength(1);
    expect(
      deps.db.select().from(jobSeekers).where(eq(jobSeekers.id, id)).get()?.canBeProposed,
    ).toBe(true);
  });

  it('keeps who changed which fields of a file, and when', async () => {
    const { id } = await w.c1.jobSeekers.create(jobSeekerFields());
    const { consents: _c, confirmDuplicate: _d, ...fields } = jobSeekerFields();
    await w.admin1.jobSeekers.update({
      ...fields,
      jobSeekerId: id,
      phone: '438 555-0199',
      hoursPerWeek: 30,
    });
    const row = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'jobSeeker.updated'))
      .get();
    expect(row?.actorUserId).toBe(w.users.admin1.id);
    expect((row?.details as { fields?: string[] } | undefined)?.fields).toEqual(
      expect.arrayContaining(['phone', 'hoursPerWeek']),
    );
  });

  it('withdrawing consent to be proposed removes the person from matching and withdraws waiting proposals', async () => {
    const { id } = await w.c1.jobSeekers.create(jobSeekerFields());
    const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
    expect(
      (await w.c1.matching.forPosting({ postingId: posting.id })).results.map((r) => r.jobSeekerId),
    ).toContain(id);
    const proposal = await w.c1.proposals.create({
      postingId: posting.id,
      jobSeekerId: id,
      message: 'Bonjour',
    });
    const other = await w.e1.postings.create({
      ...postingFields({ title: 'Autre' }),
      publish: true,
    });
    await w.c1.jobSeekers.withdrawConsent({
      jobSeekerId: id,
      purpose: 'proposal',
      withdrawnOn: '2026-11-22',
    });
    expect((await w.c1.matching.forPosting({ postingId: other.id })).results).toEqual([]);
    expect((await w.c1.matching.forJobSeeker({ jobSeekerId: id })).eligible).toBe(false);
    await expectAppError(
      w.c1.proposals.create({ postingId: other.id, jobSeekerId: id, message: '' }),
      'proposal.noConsent',
    );
    const list = await w.e1.proposals.list({ postingId: posting.id });
    expect(list.items.find((p) => p.id === proposal.id)?.status).toBe('withdrawn');
    const c = deps.db.select().from(consents).where(eq(consents.purpose, 'proposal')).get();
    expect(c).toMatchObject({
      withdrawnOn: '2026-11-22',
      withdrawnRecordedBy: w.users.counsellor1.id,
    });
    await expectAppError(
      w.c1.jobSeekers.withdrawConsent({
        jobSeekerId: id,
        purpose: 'proposal',
        withdrawnOn: '2026-11-22',
      }),
      'consent.notGiven',
    );
    // Given again, the person is proposable again.
    await w.c1.jobSeekers.giveConsent({
      jobSeekerId: id,
      purpose: 'proposal',
      givenOn: '2026-11-23',
    });
    expect(
      (await w.c1.matching.forPosting({ postingId: other.id })).results.map((r) => r.jobSeekerId),
    ).toEqual([id]);
  });

  it('withdrawing participation withdraws every consent', async () => {
    const { id } = await w.c1.jobSeekers.create(jobSeekerFields());
    await w.c1.jobSeekers.withdrawConsent({
      jobSeekerId: id,
      purpose: 'participation',
      withdrawnOn: '2026-11-22',
    });
    const row = deps.db.select().from(jobSeekers).where(eq(jobSeekers.id, id)).get();
    expect(row).toMatchObject({ canBeProposed: false, canShareContact: false });
    await expectAppError(
      w.c1.jobSeekers.giveConsent({ jobSeekerId: id, purpose: 'proposal', givenOn: '2026-11-23' }),
      'consent.participationRequired',
    );
  });
});
