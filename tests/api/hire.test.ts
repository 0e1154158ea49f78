import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { pairings, postings, proposals, tranches } from '../../server/db/schema';
import { jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { expectAppError, expectValidationError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
});

const org1 = () => w.users.counsellor1.organisationId ?? 0;
const terms = {
  startDate: '2026-12-07',
  hourlyWageCents: 2500,
  hoursPerWeek: 40,
  plannedWeeks: 18,
};

async function openPhase(over: Record<string, unknown> = {}) {
  const { id } = await w.coord.phases.create(
    phaseFields({ organisations: [{ organisationId: org1(), pairingTarget: 10 }], ...over }),
  );
  await w.coord.phases.transition({ phaseId: id, action: 'open' });
  return id;
}

async function aProposal(positions = 1) {
  const posting = await w.e1.postings.create({ ...postingFields({ positions }), publish: true });
  const seeker = await w.c1.jobSeekers.create(jobSeekerFields());
  const proposal = await w.c1.proposals.create({
    postingId: posting.id,
    jobSeekerId: seeker.id,
    message: '',
  });
  return { posting, seeker, proposal };
}

describe('phases', () => {
  it('cannot open without rules, envelopes or participants, and only one at a time', async () => {
    const bare = await w.coord.phases.create(phaseFields({ rules: null }));
    await expectAppError(
      w.coord.phases.transition({ phaseId: bare.id, action: 'open' }),
      'phase.rulesMissing',
    );
    const noOrg = await w.coord.phases.create(phaseFields({ number: 11 }));
    await expectAppError(
      w.coord.phases.transition({ phaseId: noOrg.id, action: 'open' }),
      'phase.noOrganisations',
    );
    await openPhase({ number: 12 });
    const another = await w.coord.phases.create(
      phaseFields({ number: 13, organisations: [{ organisationId: org1(), pairingTarget: 1 }] }),
    );
    const err = await expectAppError(
      w.coord.phases.transition({ phaseId: another.id, action: 'open' }),
      'phase.anotherOpen',
    );
    expect(err.params.number).toBe(12);
  });

  it('refuses incoherent rules field by field, and edits only while draft', async () => {
    await expectValidationError(
      w.coord.phases.create(
        phaseFields({ rules: { ...phaseFields().rules, minWeeks: 20, maxWeeks: 10 } }),
      ),
      'rules.maxWeeks',
    );
    await expectValidationError(
      w.coord.phases.create(phaseFields({ endDate: '2026-01-01' })),
      'endDate',
    );
    const id = await openPhase();
    await expectAppError(
      w.coord.phases.update({ phaseId: id, phase: phaseFields({ name: 'Autre' }) }),
      'phase.notDraft',
    );
    await expectAppError(w.c1.phases.create(phaseFields({ number: 99 })), 'auth.forbidden');
  });
});

