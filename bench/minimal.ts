// The stack's own limit on the mixed list traffic: a minimal hand-written Hono handler doing
// the same work per request as the list procedures — the session lookup (the same join as
// server/features/auth/sessions.ts), the same SQL as the procedure (one prepared statement per
// SQL text), the same JSON envelope as tRPC's batch link, uncompressed as the server sends it
// (the proxy in front compresses) — and nothing else: no other middleware, no tRPC, no
// validation library, no drizzle. The harness checks before measuring that it answers a sample
// of the mix exactly as the real server does, with the same content coding (run.ts,
// checkMinimal).
//
//   PORT=4316 DATABASE_PATH=bench/data/run-1.db node --import tsx bench/minimal.ts
import { createHash } from 'node:crypto';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import { candidateCard } from '../server/features/proposals/candidateCard';
import { DEFAULT_GRACE_DAYS } from '../server/features/security/policy';
import { secondFactorRoles } from '../shared/security/schemas';

const db = new Database(process.env.DATABASE_PATH ?? '', { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');

const statements = new Map<string, Database.Statement>();
function all(sql: string, params: unknown[]): Record<string, unknown>[] {
  let stmt = statements.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    statements.set(sql, stmt);
  }
  return stmt.raw(false).all(...params) as Record<string, unknown>[];
}

// The session lookup of server/features/auth/sessions.ts (the same join and columns: the
// session's stage, the account's second factor), and the second-factor gate of
// server/features/security/policy.ts: past the grace period without a second factor, a
// coordinator's or manager's session opens nothing but the set-up.
const sessionStmt = db.prepare(
  `select s.expires_at as expiresAt, s.absolute_expires_at as absoluteExpiresAt, s.stage,
     u.id as userId, u.role, u.organisation_id as organisationId, u.business_id as businessId,
     u.status, u.mfa_required_from as mfaRequiredFrom,
     (EXISTS (SELECT 1 FROM totp_credentials t WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL)
       OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = u.id)) as mfaEnabled
   from sessions s inner join users u on u.id = s.user_id where s.id = ?`,
);
const policyStmt = db.prepare('select mfa_grace_days as days from security_policy where id = 1');
const secondFactorRequired = new Set<string>(secondFactorRoles);
interface Actor {
  userId: number;
  role: string;
  organisationId: number | null;
  businessId: number | null;
}
function actorOf(cookie: string | undefined): Actor | null {
  const token = /(?:^|;\s*)passerelle_session=([^;]+)/.exec(cookie ?? '')?.[1];
  if (!token) return null;
  const row = sessionStmt.get(createHash('sha256').update(token).digest('hex')) as
    | (Actor & {
        expiresAt: string;
        status: string;
        stage: string;
        mfaRequiredFrom: string | null;
        mfaEnabled: number;
      })
    | undefined;
  if (row?.status !== 'active' || row.stage !== 'full' || new Date(row.expiresAt) <= new Date())
    return null;
  if (row.mfaEnabled !== 1 && secondFactorRequired.has(row.role) && row.mfaRequiredFrom) {
    const days = (policyStmt.get() as { days: number } | undefined)?.days ?? DEFAULT_GRACE_DAYS;
    if (Date.now() >= Date.parse(row.mfaRequiredFrom) + days * 86_400_000) return null;
  }
  return row;
}

type Input = Record<string, unknown> & {
  sort?: { by: string; dir: 'asc' | 'desc' };
  cursor?: string;
  limit?: number;
};
interface Keyset {
  after: string | null;
  afterParams: unknown[];
  orderBy: string;
  page: (
    rows: Record<string, unknown>[],
    limit: number,
  ) => { items: Record<string, unknown>[]; nextCursor: string | null };
}

const cursorField: Record<string, string> = {
  newest: 'id',
  created: 'id',
  startDate: 'startDate',
  wage: 'hourlyWageCents',
  name: 'nameKey',
  updated: 'updatedAt',
};

/** The same keyset as server/features/lists/keyset.ts: (key, id) after the cursor. */
function keyset(
  keys: Record<string, string>,
  idColumn: string,
  input: Input,
  fallback: string,
): Keyset {
  const sort = input.sort ?? { by: fallback, dir: 'desc' as const };
  const column = keys[sort.by] ?? idColumn;
  const byId = column === idColumn;
  const dir = sort.dir === 'asc' ? 'asc' : 'desc';
  const orderBy = byId ? `${idColumn} ${dir}` : `${column} ${dir}, ${idColumn} ${dir}`;
  let after: string | null = null;
  let afterParams: unknown[] = [];
  if (input.cursor) {
    const [, value, id] = JSON.parse(input.cursor) as [string, unknown, number];
    const op = dir === 'asc' ? '>' : '<';
    after = byId ? `${idColumn} ${op} ?` : `(${column}, ${idColumn}) ${op} (?, ?)`;
    afterParams = byId ? [id] : [value, id];
  }
  const field = cursorField[sort.by] ?? 'id';
  return {
    after,
    afterParams,
    orderBy,
    page: (rows, limit) => {
      const items = rows.slice(0, limit);
      const last = items.at(-1);
      const nextCursor =
        rows.length > limit && last ? JSON.stringify([sort.by, last[field], last.id]) : null;
      return { items, nextCursor };
    },
  };
}
const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const text = (q: unknown) => (typeof q === 'string' && q.trim() ? q.trim() : undefined);
const json = (v: unknown) => JSON.parse(v as string) as unknown;

function listPostings(actor: Actor, input: Input) {
  const ks = keyset(
    {
      newest: '"postings"."id"',
      startDate: '"postings"."start_date"',
      wage: '"postings"."hourly_wage_cents"',
    },
    '"postings"."id"',
    input,
    'newest',
  );
  const where: string[] = [];
  const params: unknown[] = [];
  if (actor.role === 'employer') {
    where.push('"postings"."business_id" = ?');
    params.push(actor.businessId ?? -1);
    if (input.status) {
      where.push('"postings"."status" = ?');
      params.push(input.status);
    }
  } else {
    where.push('"postings"."status" = ?', '"postings"."status" <> ?');
    params.push(input.status ?? 'open', 'draft');
  }
  if (input.regionCode) {
    where.push('"postings"."region_code" = ?');
    params.push(input.regionCode);
  }
  if (input.nocPrefix) {
    where.push('"postings"."noc_code" GLOB ?');
    params.push(`${input.nocPrefix}*`);
  }
  if (input.startFrom) {
    where.push('"postings"."start_date" >= ?');
    params.push(input.startFrom);
  }
  if (input.startTo) {
    where.push('"postings"."start_date" <= ?');
    params.push(input.startTo);
  }
  const q = text(input.q);
  if (q) {
    where.push(
      `("postings"."title" LIKE ? ESCAPE '\\' or "postings"."city" LIKE ? ESCAPE '\\' or "businesses"."legal_name" LIKE ? ESCAPE '\\')`,
    );
    params.push(like(q), like(q), like(q));
  }
  if (ks.after) {
    where.push(ks.after);
    params.push(...ks.afterParams);
  }
  const limit = input.limit ?? 50;
  const rows = all(
    `select "postings"."id", "postings"."title", "postings"."noc_code" as nocCode, "postings"."region_code" as regionCode,
      "postings"."city", "postings"."hours_per_week" as hoursPerWeek, "postings"."hourly_wage_cents" as hourlyWageCents,
      "postings"."positions", "postings"."start_date" as startDate, "postings"."duration_weeks" as durationWeeks,
      "postings"."status", "postings"."business_id" as businessId, "businesses"."legal_name" as businessName,
      "postings"."updated_at" as updatedAt,
      (SELECT count(*) FROM proposals pr WHERE pr.posting_id = "postings"."id" AND pr.status = 'proposed') as waiting,
      (SELECT count(*) FROM proposals pr WHERE pr.posting_id = "postings"."id") as total
     from "postings" inner join "businesses" on "businesses"."id" = "postings"."business_id"
     where "postings"."id" in (select "postings"."id" from "postings"${q ? ' inner join "businesses" on "businesses"."id" = "postings"."business_id"' : ''}
       where (${where.join(' and ')}) order by ${ks.orderBy} limit ?)
     order by ${ks.orderBy}`,
    [...params, limit + 1],
  );
  const page = ks.page(rows, limit);
  return {
    items: page.items.map(({ waiting, total, ...p }) => ({ ...p, proposals: { waiting, total } })),
    nextCursor: page.nextCursor,
  };
}

// server/features/pairings/activePairing.ts: in an active pairing, and can be proposed (an
// open file, consents to be proposed, no active pairing); one `?` each for `can_be_proposed`.
const IN_ACTIVE_PAIRING = `exists (select "id" from "pairings" where ("pairings"."job_seeker_id" = "job_seekers"."id" and "pairings"."status" = 'active'))`;
const PROPOSABLE = `("job_seekers"."status" = 'active' AND "job_seekers"."can_be_proposed" = ? AND not ${IN_ACTIVE_PAIRING})`;

function listJobSeekers(actor: Actor, input: Input) {
  const ks = keyset(
    {
      newest: '"job_seekers"."id"',
      // The accent-folded sort key (server/db/sortKey.ts), as the server sorts names.
      name: '"job_seekers"."name_key"',
      updated: '"job_seekers"."updated_at"',
    },
    '"job_seekers"."id"',
    input,
    'newest',
  );
  const where = ['"job_seekers"."organisation_id" = ?', '"job_seekers"."status" = ?'];
  const params: unknown[] = [actor.organisationId, input.status ?? 'active'];
  const q = text(input.q);
  if (q) {
    where.push(
      `(("job_seekers"."first_name" || ' ' || "job_seekers"."last_name") LIKE ? ESCAPE '\\' or "job_seekers"."email" LIKE ? ESCAPE '\\')`,
    );
    params.push(like(q), like(q));
  }
  if (input.proposable !== undefined) {
    where.push(input.proposable ? PROPOSABLE : `not ${PROPOSABLE}`);
    params.push(1);
  }
  if (input.regionCode) {
    where.push('"job_seekers"."region_code" = ?');
    params.push(input.regionCode);
  }
  if (ks.after) {
    where.push(ks.after);
    params.push(...ks.afterParams);
  }
  const limit = input.limit ?? 50;
  const rows = all(
    `select "id", "first_name" as firstName, "last_name" as lastName, "region_code" as regionCode,
      "target_noc_codes" as targetNocCodes, "hours_per_week" as hoursPerWeek, "available_from" as availableFrom,
      "can_be_proposed" as canBeProposed, ${PROPOSABLE} as proposable,
      ${IN_ACTIVE_PAIRING} as inActivePairing, "status", "updated_at" as updatedAt, "name_key" as nameKey
     from "job_seekers" where (${where.join(' and ')}) order by ${ks.orderBy} limit ?`,
    [1, ...params, limit + 1],
  );
  const page = ks.page(rows, limit);
  return {
    items: page.items.map(({ nameKey: _, ...r }) => ({
      ...r,
      targetNocCodes: json(r.targetNocCodes),
      canBeProposed: r.canBeProposed === 1,
      proposable: r.proposable === 1,
      inActivePairing: r.inActivePairing === 1,
    })),
    nextCursor: page.nextCursor,
  };
}

function listProposals(actor: Actor, input: Input) {
  const ks = keyset(
    { updated: '"proposals"."updated_at"', created: '"proposals"."id"' },
    '"proposals"."id"',
    input,
    'updated',
  );
  const limit = input.limit ?? 50;
  const where: string[] = [];
  const params: unknown[] = [];
  const employer = actor.role === 'employer';
  where.push(employer ? '"postings"."business_id" = ?' : '"proposals"."organisation_id" = ?');
  params.push(employer ? actor.businessId : actor.organisationId);
  if (ks.after) {
    where.push(ks.after);
    params.push(...ks.afterParams);
  }
  if (input.postingId) {
    where.push('"proposals"."posting_id" = ?');
    params.push(input.postingId);
  }
  if (!employer && input.jobSeekerId) {
    where.push('"proposals"."job_seeker_id" = ?');
    params.push(input.jobSeekerId);
  }
  if (input.status) {
    where.push('"proposals"."status" = ?');
    params.push(input.status);
  }
  if (employer) {
    // As the server: a withdrawn or expired card of a person proposed again is not shown.
    where.push(`not ("proposals"."status" in ('withdrawn', 'expired') and exists (
      select 1 from "proposals" as "later" where "later"."posting_id" = "proposals"."posting_id"
        and "later"."job_seeker_id" = "proposals"."job_seeker_id" and "later"."id" > "proposals"."id"))`);
    const rows = all(
      `select "proposals"."id", "proposals"."status", "proposals"."message", "proposals"."created_at" as createdAt,
        "proposals"."updated_at" as updatedAt, "proposals"."decline_reason" as declineReason,
        "proposals"."decline_comment" as declineComment, "proposals"."seen_by_employer_at" as seenByEmployerAt,
        "postings"."id" as postingId, "postings"."title" as postingTitle, "users"."name" as counsellorName,
        "organisations"."name" as organisationName, "job_seekers"."first_name" as firstName,
        "job_seekers"."last_name" as lastName, "job_seekers"."presentation", "job_seekers"."skills",
        "job_seekers"."hours_per_week" as hoursPerWeek, "job_seekers"."available_from" as availableFrom,
        "job_seekers"."languages", "job_seekers"."target_noc_codes" as targetNocCodes,
        "job_seekers"."region_code" as regionCode, "job_seekers"."email", "job_seekers"."phone",
        "job_seekers"."can_be_proposed" as canBeProposed, "job_seekers"."can_share_contact" as canShareContact
       from "proposals" inner join "postings" on "postings"."id" = "proposals"."posting_id"
       inner join "job_seekers" on "job_seekers"."id" = "proposals"."job_seeker_id"
       inner join "users" on "users"."id" = "proposals"."proposed_by"
       inner join "organisations" on "organisations"."id" = "proposals"."organisation_id"
       where (${where.join(' and ')}) order by ${ks.orderBy} limit ?`,
      [...params, limit + 1],
    );
    const page = ks.page(rows, limit);
    const items = page.items.map((r) => ({
      id: r.id,
      status: r.status,
      message: r.message,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      declineReason: r.declineReason,
      declineComment: r.declineComment,
      seenByEmployerAt: r.seenByEmployerAt,
      postingId: r.postingId,
      postingTitle: r.postingTitle,
      counsellorName: r.counsellorName,
      organisationName: r.organisationName,
      candidate: candidateCard(
        {
          firstName: r.firstName as string,
          lastName: r.lastName as string,
          presentation: r.presentation as string,
          skills: json(r.skills) as string[],
          hoursPerWeek: r.hoursPerWeek as number,
          availableFrom: r.availableFrom as string,
          languages: json(r.languages) as string[],
          targetNocCodes: json(r.targetNocCodes) as string[],
          regionCode: r.regionCode as string,
          email: r.email as string,
          phone: r.phone as string,
          canBeProposed: r.canBeProposed === 1,
          canShareContact: r.canShareContact === 1,
        },
        r.status as string,
      ),
    }));
    return { side: 'employer', items, nextCursor: page.nextCursor };
  }
  const rows = all(
    `select "proposals"."id", "proposals"."status", "proposals"."message", "proposals"."created_at" as createdAt,
      "proposals"."updated_at" as updatedAt, "proposals"."answered_at" as answeredAt,
      "proposals"."decline_reason" as declineReason, "proposals"."decline_comment" as declineComment,
      "proposals"."seen_by_organisation_at" as seenByOrganisationAt, "postings"."id" as postingId,
      "postings"."title" as postingTitle, "businesses"."legal_name" as businessName,
      "job_seekers"."id" as jobSeekerId, "job_seekers"."first_name" as firstName,
      "job_seekers"."last_name" as lastName, "users"."name" as counsellorName
     from "proposals" inner join "postings" on "postings"."id" = "proposals"."posting_id"
     inner join "businesses" on "businesses"."id" = "postings"."business_id"
     inner join "job_seekers" on "job_seekers"."id" = "proposals"."job_seeker_id"
     inner join "users" on "users"."id" = "proposals"."proposed_by"
     where (${where.join(' and ')}) order by ${ks.orderBy} limit ?`,
    [...params, limit + 1],
  );
  const page = ks.page(rows, limit);
  return { side: 'organisation', items: page.items, nextCursor: page.nextCursor };
}

function listPairings(actor: Actor, input: Input) {
  const ks = keyset(
    { newest: '"pairings"."id"', startDate: '"pairings"."start_date"' },
    '"pairings"."id"',
    input,
    'newest',
  );
  const limit = input.limit ?? 50;
  const where: string[] = [];
  const params: unknown[] = [];
  if (actor.role === 'employer') {
    where.push('"pairings"."business_id" = ?');
    params.push(actor.businessId ?? -1);
  } else if (actor.role !== 'coordinator') {
    where.push('"pairings"."organisation_id" = ?');
    params.push(actor.organisationId ?? -1);
  }
  const filters: [unknown, string][] = [
    [input.phaseId, '"pairings"."phase_id" = ?'],
    [input.status, '"pairings"."status" = ?'],
    [
      actor.role === 'coordinator' ? input.organisationId : undefined,
      '"pairings"."organisation_id" = ?',
    ],
    [input.startFrom, '"pairings"."start_date" >= ?'],
    [input.startTo, '"pairings"."start_date" <= ?'],
  ];
  for (const [value, condition] of filters) {
    if (value) {
      where.push(condition);
      params.push(value);
    }
  }
  if (ks.after) {
    where.push(ks.after);
    params.push(...ks.afterParams);
  }
  const rows = all(
    `select "pairings"."id", "pairings"."phase_id" as phaseId, "phases"."number" as phaseNumber, "pairings"."status",
      "pairings"."start_date" as startDate, "pairings"."planned_end_date" as plannedEndDate,
      "pairings"."end_date" as endDate, "pairings"."hourly_wage_cents" as hourlyWageCents,
      "pairings"."hours_per_week" as hoursPerWeek, "pairings"."max_wage_subsidy_cents" as maxWageSubsidyCents,
      "pairings"."retention_due_on" as retentionDueOn, "pairings"."retention_outcome" as retentionOutcome,
      "postings"."title" as postingTitle, "businesses"."legal_name" as businessName,
      "organisations"."name" as organisationName, "job_seekers"."first_name" as firstName,
      "job_seekers"."last_name" as lastName
     from "pairings" inner join "phases" on "phases"."id" = "pairings"."phase_id"
     inner join "postings" on "postings"."id" = "pairings"."posting_id"
     inner join "businesses" on "businesses"."id" = "pairings"."business_id"
     inner join "organisations" on "organisations"."id" = "pairings"."organisation_id"
     inner join "job_seekers" on "job_seekers"."id" = "pairings"."job_seeker_id"
     where "pairings"."id" in (select "id" from "pairings"${where.length > 0 ? ` where (${where.join(' and ')})` : ''}
       order by ${ks.orderBy} limit ?)
     order by ${ks.orderBy} limit ?`,
    [...params, limit + 1, limit + 1],
  );
  const employer = actor.role === 'employer';
  const page = ks.page(
    employer
      ? rows.map((r) => ({ ...r, lastName: `${String(r.lastName).charAt(0).toUpperCase()}.` }))
      : rows,
    limit,
  );
  return page;
}

const lists: Record<string, (actor: Actor, input: Input) => unknown> = {
  'postings.list': listPostings,
  'jobSeekers.list': listJobSeekers,
  'proposals.list': listProposals,
  'pairings.list': listPairings,
};

const app = new Hono();
app.get('/healthz', (c) => c.text('ok'));
app.get('/trpc/:path', (c) => {
  const list = lists[c.req.param('path')];
  const actor = actorOf(c.req.header('cookie'));
  if (!list || !actor) return c.json([{ error: { message: 'not found or not signed in' } }], 401);
  const batch = JSON.parse(c.req.query('input') ?? '{}') as Record<string, Input>;
  const data = list(actor, batch['0'] ?? {});
  c.header('Cache-Control', 'no-store');
  return c.body(`[{"result":{"data":${JSON.stringify(data)}}}]`, 200, {
    'Content-Type': 'application/json',
  });
});

serve({
  fetch: app.fetch,
  port: Number(process.env.PORT ?? 4316),
  hostname: process.env.HOST ?? '127.0.0.1',
});
