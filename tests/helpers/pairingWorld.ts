// Pairings built through the real use cases, for tests about what happens after a hire: an open
// phase for some organisations, a hire from a fresh posting and person, an approved claim.
import { jobSeekerFields, phaseFields, postingFields } from './builders';
import type { aWorld } from './world';

type World = Awaited<ReturnType<typeof aWorld>>;
type Caller = World['e1'];

export const HIRE = {
  startDate: '2026-12-07',
  hourlyWageCents: 2000,
  hoursPerWeek: 35,
  plannedWeeks: 12,
};

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

/** A hire of a new person (the counsellor's) on a new posting (the employer's). */
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
  return (await employer.pairings.confirmHire({ proposalId: proposal.id, ...hire })).pairingId;
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
