// A world with an open phase (both test organisations taking part) and helpers to make a pairing
// through the real procedures: a posting, a registered person, a proposal, a confirmed hire.
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

/** A confirmed hire (the clock must allow its start date). */
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
  return { pairingId, jobSeekerId, proposalId };
}
