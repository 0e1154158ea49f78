import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { fileAccessLog } from '../../server/db/schema';
import { jobSeekerFields, postingFields } from '../helpers/builders';
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
