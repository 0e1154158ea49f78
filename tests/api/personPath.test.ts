// A person's whole path (issue 11): "in an active pairing" means a pairing whose status is active,
// defined once (shared/pairings/activePairing.ts, server/features/pairings/activePairing.ts) and
// used by matching both ways, proposals, the file's status, the list filter and the home count.
// After a placement ends (early or completed), the person can be matched, proposed and hired
// again; their file shows every pairing.
import { count } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { pairings, proposals } from '../../server/db/schema';
import { jobSeekerFields, notProposableConsents, postingFields } from '../helpers/builders';
import { expectAppError } from '../helpers/expectError';
import { aWorldWithOpenPhase, hireTerms, type World } from '../helpers/pairingWorld';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let w: World;

beforeEach(async () => {
  deps = testDeps();
  ({ w } = await aWorldWithOpenPhase(deps));
});

async function proposableState(jobSeekerId: number) {
  const file = await w.c1.jobSeekers.get({ jobSeekerId });
  const listed = (await w.c1.jobSeekers.list({ proposable: true })).items.map((s) => s.id);
  const notListed = (await w.c1.jobSeekers.list({ proposable: false })).items.map((s) => s.id);
  const home = await w.c1.home.organisation();
  return {
    file: { proposable: file.proposable, inActivePairing: file.inActivePairing },
    inProposableList: listed.includes(jobSeekerId),
    inNotProposableList: notListed.includes(jobSeekerId),
    home: home.seekers,
    forSeeker: (await w.c1.matching.forJobSeeker({ jobSeekerId })).eligible,
  };
}

const proposable = {
  file: { proposable: true, inActivePairing: false },
  inProposableList: true,
  inNotProposableList: false,
  forSeeker: true,
};
const inPairing = {
  file: { proposable: false, inActivePairing: true },
  inProposableList: false,
  inNotProposableList: true,
  forSeeker: false,
};

describe('a person’s whole path', () => {
  it('hired: not proposable anywhere; after the placement ends: matched, proposed and hired again', async () => {
    const first = await w.e1.postings.create({ ...postingFields(), publish: true });
    const second = await w.e2.postings.create({ ...postingFields(), publish: true });
    const { id: amina } = await w.c1.jobSeekers.create(jobSeekerFields());
    await w.c1.jobSeekers.create(jobSeekerFields(notProposableConsents));
    expect(await proposableState(amina)).toMatchObject({
      ...proposable,
      home: { active: 2, proposable: 1, inActivePairing: 0 },
    });

    // Hired today, starting today.
    const p1 = await w.c1.proposals.create({
      postingId: first.id,
      jobSeekerId: amina,
      message: '',
    });
    const { pairingId: firstPairing } = await w.e1.pairings.confirmHire({
      proposalId: p1.id,
      ...hireTerms,
      startDate: '2026-11-23',
    });
    expect(await proposableState(amina)).toMatchObject({
      ...inPairing,
      home: { active: 2, proposable: 0, inActivePairing: 1 },
    });
    const match = await w.c1.matching.forPosting({ postingId: second.id });
    expect(match.results.map((r) => r.jobSeekerId)).not.toContain(amina);
    expect((await w.c1.matching.forJobSeeker({ jobSeekerId: amina })).reason).toBe('hired');
    await expectAppError(
      w.c1.proposals.create({ postingId: second.id, jobSeekerId: amina, message: '' }),
      'proposal.alreadyHired',
    );
    expect(deps.db.select({ n: count() }).from(proposals).get()?.n).toBe(1);

    // The placement ends early: the person can be matched and proposed again.
    deps.clock.setToday('2026-12-01');
    await w.e1.pairings.endEarly({
      pairingId: firstPairing,
      endDate: '2026-11-30',
      reason: 'quit',
      comment: '',
    });
    expect(await proposableState(amina)).toMatchObject({
      ...proposable,
      home: { active: 2, proposable: 1, inActivePairing: 0 },
    });
    const again = await w.c1.matching.forPosting({ postingId: second.id });
    expect(again.results.map((r) => r.jobSeekerId)).toContain(amina);
    const p2 = await w.c1.proposals.create({
      postingId: second.id,
      jobSeekerId: amina,
      message: '',
    });
    await w.e2.proposals.inviteToInterview({ proposalId: p2.id });
    const { pairingId: secondPairing } = await w.e2.pairings.confirmHire({
      proposalId: p2.id,
      ...hireTerms,
      startDate: '2026-12-07',
    });
    expect(await proposableState(amina)).toMatchObject(inPairing);

    // The file shows both pairings, newest first; another organisation sees neither.
    const file = await w.c1.jobSeekers.get({ jobSeekerId: amina });
    expect(file.pairings.map((p) => [p.id, p.status])).toEqual([
      [secondPairing, 'active'],
      [firstPairing, 'ended_early'],
    ]);
    await expectAppError(w.c2.jobSeekers.get({ jobSeekerId: amina }), 'jobSeeker.notFound');

    // Completed: proposable again, as long as the consents hold.
    deps.clock.setToday('2027-02-28');
    await w.c1.pairings.complete({ pairingId: secondPairing, endDate: '2027-02-28' });
    expect(await proposableState(amina)).toMatchObject(proposable);
    await w.c1.jobSeekers.withdrawConsent({
      jobSeekerId: amina,
      purpose: 'proposal',
      withdrawnOn: '2027-02-28',
    });
    expect(await proposableState(amina)).toMatchObject({
      file: { proposable: false, inActivePairing: false },
      inProposableList: false,
      forSeeker: false,
    });
    expect((await w.c1.matching.forJobSeeker({ jobSeekerId: amina })).reason).toBe('consent');
    expect(deps.db.select({ n: count() }).from(pairings).get()?.n).toBe(2);
  });

  it('a second hire of a person already in an active pairing is refused and writes nothing', async () => {
    const a = await w.e1.postings.create({ ...postingFields(), publish: true });
    const b = await w.e2.postings.create({ ...postingFields(), publish: true });
    const { id } = await w.c1.jobSeekers.create(jobSeekerFields());
    const pa = await w.c1.proposals.create({ postingId: a.id, jobSeekerId: id, message: '' });
    const pb = await w.c1.proposals.create({ postingId: b.id, jobSeekerId: id, message: '' });
    await w.e1.pairings.confirmHire({ proposalId: pa.id, ...hireTerms });
    // The other open proposal expired at the hire: it cannot become a second pairing.
    await expectAppError(
      w.e2.pairings.confirmHire({ proposalId: pb.id, ...hireTerms }),
      'proposal.illegalTransition',
    );
    expect(deps.db.select({ n: count() }).from(pairings).get()?.n).toBe(1);
  });
});
