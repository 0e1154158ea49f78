// The mixed list traffic: at least 5,000 distinct list queries — postings, job seekers,
// proposals, pairings with their filters, sorts and cursors of later pages — as 20 or more
// users of different organisations and roles. Cursors come from real rows (the keyset resumes
// after any row), so later pages are as deep as real paging goes. Deterministic from a seed.
import type Database from 'better-sqlite3';
import { mulberry32 } from './generate';

export interface BenchUser {
  id: number;
  email: string;
  role: 'coordinator' | 'org_admin' | 'counsellor' | 'employer';
  organisationId: number | null;
  businessId: number | null;
}

export interface ListQuery {
  /** Index in the users array (whose cookie the request carries). */
  user: number;
  path: string;
  input: Record<string, unknown>;
}

export function benchUsers(db: Database.Database): BenchUser[] {
  return db
    .prepare(
      `SELECT id, email, role, organisation_id AS organisationId, business_id AS businessId
       FROM users WHERE status = 'active' ORDER BY id`,
    )
    .all() as BenchUser[];
}

/** 20+ users for the mix: counsellors and managers of different organisations, employers of
 * different businesses, coordinators. */
export function mixUsers(all: BenchUser[]): BenchUser[] {
  const take = (role: BenchUser['role'], n: number, distinct: (u: BenchUser) => unknown) => {
    const seen = new Set<unknown>();
    const out: BenchUser[] = [];
    for (const u of all) {
      if (u.role !== role || seen.has(distinct(u))) continue;
      seen.add(distinct(u));
      out.push(u);
      if (out.length === n) break;
    }
    return out;
  };
  const counsellors = take('counsellor', 9, (u) => u.organisationId);
  const counsellorOrgs = new Set(counsellors.map((u) => u.organisationId));
  const admins = all
    .filter((u) => u.role === 'org_admin' && !counsellorOrgs.has(u.organisationId))
    .slice(0, 4);
  const moreAdmins = admins.length < 4 ? take('org_admin', 4 - admins.length, (u) => u.id) : [];
  return [
    ...counsellors,
    ...admins,
    ...moreAdmins,
    ...take('employer', 6, (u) => u.businessId),
    ...take('coordinator', 2, (u) => u.id),
  ];
}

const regions = [
  '01',
  '02',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
];

