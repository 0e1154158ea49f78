// The organisation's home (home.organisation): the open files counted by what they allow (the
// one definition of « peuvent être proposées »), and the proposals waiting for an employer's
// answer — how many, and the ten newest, the ids of the page read before the rows are joined.
import { beforeEach, describe, expect, it } from 'vitest';
import { jobSeekerFields, notProposableConsents, postingFields } from '../helpers/builders';
import { aWorldWithOpenPhase, hireTerms, type World } from '../helpers/pairingWorld';
import { type TestDeps, testDeps } from '../helpers/testDeps';

let deps: TestDeps;
let w: World;

beforeEach(async () => {
  deps = testDeps();
  ({ w } = await aWorldWithOpenPhase(deps));
});

describe('the organisation’s home', () => {
  it('counts the open files: proposable, in an active pairing, neither', async () => {
    const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
    const hired = (await w.c1.jobSeekers.create(jobSeekerFields())).id;
    await w.c1.jobSeekers.create(jobSeekerFields());
    await w.c1.jobSeekers.create(jobSeekerFields(notProposableConsents));
    // Another organisation's person is not counted.
    await w.c2.jobSeekers.create(jobSeekerFields());
    const p = await w.c1.proposals.create({
      postingId: posting.id,
      jobSeekerId: hired,
      message: '',
    });
    await w.e1.pairings.confirmHire({ proposalId: p.id, ...hireTerms, startDate: '2026-11-23' });

    expect((await w.c1.home.organisation()).seekers).toEqual({
      active: 3,
      proposable: 1,
      inActivePairing: 1,
    });
    expect((await w.c2.home.organisation()).seekers).toEqual({
      active: 1,
      proposable: 1,
      inActivePairing: 0,
    });
  });

  it('shows the ten newest proposals waiting for an answer, and how many wait', async () => {
    const postings = [];
    for (const employer of [w.e1, w.e2, w.e1]) {
      postings.push(await employer.postings.create({ ...postingFields(), publish: true }));
    }
    const people = [];
    for (let i = 0; i < 4; i++) people.push((await w.c1.jobSeekers.create(jobSeekerFields())).id);
    const made: number[] = [];
    for (const posting of postings) {
      for (const jobSeekerId of people) {
        deps.clock.advanceMinutes(3);
        made.push(
          (await w.c1.proposals.create({ postingId: posting.id, jobSeekerId, message: '' })).id,
        );
      }
    }
    // An answered proposal no longer waits; another organisation's never shows.
    const [answered] = made.splice(4, 1);
    await w.e2.proposals.inviteToInterview({ proposalId: answered ?? 0 });
    const other = (await w.c2.jobSeekers.create(jobSeekerFields())).id;
    await w.c2.proposals.create({
      postingId: postings[0]?.id ?? 0,
      jobSeekerId: other,
      message: '',
    });

    const home = await w.c1.home.organisation();
    expect(home.waiting.count).toBe(11);
    expect(home.waiting.items.map((i) => i.id)).toEqual(made.slice(-10).reverse());
    expect(home.waiting.items[0]).toMatchObject({
      status: 'proposed',
      postingId: postings[2]?.id,
      jobSeekerId: people[3],
    });
  });
});
