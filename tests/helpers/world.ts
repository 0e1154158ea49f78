// A small world for feature tests: two organisations, two businesses, their users.
import { aUser } from './builders';
import { as } from './callers';
import type { TestDeps } from './testDeps';

export async function aWorld(deps: TestDeps) {
  const admin1 = await aUser(deps.db, 'org_admin');
  const counsellor1 = await aUser(deps.db, 'counsellor', { organisationId: admin1.organisationId });
  const counsellor2 = await aUser(deps.db, 'counsellor');
  const employer1 = await aUser(deps.db, 'employer');
  const employer2 = await aUser(deps.db, 'employer');
  const coordinator = await aUser(deps.db, 'coordinator');
  return {
    users: { admin1, counsellor1, counsellor2, employer1, employer2, coordinator },
    admin1: as(deps, admin1.id),
    c1: as(deps, counsellor1.id),
    c2: as(deps, counsellor2.id),
    e1: as(deps, employer1.id),
    e2: as(deps, employer2.id),
    coord: as(deps, coordinator.id),
  };
}
