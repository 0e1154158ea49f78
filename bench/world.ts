// What the benchmark knows of its database before the server starts: the accounts, and the
// work that its writers can do without stepping on each other (claimable pay periods, active
// pairings to follow up, people whose file to read, proposals ready to hire). The harness reads
// it with a direct connection; the proposals to hire are inserted here (direct SQL, like the
// generator), into the run's copy of the dataset, which is thrown away after the run.
import type Database from 'better-sqlite3';
import { addDays, quebecToday } from '../shared/dates';
import { BENCH_ACCOUNTS } from './generate';
import { type BenchUser, benchUsers } from './mixQueries';

export interface ClaimWork {
  pairingId: number;
  businessId: number;
  periodStart: string;
  periodEnd: string;
  hoursWorked: number;
  grossWagesCents: number;
}

export interface World {
  users: BenchUser[];
  openPhaseId: number;
  /** The phase with the most ledger entries (the funder report's heaviest). */
  biggestPhaseId: number;
  /** Open postings with many positions of the bench businesses other than business 1. */
  dayPostings: { id: number; businessId: number }[];
  /** Pay periods that have ended and are not claimed, per pairing (each pairing in one list). */
  writerClaims: ClaimWork[];
  dayClaims: ClaimWork[];
  /** Active pairings of the open phase, with their organisation. */
  activePairings: { pairingId: number; organisationId: number }[];
  /** Active people, with their organisation. */
  seekers: { jobSeekerId: number; organisationId: number }[];
  /** Open postings of other businesses (matching's sample). */
  matchPostings: number[];
}

export function readWorld(db: Database.Database, opts: { matchN: number }): World {
  const users = benchUsers(db);
  const openPhase = db
    .prepare("SELECT id, rules FROM phases WHERE status = 'open' ORDER BY id DESC LIMIT 1")
    .get() as { id: number; rules: string } | undefined;
  const biggest = db
    .prepare(
      'SELECT phase_id AS id FROM ledger_entries GROUP BY phase_id ORDER BY count(*) DESC LIMIT 1',
    )
    .get() as { id: number } | undefined;
  if (!openPhase || !biggest) throw new Error('dataset has no open phase or no ledger');
  const rules = JSON.parse(openPhase.rules) as {
    claimPeriodWeeks: number;
    maxHoursPerWeekCounted: number;
  };
  const benchBusinesses = [
    ...new Set(users.filter((u) => u.role === 'employer').map((u) => u.businessId ?? 0)),
  ];
  const dayPostings = db
    .prepare(
      `SELECT id, business_id AS businessId FROM postings
       WHERE status = 'open' AND positions >= 100 AND business_id <> 1 AND business_id IN (${benchBusinesses.join(',') || '0'})
       ORDER BY id`,
    )
    .all() as { id: number; businessId: number }[];

  // Claimable periods: consecutive claim periods from the pairing's start, after its last
  // claim, ending before today (a period is claimed once it has ended).
  const today = quebecToday(new Date());
  const days = rules.claimPeriodWeeks * 7;
  const pairingRows = db
    .prepare(
      `SELECT p.id, p.business_id AS businessId, p.start_date AS startDate,
         coalesce(p.end_date, p.planned_end_date) AS lastDay, p.hours_per_week AS hours,
         p.hourly_wage_cents AS wage,
         (SELECT max(c.period_end) FROM claims c WHERE c.pairing_id = p.id AND c.status <> 'rejected') AS claimedTo
       FROM pairings p
       WHERE p.phase_id = ? AND p.status <> 'ended_early' AND p.business_id IN (${benchBusinesses.join(',') || '0'})
       ORDER BY p.id`,
    )
    .all(openPhase.id) as {
    id: number;
    businessId: number;
    startDate: string;
    lastDay: string;
    hours: number;
    wage: number;
    claimedTo: string | null;
  }[];
  const writerClaims: ClaimWork[] = [];
  const dayClaims: ClaimWork[] = [];
  for (const p of pairingRows) {
    const list = p.id % 2 === 0 ? writerClaims : dayClaims;
    for (let start = p.startDate; ; start = addDays(start, days)) {
      const end = addDays(start, days - 1);
      if (end >= today || end > p.lastDay) break;
      if (p.claimedTo && start <= p.claimedTo) continue;
      const hoursWorked = Math.min(p.hours, rules.maxHoursPerWeekCounted) * rules.claimPeriodWeeks;
      list.push({
        pairingId: p.id,
        businessId: p.businessId,
        periodStart: start,
        periodEnd: end,
        hoursWorked,
        grossWagesCents: hoursWorked * p.wage,
      });
    }
  }
  const activePairings = db
    .prepare(
      "SELECT id AS pairingId, organisation_id AS organisationId FROM pairings WHERE phase_id = ? AND status = 'active' ORDER BY (id * 2654435761) % 1000003 LIMIT 5000",
    )
    .all(openPhase.id) as World['activePairings'];
  const seekers = db
    .prepare(
      "SELECT id AS jobSeekerId, organisation_id AS organisationId FROM job_seekers WHERE status = 'active' ORDER BY (id * 2654435761) % 1000003 LIMIT 5000",
    )
    .all() as World['seekers'];
  const matchPostings = (
    db
      .prepare(
        `SELECT id FROM postings WHERE status = 'open' AND business_id NOT IN (${benchBusinesses.join(',') || '0'})
         ORDER BY (id * 2654435761) % 1000003 LIMIT ?`,
      )
      .all(opts.matchN) as { id: number }[]
  ).map((r) => r.id);
  return {
    users,
    openPhaseId: openPhase.id,
    biggestPhaseId: biggest.id,
    dayPostings,
    writerClaims,
    dayClaims,
    activePairings,
    seekers,
    matchPostings,
  };
}

