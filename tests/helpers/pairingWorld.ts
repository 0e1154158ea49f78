// Pairings built through the real use cases, for tests about what happens after a hire: an open
// phase for some organisations, a proposal, a hire from a fresh posting and person, an approved
// claim (the test's clock must allow the dates). A hire made here is accepted by both parties
// (employer and organisation), as a placement must be before any claim; and a
// world with an open phase where employer 1 hires people of counsellor 1 (the paperwork tests).
import { acceptBoth } from './agreements';
import { jobSeekerFields, phaseFields, postingFields } from './builders';
import type { TestDeps } from './testDeps';
import { aWorld } from './world';

export type World = Awaited<ReturnType<typeof aWorld>>;
type Caller = World['e1'];

export const hireTerms = {
  startDate: '2026-12-07',
  hourlyWageCents: 2000,
  hoursPerWeek: 35,
  plannedWeeks: 12,
};

/** The same terms under the names the money and paperwork tests use. */
export const HIRE = hireTerms;
export const standardHire = hireTerms;

/** Opens phase 10 with the current FIT rules for these organisations. */
export async function openPhaseFor(
  w: World,
  organisationIds: number[],
  over: Record<string, unknown> = {},
) {
  const { id } = await w.coord.phases.create(
    phaseFields({
      organisations: organisationIds.map((organisationId) => ({
        organisationId,
        pairingTarget: 20,
      })),
      ...over,
    }),
  );
  await w.coord.phases.transition({ phaseId: id, action: 'open' });
  return id;
}

/** A hire of a new person (the counsellor's) on a new posting (the employer's), agreement accepted. */
export async function aHire(
  employer: Caller,
  counsellor: Caller,
  seeker: Record<string, unknown> = {},
  hire = HIRE,
) {
  const posting = await employer.postings.create({
    ...postingFields({ startDate: hire.startDate }),
    publish: true,
  });
  const person = await counsellor.jobSeekers.create(jobSeekerFields(seeker));
  const proposal = await counsellor.proposals.create({
    postingId: posting.id,
    jobSeekerId: person.id,
    message: '',
  });
  const { pairingId } = await employer.pairings.confirmHire({ proposalId: proposal.id, ...hire });
  await acceptBoth(employer, counsellor, pairingId);
  return pairingId;
}

/** A two-week claim of the pairing, approved: its ledger entry waits to be paid. */
export async function anApprovedClaim(w: World, pairingId: number) {
  const claim = await w.e1.money.submitClaim({
    pairingId,
    periodStart: '2026-12-07',
    periodEnd: '2026-12-20',
    hoursWorked: 70,
    grossWagesCents: 140_000,
  });
  const { ledgerEntryId } = await w.coord.money.reviewClaim({ id: claim.id, action: 'approve' });
  return ledgerEntryId ?? 0;
}

export async function aWorldWithOpenPhase(deps: TestDeps, over: Record<string, unknown> = {}) {
  const w = await aWorld(deps);
  const orgs = [w.users.counsellor1.organisationId ?? 0, w.users.counsellor2.organisationId ?? 0];
  const { id: phaseId } = await w.coord.phases.create(
    phaseFields({
      organisations: orgs.map((organisationId) => ({ organisationId, pairingTarget: 5 })),
      ...over,
    }),
  );
  await w.coord.phases.transition({ phaseId, action: 'open' });
  return { w, phaseId };
}

/** A person registered (every consent given) by `counsellor`, proposed for a new open posting. */
export async function aProposal(
  employer: Caller,
  counsellor: Caller,
  posting: Record<string, unknown> = {},
  seeker: Record<string, unknown> = {},
) {
  const p = await employer.postings.create({ ...postingFields(posting), publish: true });
  const s = await counsellor.jobSeekers.create(jobSeekerFields(seeker));
  const proposal = await counsellor.proposals.create({
    postingId: p.id,
    jobSeekerId: s.id,
    message: '',
  });
  return { postingId: p.id, jobSeekerId: s.id, proposalId: proposal.id };
}

/** A confirmed hire (the clock must allow its start date), agreement accepted by both parties. */
export async function aPairing(
  employer: Caller,
  counsellor: Caller,
  terms: Partial<typeof hireTerms> = {},
) {
  const { proposalId, jobSeekerId } = await aProposal(employer, counsellor);
  const { pairingId } = await employer.pairings.confirmHire({
    proposalId,
    ...hireTerms,
    ...terms,
  });
  await acceptBoth(employer, counsellor, pairingId);
  return { pairingId, jobSeekerId, proposalId };
}

export async function aPairingWorld(
  deps: TestDeps,
  phaseOver: Record<string, unknown> = {},
  /** A wage allocation for the organisation of admin 1 and counsellor 1. */
  wageAllocationCents: number | null = null,
) {
  const w = await aWorld(deps);
  const orgs = [w.users.counsellor1.organisationId ?? 0, w.users.counsellor2.organisationId ?? 0];
  const phaseId = (
    await w.coord.phases.create(
      phaseFields({
        organisations: orgs.map((organisationId, i) => ({
          organisationId,
          pairingTarget: 5,
          wageAllocationCents: i === 0 ? wageAllocationCents : null,
        })),
        ...phaseOver,
      }),
    )
  ).id;
  await w.coord.phases.transition({ phaseId, action: 'open' });

  async function hire(
    terms: Partial<typeof standardHire> = {},
    seeker: Record<string, unknown> = {},
    employer = w.e1,
    counsellor = w.c1,
  ) {
    const posting = await employer.postings.create({ ...postingFields(), publish: true });
    const person = await counsellor.jobSeekers.create(jobSeekerFields(seeker));
    const proposal = await counsellor.proposals.create({
      postingId: posting.id,
      jobSeekerId: person.id,
      message: '',
    });
    const r = await employer.pairings.confirmHire({
      proposalId: proposal.id,
      ...standardHire,
      ...terms,
    });
    return {
      pairingId: r.pairingId,
      jobSeekerId: person.id,
      maxWageSubsidyCents: r.maxWageSubsidyCents,
    };
  }

  return { w, phaseId, hire };
}

/** The k-th two-week pay period of a 12-week pairing starting on 2026-12-07 (k = 0…5). */
export function periodOf(k: number) {
  const start = new Date(Date.parse('2026-12-07T00:00:00Z') + k * 14 * 86_400_000);
  const end = new Date(start.getTime() + 13 * 86_400_000);
  return {
    periodStart: start.toISOString().slice(0, 10),
    periodEnd: end.toISOString().slice(0, 10),
  };
}
