// The partner API: tokens (scopes, expiry, revocation, shown once and stored hashed, last use),
// the same data scope as the web, audit of every call, the access log of file reads, per-token
// rate limit, and the OpenAPI document (valid, and two endpoints called as written in it).
import { Validator } from '@seriousme/openapi-schema-validator';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { apiTokens, auditEvents, fileAccessLog, followUps } from '../../server/db/schema';
import { apiCall, aToken } from '../helpers/apiTokens';
import { aUser, jobSeekerFields, phaseFields, postingFields } from '../helpers/builders';
import { as } from '../helpers/callers';
import { expectAppError } from '../helpers/expectError';
import { type TestDeps, testDeps } from '../helpers/testDeps';
import { aWorld } from '../helpers/world';

let deps: TestDeps;
let w: Awaited<ReturnType<typeof aWorld>>;
let app: ReturnType<typeof createApp>;
let admin2: ReturnType<typeof as>;
let phaseId: number;

const hire = { startDate: '2026-12-07', hourlyWageCents: 2000, hoursPerWeek: 35, plannedWeeks: 12 };

beforeEach(async () => {
  deps = testDeps();
  w = await aWorld(deps);
  app = createApp(deps);
  const org1 = w.users.counsellor1.organisationId ?? 0;
  const org2 = w.users.counsellor2.organisationId ?? 0;
  admin2 = as(deps, (await aUser(deps.db, 'org_admin', { organisationId: org2 })).id);
  phaseId = (
    await w.coord.phases.create(
      phaseFields({
        organisations: [org1, org2].map((organisationId) => ({ organisationId, pairingTarget: 5 })),
      }),
    )
  ).id;
  await w.coord.phases.transition({ phaseId, action: 'open' });
});

async function hired(counsellor = w.c1) {
  const posting = await w.e1.postings.create({ ...postingFields(), publish: true });
  const seeker = await counsellor.jobSeekers.create(jobSeekerFields());
  const proposal = await counsellor.proposals.create({
    postingId: posting.id,
    jobSeekerId: seeker.id,
    message: '',
  });
  const { pairingId } = await w.e1.pairings.confirmHire({ proposalId: proposal.id, ...hire });
  return { seekerId: seeker.id, pairingId };
}

describe('API tokens', () => {
  it('are shown once, stored hashed, listed with their last use, and revocable', async () => {
    const { id, token } = await aToken(w.admin1, ['people:read']);
    expect(token).toMatch(/^psr_[\w-]{40,}$/);
    const row = deps.db.select().from(apiTokens).where(eq(apiTokens.id, id)).get();
    expect(JSON.stringify(row)).not.toContain(token);
    expect(token.startsWith(row?.prefix ?? '?')).toBe(true);
    expect((await w.admin1.apiTokens.list())[0]).toMatchObject({
      id,
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(await w.admin1.apiTokens.list())).not.toContain(token);
    expect((await apiCall(app, token, 'GET', '/job-seekers')).status).toBe(200);
    expect((await w.admin1.apiTokens.list())[0]?.lastUsedAt).toBe(deps.clock.now().toISOString());
    await w.admin1.apiTokens.revoke({ tokenId: id });
    const refused = await apiCall(app, token, 'GET', '/job-seekers');
    expect(refused.status).toBe(401);
    expect(refused.body.data?.appCode).toBe('api.tokenRevoked');
    const actions = deps.db
      .select()
      .from(auditEvents)
      .all()
      .map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['apiToken.created', 'apiToken.revoked', 'api.called']),
    );
  });

  it('refuse scopes outside the creator’s role, expiry dates out of range, and other managers’ tokens', async () => {
    await expectAppError(aToken(w.admin1, ['program:read']), 'apiToken.scopeNotAllowed');
    await expectAppError(aToken(w.coord, ['people:read']), 'apiToken.scopeNotAllowed');
    await expectAppError(
      aToken(w.admin1, ['people:read'], '2026-11-23'),
      'apiToken.expiryOutOfRange',
    );
    await expectAppError(
      aToken(w.admin1, ['people:read'], '2028-01-01'),
      'apiToken.expiryOutOfRange',
    );
    await expectAppError(aToken(w.c1, ['people:read']), 'auth.forbidden');
    const { id } = await aToken(w.admin1, ['people:read']);
    await expectAppError(admin2.apiTokens.revoke({ tokenId: id }), 'apiToken.notFound');
    expect(await admin2.apiTokens.list()).toEqual([]);
  });

  it('expire after their last day and stop when their creator is disabled', async () => {
    const { token } = await aToken(w.admin1, ['people:read'], '2026-11-24');
    expect((await apiCall(app, token, 'GET', '/job-seekers')).status).toBe(200);
    deps.clock.set('2026-11-25T04:59:00.000Z'); // 23:59 on the 24th in Quebec
    expect((await apiCall(app, token, 'GET', '/job-seekers')).status).toBe(200);
    deps.clock.set('2026-11-25T05:00:01.000Z');
    const expired = await apiCall(app, token, 'GET', '/job-seekers');
    expect([expired.status, expired.body.data?.appCode]).toEqual([401, 'api.tokenExpired']);

    deps.clock.set('2026-11-23T14:00:00.000Z');
    const other = await aToken(w.admin1, ['people:read']);
    await w.coord.accounts.changeRole({ userId: w.users.admin1.id, role: 'counsellor' });
    expect((await apiCall(app, other.token, 'GET', '/job-seekers')).status).toBe(401);
  });

  it('answer 401 without a token or with a wrong one, in the documented error shape', async () => {
    for (const token of [null, 'psr_nope', 'Bearer', 'x'.repeat(300)]) {
      const r = await apiCall(app, token, 'GET', '/job-seekers');
      expect(r.status).toBe(401);
      expect(r.body.data?.appCode).toBe('api.invalidToken');
    }
  });
});