/**
 * Fresh open postings of business 1 (500 positions each) and fresh job seekers with one
 * proposal each, ready for the bench employer to hire. They belong to the last organisation
 * (not the bench counsellor's, whose matching is measured).
 */
export function prepareHires(db: Database.Database, count: number): number[] {
  const now = new Date().toISOString();
  // Quebec's date, as the server's rules read « today » (between 19:00 and midnight in Quebec
  // the UTC date is already tomorrow's).
  const today = quebecToday(new Date());
  const employer = db
    .prepare('SELECT id FROM users WHERE email = ?')
    .get(BENCH_ACCOUNTS.employer) as { id: number } | undefined;
  const counsellor = db
    .prepare(
      "SELECT id, organisation_id AS org FROM users WHERE role = 'counsellor' ORDER BY organisation_id DESC LIMIT 1",
    )
    .get() as { id: number; org: number } | undefined;
  if (!employer || !counsellor) throw new Error('bench accounts missing: regenerate the dataset');
  const insPosting = db.prepare(
    `INSERT INTO postings (business_id, title, noc_code, region_code, city, hours_per_week,
      hourly_wage_cents, positions, start_date, duration_weeks, skills, languages, status,
      created_by, created_at, updated_at, opened_at)
     VALUES (1, 'Poste (banc d’essai)', '65100', '06', 'Montréal', 35, 2000, 500, ?, 12,
      '[]', '["fr"]', 'open', ?, ?, ?, ?)`,
  );
  const insSeeker = db.prepare(
    `INSERT INTO job_seekers (organisation_id, first_name, last_name, region_code, city,
      target_noc_codes, hours_per_week, available_from, languages, can_be_proposed, status,
      created_by, created_at, updated_at)
     VALUES (?, 'Banc', 'Essai', '06', 'Montréal', '["65100"]', 35, ?, '["fr"]', 1, 'active', ?, ?, ?)`,
  );
  const insProposal = db.prepare(
    `INSERT INTO proposals (posting_id, job_seeker_id, organisation_id, proposed_by, status,
      created_at, updated_at) VALUES (?, ?, ?, ?, 'proposed', ?, ?)`,
  );
  const insEvent = db.prepare(
    `INSERT INTO proposal_events (proposal_id, at, actor_user_id, to_status) VALUES (?, ?, ?, 'proposed')`,
  );
  const ids: number[] = [];
  db.transaction(() => {
    let postingId = 0;
    for (let i = 0; i < count; i++) {
      if (i % 450 === 0)
        postingId = Number(insPosting.run(today, employer.id, now, now, now).lastInsertRowid);
      const seekerId = Number(
        insSeeker.run(counsellor.org, today, counsellor.id, now, now).lastInsertRowid,
      );
      const proposalId = Number(
        insProposal.run(postingId, seekerId, counsellor.org, counsellor.id, now, now)
          .lastInsertRowid,
      );
      insEvent.run(proposalId, now, counsellor.id);
      ids.push(proposalId);
    }
  })();
  return ids;
}