describe('confirming a hire', () => {
  it('creates the pairing, commits the maxima, moves the proposal and fills the posting, in one go', async () => {
    const phaseId = await openPhase();
    const { posting, seeker, proposal } = await aProposal();
    const other = await w.e1.postings.create({
      ...postingFields({ title: 'Autre' }),
      publish: true,
    });
    const otherProposal = await w.c1.proposals.create({
      postingId: other.id,
      jobSeekerId: seeker.id,
      message: '',
    });
    const preview = await w.e1.pairings.previewHire({ proposalId: proposal.id, ...terms });
    expect(preview.maxWageSubsidyCents).toBe(900_000);
    const r = await w.e1.pairings.confirmHire({ proposalId: proposal.id, ...terms });
    expect(r).toMatchObject({ maxWageSubsidyCents: 900_000, accompanimentCents: 150_000 });
    const pairing = deps.db.select().from(pairings).where(eq(pairings.id, r.pairingId)).get();
    expect(pairing).toMatchObject({
      phaseId,
      organisationId: org1(),
      status: 'active',
      committedWageCents: 900_000,
      plannedEndDate: '2027-04-11',
    });
    const statuses = deps.db
      .select({ id: proposals.id, s: proposals.status })
      .from(proposals)
      .orderBy(proposals.id)
      .all();
    expect(statuses).toEqual([
      { id: proposal.id, s: 'hired' },
      { id: otherProposal.id, s: 'expired' },
    ]);
    expect(deps.db.select().from(postings).where(eq(postings.id, posting.id)).get()?.status).toBe(
      'filled',
    );
    expect(deps.db.select().from(tranches).all()).toEqual([
      expect.objectContaining({ milestone: 'hire', amountCents: 60_000, status: 'due' }),
    ]);
    const phase = await w.coord.phases.get({ phaseId });
    expect(phase.budget?.wage).toMatchObject({
      envelope: 5_000_000,
      committed: 900_000,
      remaining: 4_100_000,
    });
    expect(phase.participants[0]?.pairings).toBe(1);
  });

  it('refuses a hire that breaks a rule, naming the rule and the numbers; nothing is written', async () => {
    await openPhase();
    const { proposal } = await aProposal();
    const short = await expectAppError(
      w.e1.pairings.confirmHire({ proposalId: proposal.id, ...terms, hoursPerWeek: 25 }),
      'pairing.rule.minHoursPerWeek',
    );
    expect(short.params).toEqual({ limit: 30, actual: 25 });
    expect(short.field).toBe('hoursPerWeek');
    await expectAppError(
      w.e1.pairings.confirmHire({ proposalId: proposal.id, ...terms, plannedWeeks: 20 }),
      'pairing.rule.maxWeeks',
    );
    await expectAppError(
      w.e1.pairings.confirmHire({ proposalId: proposal.id, ...terms, startDate: '2027-06-01' }),
      'pairing.startOutsidePhase',
    );
    expect(deps.db.select().from(pairings).all()).toHaveLength(0);
    expect(deps.db.select().from(proposals).get()?.status).toBe('proposed');
  });

  it('refuses over budget with the remaining and needed amounts (phase and organisation allocation)', async () => {
    await openPhase({
      wageEnvelopeCents: 1_000_000,
      organisations: [{ organisationId: org1(), pairingTarget: 2, wageAllocationCents: 500_000 }],
    });
    const { proposal } = await aProposal();
    const err = await expectAppError(
      w.e1.pairings.confirmHire({ proposalId: proposal.id, ...terms }),
      'budget.exceeded',
      'CONFLICT',
    );
    expect(err.params).toEqual({
      fund: 'wage',
      scope: 'organisation',
      remainingCents: 500_000,
      neededCents: 900_000,
    });
    await w.e1.pairings.confirmHire({
      proposalId: proposal.id,
      ...terms,
      hoursPerWeek: 30,
      plannedWeeks: 10,
    }); // 375 000
    const second = await aProposal();
    const err2 = await expectAppError(
      w.e1.pairings.confirmHire({
        proposalId: second.proposal.id,
        ...terms,
        hoursPerWeek: 30,
        plannedWeeks: 10,
      }),
      'budget.exceeded',
    );
    expect(err2.params).toMatchObject({
      scope: 'organisation',
      remainingCents: 125_000,
      neededCents: 375_000,
    });
    expect(deps.db.select().from(pairings).all()).toHaveLength(1);
  });

  it('needs an open phase in which the organisation takes part; only the posting’s employer can hire', async () => {
    const { proposal } = await aProposal();
    await expectAppError(
      w.e1.pairings.confirmHire({ proposalId: proposal.id, ...terms }),
      'phase.noneOpen',
    );
    await openPhase({
      organisations: [
        { organisationId: w.users.counsellor2.organisationId ?? 0, pairingTarget: 1 },
      ],
    });
    await expectAppError(
      w.e1.pairings.confirmHire({ proposalId: proposal.id, ...terms }),
      'pairing.organisationNotInPhase',
    );
    await expectAppError(
      w.e2.pairings.confirmHire({ proposalId: proposal.id, ...terms }),
      'proposal.notFound',
    );
    await expectAppError(
      w.c1.pairings.confirmHire({ proposalId: proposal.id, ...terms }),
      'auth.forbidden',
    );
  });

  it('a hired proposal cannot be hired twice', async () => {
    await openPhase();
    const { proposal } = await aProposal(2);
    await w.e1.pairings.confirmHire({ proposalId: proposal.id, ...terms });
    await expectAppError(
      w.e1.pairings.confirmHire({ proposalId: proposal.id, ...terms }),
      'proposal.illegalTransition',
    );
    expect(deps.db.select().from(pairings).all()).toHaveLength(1);
  });
});
