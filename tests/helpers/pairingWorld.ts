// A world with an open phase and pairings hired through the real use cases: employer 1 hires a
// job seeker proposed by counsellor 1 (organisation of admin 1). For the paperwork tests.
import { jobSeekerFields, phaseFields, postingFields } from './builders';
import type { TestDeps } from './testDeps';
import { aWorld } from './world';

export const standardHire = {
  startDate: '2026-12-07',
  hourlyWageCents: 2000,
  hoursPerWeek: 35,
  plannedWeeks: 12,
};

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