describe('API calls', () => {
  it('a token of organisation 1 never sees organisation 2’s people or pairings', async () => {
    const mine = await hired(w.c1);
    const theirs = await hired(w.c2);
    const { token } = await aToken(w.admin1, ['people:read']);
    const people = await apiCall(app, token, 'GET', '/job-seekers');
    expect((people.body.items as { id: number }[]).map((p) => p.id)).toEqual([mine.seekerId]);
    expect((await apiCall(app, token, 'GET', `/job-seekers/${theirs.seekerId}`)).status).toBe(404);
    const pairings = await apiCall(app, token, 'GET', '/pairings');
    expect((pairings.body.items as { id: number }[]).map((p) => p.id)).toEqual([mine.pairingId]);
    const write = await aToken(w.admin1, ['followups:write']);
    const post = await apiCall(
      app,
      write.token,
      'POST',
      `/pairings/${theirs.pairingId}/follow-ups`,
      {
        on: '2026-11-23',
        withWhom: 'person',
        kind: 'call',
      },
    );
    expect(post.status).toBe(404);
    expect(deps.db.select().from(followUps).all()).toEqual([]);
  });

  it('reading a file through the API is in its access log; the file has no private notes or client groups', async () => {
    const { seekerId } = await hired(w.c1);
    const { token } = await aToken(w.admin1, ['people:read']);
    const file = await apiCall(app, token, 'GET', `/job-seekers/${seekerId}`);
    expect(file.status).toBe(200);
    expect(file.body).toMatchObject({
      id: seekerId,
      consents: expect.arrayContaining([expect.objectContaining({ purpose: 'participation' })]),
    });
    expect(JSON.stringify(file.body)).not.toContain('NOTE-PRIVEE');
    expect(file.body).not.toHaveProperty('clientGroups');
    const log = deps.db
      .select()
      .from(fileAccessLog)
      .where(eq(fileAccessLog.action, 'api_view'))
      .all();
    expect(log.map((l) => [l.jobSeekerId, l.userId])).toEqual([[seekerId, w.users.admin1.id]]);
    const audit = deps.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'api.called'))
      .all();
    expect(audit.at(-1)?.details).toMatchObject({ procedure: 'getPerson', outcome: 'ok' });
  });

  it('refuses a token without the scope (403) and validates input field by field (400)', async () => {
    const { pairingId } = await hired(w.c1);
    const { token } = await aToken(w.admin1, ['people:read']);
    const due = await apiCall(app, token, 'GET', '/follow-ups/due');
    expect([due.status, due.body.data?.appCode]).toEqual([403, 'api.missingScope']);
    const write = await aToken(w.admin1, ['followups:write', 'followups:read']);
    const bad = await apiCall(app, write.token, 'POST', `/pairings/${pairingId}/follow-ups`, {
      on: '2026-02-31',
      withWhom: 'everyone',
      kind: 'call',
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((bad.body.data as { fieldErrors: object }).fieldErrors).sort()).toEqual([
      'on',
      'withWhom',
    ]);
    const good = await apiCall(app, write.token, 'POST', `/pairings/${pairingId}/follow-ups`, {
      on: '2026-11-23',
      withWhom: 'person',
      kind: 'call',
      notes: 'Appel depuis le logiciel de l’organisme',
      nextOn: '2026-11-27',
    });
    expect(good.status).toBe(200);
    expect(deps.db.select().from(followUps).all()).toHaveLength(1);
    const agenda = await apiCall(app, write.token, 'GET', '/follow-ups/due');
    expect((agenda.body.followUpsDue as { id: number }[]).map((p) => p.id)).toEqual([pairingId]);
  });

  it('gives the coordinator’s program token the phase report, every pairing and the ledger, nothing of a person’s file', async () => {
    await hired(w.c1);
    await hired(w.c2);
    const { token } = await aToken(w.coord, ['program:read']);
    const report = await apiCall(app, token, 'GET', `/phases/${phaseId}/report`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ totals: { pairings: 2 } });
    expect((await apiCall(app, token, 'GET', '/pairings')).body.items).toHaveLength(2);
    expect((await apiCall(app, token, 'GET', '/ledger')).status).toBe(200);
    expect((await apiCall(app, token, 'GET', '/job-seekers')).status).toBe(403);
    const org = await aToken(w.admin1, ['people:read', 'followups:read', 'followups:write']);
    expect((await apiCall(app, org.token, 'GET', `/phases/${phaseId}/report`)).status).toBe(403);
    expect((await apiCall(app, org.token, 'GET', '/ledger')).status).toBe(403);
  });

  it('limits each token to 120 calls a minute', async () => {
    const { token } = await aToken(w.admin1, ['followups:read']);
    const other = await aToken(w.admin1, ['followups:read']);
    for (let i = 0; i < 120; i++) {
      expect((await apiCall(app, token, 'GET', '/follow-ups/due')).status).toBe(200);
    }
    const limited = await apiCall(app, token, 'GET', '/follow-ups/due');
    expect([limited.status, limited.body.data?.appCode]).toEqual([429, 'api.rateLimited']);
    expect((await apiCall(app, other.token, 'GET', '/follow-ups/due')).status).toBe(200);
    deps.clock.advanceMinutes(1.1);
    expect((await apiCall(app, token, 'GET', '/follow-ups/due')).status).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  type Operation = {
    parameters?: { in: string; name: string }[];
    security?: Record<string, string[]>[];
    responses: Record<
      string,
      {
        content?: {
          'application/json': {
            schema: { properties?: Record<string, unknown>; required?: string[] };
          };
        };
      }
    >;
  };
  type Doc = {
    openapi: string;
    servers: { url: string }[];
    paths: Record<string, Record<string, Operation>>;
    components: { securitySchemes: Record<string, { type: string; scheme: string }> };
  };

  it('is a valid OpenAPI 3.1 document, and two endpoints work when called as it describes them', async () => {
    const res = await app.request('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/follow-ups/due',
      '/job-seekers',
      '/job-seekers/{jobSeekerId}',
      '/ledger',
      '/pairings',
      '/pairings/{pairingId}/follow-ups',
      '/phases/{phaseId}/report',
    ]);

    const { seekerId, pairingId } = await hired(w.c1);
    const { token } = await aToken(w.admin1, ['people:read', 'followups:write']);
    const base = new URL(doc.servers[0]?.url ?? '');
    const scheme = Object.values(doc.components.securitySchemes)[0];
    expect(scheme).toMatchObject({ type: 'http', scheme: 'bearer' });

    // 1. GET /job-seekers/{jobSeekerId}, path parameter from the document.
    const get = doc.paths['/job-seekers/{jobSeekerId}']?.get;
    expect(get?.parameters?.map((p) => [p.in, p.name])).toEqual([['path', 'jobSeekerId']]);
    const getRes = await app.request(
      `${base.pathname}${'/job-seekers/{jobSeekerId}'.replace('{jobSeekerId}', String(seekerId))}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    expect(getRes.status).toBe(200);
    const person = (await getRes.json()) as Record<string, unknown>;
    const personSchema = get?.responses['200']?.content?.['application/json'].schema;
    for (const key of personSchema?.required ?? []) expect(person, key).toHaveProperty(key);
    expect(Object.keys(person).sort()).toEqual(Object.keys(personSchema?.properties ?? {}).sort());

    // 2. POST /pairings/{pairingId}/follow-ups with the documented JSON body.
    const post = doc.paths['/pairings/{pairingId}/follow-ups']?.post as Operation & {
      requestBody: { content: { 'application/json': { schema: { required: string[] } } } };
    };
    expect(post.requestBody.content['application/json'].schema.required.sort()).toEqual([
      'kind',
      'on',
      'withWhom',
    ]);
    const postRes = await app.request(`${base.pathname}/pairings/${pairingId}/follow-ups`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ on: '2026-11-23', withWhom: 'both', kind: 'visit' }),
    });
    expect(postRes.status).toBe(200);
    const created = (await postRes.json()) as { id: number };
    expect(
      Object.keys(post.responses['200']?.content?.['application/json'].schema.properties ?? {}),
    ).toEqual(['id']);
    expect(
      deps.db.select().from(followUps).where(eq(followUps.id, created.id)).get()?.pairingId,
    ).toBe(pairingId);
  });

  it('has a reference page served from this server only', async () => {
    const page = await app.request('/api/v1/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) {
      expect(src.startsWith('/api/v1/docs/')).toBe(true);
      expect((await app.request(src)).status).toBe(200);
    }
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
  });
});
