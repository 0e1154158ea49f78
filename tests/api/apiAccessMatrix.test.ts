// The partner API's authorization, derived from its router as the web's is (accessMatrix.test.ts):
// every procedure of /api/v1 must appear here with the scopes that open it; each is called with a
// token of every scope (organisation and program), and with tokens of another organisation, to
// check it is refused exactly when it should be, and never shows another organisation's data.
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { apiV1Router } from '../../server/trpc/routers/apiV1';
import { type ApiScope, apiScopes } from '../../shared/apiTokens/scopes';
import { apiCall, aToken } from '../helpers/apiTokens';
import { aUser, jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { as } from '../helpers/callers';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

interface Entry {
  scopes: readonly ApiScope[];
  method: 'GET' | 'POST';
  /** The path with {ids} of organisation 1's records; `other` points at organisation 2's. */
  path: (ids: Ids) => string;
  body?: unknown;
}
interface Ids {
  seekerId: number;
  pairingId: number;
  phaseId: number;
}

const expected: Record<string, Entry> = {
  listPeople: { scopes: ['people:read'], method: 'GET', path: () => '/job-seekers' },
  getPerson: { scopes: ['people:read'], method: 'GET', path: (i) => `/job-seekers/${i.seekerId}` },
  listPairings: { scopes: ['people:read', 'program:read'], method: 'GET', path: () => '/pairings' },
  followUpsDue: { scopes: ['followups:read'], method: 'GET', path: () => '/follow-ups/due' },
  logFollowUp: {
    scopes: ['followups:write'],
    method: 'POST',
    path: (i) => `/pairings/${i.pairingId}/follow-ups`,
    body: { on: '2026-11-23', withWhom: 'person', kind: 'call' },
  },
  phaseReport: {
    scopes: ['program:read'],
    method: 'GET',
    path: (i) => `/phases/${i.phaseId}/report`,
  },
  ledger: { scopes: ['program:read'], method: 'GET', path: () => '/ledger' },
};

const procedures = Object.keys(apiV1Router._def.procedures).sort();

let deps: TestDeps;
let app: ReturnType<typeof createApp>;
let w: Awaited<ReturnType<typeof aWorld>>;
let mine: Ids;
let theirs: Ids;
const hire = { startDate: '2026-12-07', hourlyWageCents: 2000, hoursPerWeek: 35, plannedWeeks: 12 };

beforeEach(async () => {
  deps = testDeps();
  app = createApp(deps);
  w = await aWorld(deps);
  const org1 = w.users.counsellor1.organisationId ?? 0;
  const org2 = w.users.counsellor2.organisationId ?? 0;
  const phaseId = (
    await w.coord.phases.create(
      phaseFields({
        organisations: [org1, org2].map((organisationId) => ({ organisationId, pairingTarget: 5 })),
      }),
    )
  ).id;
  await w.coord.phases.transition({ phaseId, action: 'open' });
  const make = async (counsellor: typeof w.c1) => {
    const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
    const seeker = await counsellor.jobSeekers.create(jobSeekerFields());
    const proposal = await counsellor.proposals.create({
      postingId: posting.id,
      jobSeekerId: seeker.id,
      message: '',
    });
    const { pairingId } = await w.e1.pairings.confirmHire({ proposalId: proposal.id, ...hire });
    return { seekerId: seeker.id, pairingId, phaseId };
  };
  mine = await make(w.c1);
  theirs = await make(w.c2);
});

describe('partner API access matrix', () => {
  it('lists every procedure of the API router, and nothing else', () => {
    expect(Object.keys(expected).sort()).toEqual(procedures);
  });

  for (const name of procedures) {
    it(`${name}: a token opens it exactly when it carries one of its scopes; never another organisation's record`, async () => {
      const entry = expected[name];
      if (!entry) throw new Error(`${name} has no entry in the API access table`);
      const org2Admin = as(
        deps,
        (await aUser(deps.db, 'org_admin', { organisationId: w.users.counsellor2.organisationId }))
          .id,
      );
      for (const scope of apiScopes) {
        const creator = scope === 'program:read' ? w.coord : w.admin1;
        const { token } = await aToken(creator, [scope]);
        const r = await apiCall(app, token, entry.method, entry.path(mine), entry.body);
        if (entry.scopes.includes(scope)) {
          expect(r.status, `${scope} on ${name}: ${JSON.stringify(r.body)}`).toBe(200);
        } else {
          expect([r.status, r.body.data?.appCode], `${scope} on ${name}`).toEqual([
            403,
            'api.missingScope',
          ]);
        }
      }
      // Organisation 2's token with every organisation scope: organisation 1's records are not found.
      const other = await aToken(org2Admin, ['people:read', 'followups:read', 'followups:write']);
      const r = await apiCall(app, other.token, entry.method, entry.path(mine), entry.body);
      if (
        entry.scopes.includes('people:read') ||
        entry.scopes.includes('followups:read') ||
        entry.scopes.includes('followups:write')
      ) {
        const text = JSON.stringify(r.body);
        if (r.status === 200) {
          expect(text).not.toContain(`"id":${mine.seekerId},`);
          expect(text).not.toContain(`"id":${mine.pairingId},`);
        } else {
          expect(r.status, `${name} as organisation 2`).toBe(404);
        }
      } else {
        expect(r.status).toBe(403);
      }
      // Without a token: 401 everywhere.
      expect((await apiCall(app, null, entry.method, entry.path(theirs), entry.body)).status).toBe(
        401,
      );
    });
  }
});