export function buildListQueries(
  db: Database.Database,
  users: BenchUser[],
  target = 6_000,
  seed = 16,
): ListQuery[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const chance = (p: number) => rand() < p;
  const sample = <T>(sql: string, ...params: unknown[]) =>
    db.prepare(`${sql} ORDER BY random() LIMIT 200`).all(...params) as T[];
  type Row = Record<string, string | number>;
  const cursorOf = (rows: Row[], by: string, column: string) => {
    const row = rows.length > 0 ? pick(rows) : undefined;
    return row ? JSON.stringify([by, row[column], row.id]) : undefined;
  };
  const openPhase = (
    db.prepare("SELECT id FROM phases WHERE status = 'open' ORDER BY id DESC LIMIT 1").get() as
      | { id: number }
      | undefined
  )?.id;
  const phaseIds = (db.prepare('SELECT id FROM phases').all() as { id: number }[]).map((r) => r.id);
  const orgIds = (db.prepare('SELECT id FROM organisations').all() as { id: number }[]).map(
    (r) => r.id,
  );
  const postingRows = sample<Row>(
    'SELECT id, start_date AS startDate, hourly_wage_cents AS wage FROM postings',
  );
  const nocs = (
    db.prepare('SELECT DISTINCT substr(noc_code, 1, 3) AS p FROM postings LIMIT 200').all() as {
      p: string;
    }[]
  ).map((r) => r.p);
  const words = [
    'Montréal',
    'Québec',
    'Laval',
    'Poste',
    'inc',
    'Entreprise 1',
    'Sherbrooke',
    'Lévis',
  ];
  const names = ['Tremblay', 'Roy', 'Gagnon', 'Nguyen', 'Marie', 'Diallo', 'Côté', 'Samuel'];

  // Per-scope rows for cursors (own organisation's or business's).
  const perUser = users.map((u) => {
    const org = u.organisationId ?? -1;
    const biz = u.businessId ?? -1;
    return {
      seekers: u.organisationId
        ? sample<Row>(
            'SELECT id, name_key AS name, updated_at AS updated FROM job_seekers WHERE organisation_id = ?',
            org,
          )
        : [],
      proposals:
        u.role === 'employer'
          ? sample<Row>(
              'SELECT p.id, p.updated_at AS updated FROM proposals p JOIN postings s ON s.id = p.posting_id WHERE s.business_id = ?',
              biz,
            )
          : u.organisationId
            ? sample<Row>(
                'SELECT id, updated_at AS updated FROM proposals WHERE organisation_id = ?',
                org,
              )
            : [],
      pairings: sample<Row>(
        `SELECT id, start_date AS startDate FROM pairings WHERE ${u.role === 'employer' ? 'business_id = ?' : u.role === 'coordinator' ? '? = ?' : 'organisation_id = ?'}`,
        ...(u.role === 'coordinator' ? [1, 1] : [u.role === 'employer' ? biz : org]),
      ),
      postings:
        u.role === 'employer'
          ? sample<Row>(
              'SELECT id, start_date AS startDate, hourly_wage_cents AS wage FROM postings WHERE business_id = ?',
              biz,
            )
          : postingRows,
    };
  });

  const dateBound = () => {
    const d = new Date(Date.now() + Math.floor((rand() - 0.6) * 400) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const sortAndCursor = (
    input: Record<string, unknown>,
    keys: [string, string][],
    rows: Row[],
    fallbackDir: 'asc' | 'desc' = 'desc',
  ) => {
    const [by, column] = pick(keys);
    input.sort = { by, dir: chance(0.7) ? fallbackDir : fallbackDir === 'asc' ? 'desc' : 'asc' };
    if (chance(0.45)) {
      const cursor = cursorOf(rows, by, column);
      if (cursor) input.cursor = cursor;
    }
    input.limit = pick([25, 50, 50, 50, 100]);
  };

  const builders: Record<string, (u: BenchUser, i: number) => Record<string, unknown> | null> = {
    'postings.list': (u, i) => {
      const input: Record<string, unknown> = {};
      if (u.role === 'employer') {
        if (chance(0.5)) input.status = pick(['open', 'draft', 'filled', 'closed']);
      } else {
        if (chance(0.15)) input.status = pick(['filled', 'closed']);
        if (chance(0.6)) input.regionCode = pick(regions);
        if (chance(0.3) && nocs.length > 0)
          input.nocPrefix = pick(nocs).slice(0, 1 + Math.floor(rand() * 3));
        if (chance(0.1)) input.q = pick(words);
        if (chance(0.2)) input.startFrom = dateBound();
        if (chance(0.1)) input.startTo = dateBound();
      }
      sortAndCursor(
        input,
        [
          ['newest', 'id'],
          ['startDate', 'startDate'],
          ['wage', 'wage'],
        ],
        perUser[i]?.postings ?? [],
      );
      return input;
    },
    'jobSeekers.list': (u, i) => {
      if (!u.organisationId) return null;
      const input: Record<string, unknown> = {};
      if (chance(0.15)) input.status = 'closed';
      if (chance(0.1)) input.q = pick(names);
      if (chance(0.3)) input.proposable = chance(0.7);
      if (chance(0.3)) input.regionCode = pick(regions);
      sortAndCursor(
        input,
        [
          ['newest', 'id'],
          ['name', 'name'],
          ['updated', 'updated'],
        ],
        perUser[i]?.seekers ?? [],
        chance(0.5) ? 'asc' : 'desc',
      );
      return input;
    },
    'proposals.list': (u, i) => {
      if (u.role === 'coordinator') return null;
      const input: Record<string, unknown> = {};
      if (chance(0.5))
        input.status = pick(['proposed', 'interview', 'hired', 'declined', 'withdrawn', 'expired']);
      sortAndCursor(
        input,
        [
          ['updated', 'updated'],
          ['created', 'id'],
        ],
        perUser[i]?.proposals ?? [],
      );
      return input;
    },
    'pairings.list': (u, i) => {
      const input: Record<string, unknown> = {};
      if (chance(0.5)) input.phaseId = chance(0.5) && openPhase ? openPhase : pick(phaseIds);
      if (chance(0.4)) input.status = pick(['active', 'completed', 'ended_early']);
      if (u.role === 'coordinator' && chance(0.4)) input.organisationId = pick(orgIds);
      if (chance(0.1)) input.startFrom = dateBound();
      sortAndCursor(
        input,
        [
          ['newest', 'id'],
          ['startDate', 'startDate'],
        ],
        perUser[i]?.pairings ?? [],
      );
      return input;
    },
  };
  // Lists weighted as people use them: postings most, then job seekers, proposals, pairings.
  const paths = [
    'postings.list',
    'postings.list',
    'postings.list',
    'jobSeekers.list',
    'jobSeekers.list',
    'proposals.list',
    'proposals.list',
    'pairings.list',
    'pairings.list',
  ];
  const seen = new Set<string>();
  const queries: ListQuery[] = [];
  for (let attempt = 0; attempt < target * 20 && queries.length < target; attempt++) {
    const user = Math.floor(rand() * users.length);
    const u = users[user];
    if (!u) continue;
    const path = pick(paths);
    const input = builders[path]?.(u, user);
    if (!input) continue;
    const key = `${user}:${path}:${JSON.stringify(input)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    queries.push({ user, path, input });
  }
  return queries;
}
