// Benchmark dataset generator: a national-scale Passerelle database, deterministic from a seed.
//
//   npm run bench:data -- [--scale 1] [--out bench/data/bench-<scale>.db] [--seed 20260101]
//
// Scale 1: 100 member organisations, 20 phases, 200,000 job seekers, 50,000 businesses,
// 100,000 postings, 500,000 proposals (with their events), 100,000 pairings (3 follow-ups each),
// 1,000,000 ledger entries (with payments and reversals), 1,000,000 notifications to the bench
// users. This is test data, not user input:
// rows go in through raw prepared statements inside large transactions, for speed. The schema
// comes from the project's migrations (openDatabase), so every CHECK constraint and trigger holds.
import { existsSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { openDatabase } from '../server/db/client';
import { refreshPlannerStatistics } from '../server/db/plannerStats';
import { hashPassword } from '../server/features/auth/password';
import { currentFitRules } from '../shared/money/rules';
import { DEFAULT_DELIVERY, type NotificationKind } from '../shared/notifications/kinds';
import { nocUnitGroups } from '../shared/reference/noc';
import { regionCodes } from '../shared/reference/regions';

export const BENCH_PASSWORD = 'Passerelle-bench-2026';
export const BENCH_ACCOUNTS = {
  coordinator: 'bench.coordinator@passerelle.test',
  orgAdmin: 'bench.admin@passerelle.test',
  counsellor: 'bench.counsellor@passerelle.test',
  employer: 'bench.employer@passerelle.test',
} as const;

export interface DatasetCounts {
  organisations: number;
  phases: number;
  job_seekers: number;
  businesses: number;
  postings: number;
  proposals: number;
  proposal_events: number;
  pairings: number;
  follow_ups: number;
  ledger_entries: number;
  payments: number;
  consents: number;
  notifications: number;
  users: number;
}

/** Deterministic PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Share of the population by administrative region (roughly Quebec's), for 01..17.
const regionWeights = [2, 3, 9, 3, 4, 24, 5, 2, 1, 0.5, 1, 5, 5, 6, 7, 17, 3];
const firstNames = [
  'Marie',
  'Jean',
  'Sophie',
  'Ahmed',
  'Fatima',
  'Luc',
  'Nadia',
  'Olivier',
  'Camille',
  'Mamadou',
  'Isabelle',
  'Carlos',
  'Léa',
  'Samuel',
  'Amina',
  'Gabriel',
  'Chloé',
  'Wei',
];
const lastNames = [
  'Tremblay',
  'Gagnon',
  'Roy',
  'Côté',
  'Bouchard',
  'Gauthier',
  'Morin',
  'Lavoie',
  'Fortin',
  'Diallo',
  'Nguyen',
  'Haddad',
  'Pelletier',
  'Bélanger',
  'Lévesque',
  'Traoré',
];
const cities = [
  'Montréal',
  'Québec',
  'Laval',
  'Gatineau',
  'Longueuil',
  'Sherbrooke',
  'Trois-Rivières',
  'Saguenay',
  'Lévis',
  'Terrebonne',
  'Rimouski',
  'Drummondville',
];
const skillPool = [
  'service à la clientèle',
  'caisse',
  'manutention',
  'entretien',
  'cuisine',
  'chariot élévateur',
  'bureautique',
  'vente',
  'soins',
  'conduite',
  'inventaire',
  'accueil',
];
const languagePool = [['fr'], ['fr'], ['fr', 'en'], ['en'], ['fr', 'es'], ['fr', 'ar']];

export function scaled(base: number, scale: number, min: number): number {
  return Math.max(min, Math.round(base * scale));
}

export function plannedCounts(scale: number) {
  // The network's structure (100 organisations, 20 phases) stays whole from scale 0.01 up.
  const structure = Math.min(1, scale * 100);
  const organisations = scaled(100, structure, 3);
  const jobSeekers = scaled(200_000, scale, 60);
  const pairings = Math.min(scaled(100_000, scale, 12), Math.floor(jobSeekers / 2));
  return {
    organisations,
    phases: scaled(20, structure, 2),
    jobSeekers,
    businesses: scaled(50_000, scale, 10),
    postings: scaled(100_000, scale, 30),
    proposals: Math.max(scaled(500_000, scale, 60), pairings * 2),
    pairings,
    ledgerEntries: Math.max(scaled(1_000_000, scale, 40), pairings),
    notifications: scaled(1_000_000, scale, 20),
  };
}

/**
 * The accounts the benchmark signs in with: several of every role, in different organisations
 * and businesses (the mixed traffic and the day of the network need 20 or more distinct users).
 * Employers of businesses 1..benchBusinesses each own five open postings with many positions.
 */
export function benchPopulation(scale: number) {
  const plan = plannedCounts(scale);
  return {
    coordinators: 3,
    orgAdmins: Math.min(20, plan.organisations),
    /** Organisations 1..n get a second counsellor. */
    secondCounsellors: Math.min(40, plan.organisations),
    benchBusinesses: Math.max(1, Math.min(60, Math.floor(plan.businesses / 5))),
  };
}
const BENCH_POSTINGS_PER_BUSINESS = 5;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const DAY = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function generate(opts: {
  scale: number;
  out: string;
  seed?: number;
  now?: Date;
  log?: (msg: string) => void;
}): Promise<DatasetCounts> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const rand = mulberry32(opts.seed ?? 20_260_101);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const totalWeight = regionWeights.reduce((a, b) => a + b, 0);
  const region = () => {
    let r = rand() * totalWeight;
    for (let i = 0; i < regionWeights.length; i++) {
      r -= regionWeights[i] ?? 0;
      if (r <= 0) return regionCodes[i] as string;
    }
    return '06';
  };
  // A few NOC codes are far more common (entry-level hiring): squared uniform favours the head.
  const noc = () =>
    (nocUnitGroups[Math.floor(rand() ** 2 * nocUnitGroups.length)] ?? nocUnitGroups[0])?.code ??
    '65100';
  const skills = () =>
    JSON.stringify([pick(skillPool), pick(skillPool)].filter((s, i, a) => a.indexOf(s) === i));
  const wage = () => int(1_600, 3_000);

  // Dates are relative to the start of today (UTC): the same seed gives the same rows all day.
  const now = opts.now ?? new Date(Math.floor(Date.now() / DAY) * DAY);
  const nowMs = now.getTime();
  const nowIso = now.toISOString();
  const plan = plannedCounts(opts.scale);
  const population = benchPopulation(opts.scale);
  const benchPostings = population.benchBusinesses * BENCH_POSTINGS_PER_BUSINESS;

  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(opts.out + suffix)) rmSync(opts.out + suffix);
  }
  const db = openDatabase(opts.out);
  const sqlite = db.$client;
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -262144');
  const started = Date.now();
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const counts: DatasetCounts = {
    organisations: 0,
    phases: 0,
    job_seekers: 0,
    businesses: 0,
    postings: 0,
    proposals: 0,
    proposal_events: 0,
    pairings: 0,
    follow_ups: 0,
    ledger_entries: 0,
    payments: 0,
    consents: 0,
    notifications: 0,
    users: 0,
  };
  const step = (name: string, fn: () => void) => {
    const t = Date.now();
    sqlite.transaction(fn)();
    log(`  ${name.padEnd(22)} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };

  // Organisations, businesses, users -------------------------------------------------------
  const orgRegion: string[] = [];
  step('organisations', () => {
    const ins = sqlite.prepare(
      'INSERT INTO organisations (id, name, region_code, city, client_groups, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (let i = 1; i <= plan.organisations; i++) {
      const r = i === 1 ? '06' : region();
      orgRegion[i] = r;
      ins.run(i, `Organisme membre ${pad(i, 3)}`, r, pick(cities), '[]', nowIso);
      counts.organisations++;
    }
  });
  step('businesses', () => {
    const ins = sqlite.prepare(
      'INSERT INTO businesses (id, legal_name, neq, region_code, city, sector, size, contact_name, contact_email, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const sizes = ['1-9', '10-49', '50-199', '200+'];
    for (let i = 1; i <= plan.businesses; i++) {
      ins.run(
        i,
        `Entreprise ${i} inc.`,
        String(1_140_000_000 + i),
        i === 1 ? '06' : region(),
        pick(cities),
        'Commerce',
        pick(sizes),
        'Responsable RH',
        `rh${i}@entreprise.test`,
        nowIso,
      );
      counts.businesses++;
    }
  });
  const counsellorOf: number[] = [];
  let coordinatorId = 0;
  let employerId = 0;
  step('users', () => {
    const ins = sqlite.prepare(
      "INSERT INTO users (email, name, role, organisation_id, business_id, password_hash, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'active', ?, ?)",
    );
    const add = (
      email: string,
      name: string,
      role: string,
      org: number | null,
      biz: number | null,
    ) => {
      counts.users++;
      return Number(
        ins.run(email, name, role, org, biz, passwordHash, nowIso, nowIso).lastInsertRowid,
      );
    };
    coordinatorId = add(
      BENCH_ACCOUNTS.coordinator,
      'Coordination (banc d’essai)',
      'coordinator',
      null,
      null,
    );
    for (let c = 2; c <= population.coordinators; c++) {
      add(`coordinator${c}@passerelle.test`, `Coordination ${c}`, 'coordinator', null, null);
    }
    add(BENCH_ACCOUNTS.orgAdmin, 'Direction (banc d’essai)', 'org_admin', 1, null);
    for (let o = 2; o <= population.orgAdmins; o++) {
      add(`admin.org${o}@passerelle.test`, `Direction ${o}`, 'org_admin', o, null);
    }
    counsellorOf[1] = add(
      BENCH_ACCOUNTS.counsellor,
      'Conseil (banc d’essai)',
      'counsellor',
      1,
      null,
    );
    for (let o = 2; o <= plan.organisations; o++) {
      counsellorOf[o] = add(
        `counsellor.org${o}@passerelle.test`,
        `Conseil ${o}`,
        'counsellor',
        o,
        null,
      );
    }
    for (let o = 1; o <= population.secondCounsellors; o++) {
      add(`counsellor2.org${o}@passerelle.test`, `Conseil ${o}-2`, 'counsellor', o, null);
    }
    employerId = add(BENCH_ACCOUNTS.employer, 'Employeur (banc d’essai)', 'employer', null, 1);
    for (let b = 2; b <= population.benchBusinesses; b++) {
      add(`employer.biz${b}@passerelle.test`, `Employeur ${b}`, 'employer', null, b);
    }
  });

  // Phases: 1..n-1 closed, the last one open with the current rules and a huge envelope. ----
  const phaseIds: number[] = [];
  step('phases', () => {
    const ins = sqlite.prepare(
      'INSERT INTO phases (id, number, name, start_date, end_date, status, wage_envelope_cents, accompaniment_envelope_cents, rules, created_at, updated_at, opened_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insOrg = sqlite.prepare(
      'INSERT INTO phase_organisations (phase_id, organisation_id, pairing_target) VALUES (?, ?, ?)',
    );
    const rules = JSON.stringify(currentFitRules);
    for (let p = 1; p <= plan.phases; p++) {
      const open = p === plan.phases;
      // Closed phases run for 6 months each, ending before the open phase starts.
      const start = open ? nowMs - 180 * DAY : nowMs - (plan.phases - p) * 182 * DAY - 180 * DAY;
      const end = open ? nowMs + 540 * DAY : start + 181 * DAY;
      const envelope = open ? 1_000_000_000_000_000 : 4_000_000_000;
      ins.run(
        p,
        p,
        `Phase ${p}`,
        isoDate(start),
        isoDate(end),
        open ? 'open' : 'closed',
        envelope,
        envelope,
        rules,
        nowIso,
        nowIso,
        new Date(start).toISOString(),
        open ? null : new Date(end).toISOString(),
      );
      phaseIds.push(p);
      counts.phases++;
      for (let o = 1; o <= plan.organisations; o++) insOrg.run(p, o, int(20, 80));
    }
  });

  // Job seekers and their consents ----------------------------------------------------------
  const seekerOrg = new Int32Array(plan.jobSeekers + 1);
  step('job seekers', () => {
    const ins = sqlite.prepare(
      `INSERT INTO job_seekers (id, organisation_id, first_name, last_name, birth_date, email, phone,
        region_code, city, target_noc_codes, skills, hours_per_week, available_from, languages,
        presentation, client_groups, can_be_proposed, can_share_contact, status, closed_at,
        created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insConsent = sqlite.prepare(
      'INSERT INTO consents (job_seeker_id, purpose, given_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)',
    );
    for (let i = 1; i <= plan.jobSeekers; i++) {
      const org = i <= plan.organisations ? i : int(1, plan.organisations);
      seekerOrg[i] = org;
      const closed = rand() < 0.15;
      const proposable = !closed && rand() < 0.8;
      const shareContact = proposable && rand() < 0.6;
      const created = nowMs - int(0, 1_000) * DAY;
      const by = counsellorOf[org] ?? coordinatorId;
      ins.run(
        i,
        org,
        pick(firstNames),
        pick(lastNames),
        `${int(1960, 2006)}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
        `personne${i}@courriel.test`,
        `514-555-${pad(i % 10_000, 4)}`,
        rand() < 0.85 ? (orgRegion[org] ?? '06') : region(),
        pick(cities),
        JSON.stringify([noc(), noc()]),
        skills(),
        pick([20, 25, 30, 35, 35, 40, 40]),
        isoDate(nowMs + int(-60, 60) * DAY),
        JSON.stringify(pick(languagePool)),
        'Personne motivée.',
        proposable ? 1 : 0,
        shareContact ? 1 : 0,
        closed ? 'closed' : 'active',
        closed ? new Date(nowMs - int(1, 300) * DAY).toISOString() : null,
        by,
        new Date(created).toISOString(),
        new Date(created).toISOString(),
      );
      counts.job_seekers++;
      const given = isoDate(created);
      insConsent.run(i, 'participation', given, by, nowIso);
      counts.consents++;
      if (proposable) {
        insConsent.run(i, 'proposal', given, by, nowIso);
        counts.consents++;
      }
      if (shareContact) {
        insConsent.run(i, 'contact_sharing', given, by, nowIso);
        counts.consents++;
      }
    }
  });

  // Postings: 45 % open, 20 % filled, 25 % closed, 10 % draft. The bench businesses (1..n,
  // whose employers sign in) have five open postings each with many positions: the day of the
  // network proposes and hires into them.
  const postingBusiness = new Int32Array(plan.postings + 1);
  const postingStatus: string[] = [];
  step('postings', () => {
    const ins = sqlite.prepare(
      `INSERT INTO postings (id, business_id, title, noc_code, region_code, city, hours_per_week,
        hourly_wage_cents, positions, start_date, duration_weeks, description, requirements, skills,
        languages, status, created_by, created_at, updated_at, opened_at, closed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let i = 1; i <= plan.postings; i++) {
      const bench = i <= benchPostings;
      const business = bench
        ? 1 + Math.floor((i - 1) / BENCH_POSTINGS_PER_BUSINESS)
        : int(1, plan.businesses);
      postingBusiness[i] = business;
      const r = rand();
      const status = bench
        ? 'open'
        : r < 0.45
          ? 'open'
          : r < 0.65
            ? 'filled'
            : r < 0.9
              ? 'closed'
              : 'draft';
      postingStatus[i] = status;
      const code = noc();
      const created = nowMs - int(0, 700) * DAY;
      ins.run(
        i,
        business,
        `Poste ${code} n° ${i}`,
        code,
        bench && business === 1 ? '06' : region(),
        pick(cities),
        pick([30, 35, 35, 37, 40, 40]),
        wage(),
        bench ? 500 : int(1, 4),
        isoDate(nowMs + int(-30, 90) * DAY),
        int(10, 18),
        'Description du poste.',
        skills(),
        JSON.stringify(pick(languagePool)),
        status,
        employerId,
        new Date(created).toISOString(),
        new Date(created).toISOString(),
        status === 'draft' ? null : new Date(created).toISOString(),
        status === 'filled' || status === 'closed' ? nowIso : null,
      );
      counts.postings++;
    }
  });
  const openPostings: number[] = [];
  for (let i = 1; i <= plan.postings; i++) if (postingStatus[i] === 'open') openPostings.push(i);
  const nonDraft: number[] = [];
  for (let i = 1; i <= plan.postings; i++) if (postingStatus[i] !== 'draft') nonDraft.push(i);

  // Proposals with their events. The first `pairings` proposals are hired (one per pairing, a
  // distinct person each); the rest are declined, withdrawn, expired, or still open (recent,
  // so the server's reminder/expiry job has nothing to do at start).
  const hiredProposal: { posting: number; seeker: number; org: number; at: number }[] = [];
  step('proposals', () => {
    const ins = sqlite.prepare(
      `INSERT INTO proposals (id, posting_id, job_seeker_id, organisation_id, proposed_by, message,
        status, decline_reason, created_at, updated_at, answered_at)
       VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?)`,
    );
    const ev = sqlite.prepare(
      'INSERT INTO proposal_events (proposal_id, at, actor_user_id, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const active = new Set<string>();
    // Hired people are spread over the seekers (deterministic stride, distinct).
    const stride = Math.max(1, Math.floor(plan.jobSeekers / plan.pairings));
    for (let id = 1; id <= plan.proposals; id++) {
      let status: string;
      let posting: number;
      let seeker: number;
      if (id <= plan.pairings) {
        status = 'hired';
        // A share of the hires went to the bench businesses: their employers have pairings
        // to claim for (some in the open phase).
        posting = rand() < 0.15 ? int(1, benchPostings) : nonDraft.length > 0 ? pick(nonDraft) : 1;
        seeker = (((id - 1) * stride) % plan.jobSeekers) + 1;
      } else {
        const r = rand();
        status =
          r < 0.3
            ? 'declined'
            : r < 0.45
              ? 'withdrawn'
              : r < 0.75
                ? 'expired'
                : r < 0.92
                  ? 'proposed'
                  : 'interview';
        posting = pick(nonDraft);
        seeker = int(1, plan.jobSeekers);
        if (status === 'proposed' || status === 'interview') {
          const key = `${posting}:${seeker}`;
          if (active.has(key) || postingStatus[posting] !== 'open') status = 'expired';
          else active.add(key);
        }
      }
      const org = seekerOrg[seeker] ?? 1;
      const by = counsellorOf[org] ?? coordinatorId;
      const open = status === 'proposed' || status === 'interview';
      const created = open ? nowMs - int(0, 5 * 24) * 3_600_000 : nowMs - int(31, 900) * DAY;
      const answered =
        status === 'proposed' || status === 'withdrawn' || status === 'expired'
          ? null
          : created + int(1, 10) * DAY;
      const updated = answered ?? (status === 'proposed' ? created : created + 20 * DAY);
      const at = (ms: number) => new Date(Math.min(ms, nowMs)).toISOString();
      ins.run(
        id,
        posting,
        seeker,
        org,
        by,
        status,
        status === 'declined' ? 'profile_mismatch' : null,
        at(created),
        at(updated),
        answered === null ? null : at(answered),
      );
      counts.proposals++;
      ev.run(id, at(created), by, null, 'proposed', null);
      counts.proposal_events++;
      if (status === 'interview' || status === 'hired') {
        ev.run(id, at(created + DAY), employerId, 'proposed', 'interview', null);
        counts.proposal_events++;
      }
      if (status !== 'proposed' && status !== 'interview') {
        const from = status === 'hired' ? 'interview' : 'proposed';
        ev.run(id, at(updated), status === 'expired' ? null : employerId, from, status, null);
        counts.proposal_events++;
      }
      if (status === 'hired') hiredProposal.push({ posting, seeker, org, at: created });
    }
  });

  // Pairings (phase k weighted by k: the program grows), follow-ups, ledger, payments ------
  const phaseWeights = phaseIds.map((p) => (p === plan.phases ? Math.max(1, p / 2) : p));
  const phaseTotal = phaseWeights.reduce((a, b) => a + b, 0);
  const pickPhase = () => {
    let r = rand() * phaseTotal;
    for (let i = 0; i < phaseIds.length; i++) {
      r -= phaseWeights[i] ?? 0;
      if (r <= 0) return phaseIds[i] ?? 1;
    }
    return plan.phases;
  };
  step('pairings + ledger', () => {
    const insPairing = sqlite.prepare(
      `INSERT INTO pairings (id, phase_id, organisation_id, business_id, proposal_id, job_seeker_id,
        posting_id, start_date, planned_end_date, hourly_wage_cents, hours_per_week, planned_weeks,
        max_wage_subsidy_cents, accompaniment_cents, committed_wage_cents,
        committed_accompaniment_cents, status, end_date, end_reason, retention_due_on,
        retention_outcome, created_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insFollow = sqlite.prepare(
      'INSERT INTO follow_ups (pairing_id, "on", with_whom, kind, notes, next_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, \'\', ?, ?, ?)',
    );
    const insLedger = sqlite.prepare(
      `INSERT INTO ledger_entries (id, kind, fund, phase_id, pairing_id, organisation_id,
        payee_business_id, payee_organisation_id, reverses_entry_id, amount_cents, note,
        created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
    );
    const insPayment = sqlite.prepare(
      'INSERT INTO payments (ledger_entry_id, paid_on, reference, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)',
    );
    const rules = currentFitRules;
    let ledgerId = 0;
    for (let i = 1; i <= plan.pairings; i++) {
      const h = hiredProposal[i - 1];
      if (!h) break;
      const phase = pickPhase();
      const open = phase === plan.phases;
      const weeks = int(rules.minWeeks, rules.maxWeeks);
      const hours = pick([30, 35, 37, 40]);
      const wageCents = wage();
      const max = Math.round(
        (Math.min(wageCents, rules.hourlyWageCapCents) *
          Math.min(hours, rules.maxHoursPerWeekCounted) *
          weeks *
          rules.wageSubsidyRateBp) /
          10_000,
      );
      const acc = rules.accompanimentAmountCents;
      const phaseStart = open
        ? nowMs - 180 * DAY
        : nowMs - (plan.phases - phase) * 182 * DAY - 180 * DAY;
      const start = phaseStart + int(0, 170) * DAY;
      const plannedEnd = start + (weeks * 7 - 1) * DAY;
      const r = rand();
      const status = open && plannedEnd > nowMs ? 'active' : r < 0.82 ? 'completed' : 'ended_early';
      const endMs =
        status === 'active'
          ? null
          : status === 'completed'
            ? plannedEnd
            : start + int(7, weeks * 7 - 2) * DAY;
      const committedWage = status === 'ended_early' ? Math.floor(max / 2) : max;
      const business = postingBusiness[h.posting] ?? 1;
      const by = counsellorOf[h.org] ?? coordinatorId;
      insPairing.run(
        i,
        phase,
        h.org,
        business,
        i,
        h.seeker,
        h.posting,
        isoDate(start),
        isoDate(plannedEnd),
        wageCents,
        hours,
        weeks,
        max,
        acc,
        committedWage,
        acc,
        status,
        endMs === null ? null : isoDate(endMs),
        status === 'ended_early' ? 'quit' : null,
        endMs === null ? null : isoDate(endMs + 84 * DAY),
        endMs !== null && endMs + 84 * DAY < nowMs
          ? pick(['employed', 'employed', 'not_employed', 'unknown'])
          : null,
        employerId,
        new Date(start).toISOString(),
        nowIso,
      );
      counts.pairings++;
      for (let f = 0; f < 3; f++) {
        const on = start + (f + 1) * 21 * DAY;
        insFollow.run(
          i,
          isoDate(on),
          pick(['person', 'employer', 'both']),
          pick(['call', 'visit', 'meeting', 'other']),
          f < 2 ? isoDate(on + 21 * DAY) : null,
          by,
          new Date(Math.min(on, nowMs)).toISOString(),
        );
        counts.follow_ups++;
      }
      // This pairing's share of the ledger: wage claims every 2 weeks, accompaniment tranches,
      // about 1 % reversed; about 80 % of entries paid.
      const share =
        Math.floor((plan.ledgerEntries * i) / plan.pairings) -
        Math.floor((plan.ledgerEntries * (i - 1)) / plan.pairings);
      let lastPlain = 0;
      let lastPlainFund = 'wage';
      let lastPlainAmount = 0;
      for (let e = 0; e < share; e++) {
        ledgerId++;
        const at = new Date(Math.min(start + (e + 1) * 14 * DAY, nowMs)).toISOString();
        if (lastPlain > 0 && e === share - 1 && rand() < 0.1) {
          insLedger.run(
            ledgerId,
            'reversal',
            lastPlainFund,
            phase,
            i,
            h.org,
            lastPlainFund === 'wage' ? business : null,
            lastPlainFund === 'wage' ? null : h.org,
            lastPlain,
            -lastPlainAmount,
            coordinatorId,
            at,
          );
          counts.ledger_entries++;
          lastPlain = 0;
          continue;
        }
        const accompaniment = e % 5 === 4;
        const amount = accompaniment
          ? Math.round(acc * 0.4)
          : Math.max(1, Math.round(max / Math.ceil(weeks / 2)));
        insLedger.run(
          ledgerId,
          accompaniment ? 'accompaniment' : 'wage_subsidy',
          accompaniment ? 'accompaniment' : 'wage',
          phase,
          i,
          h.org,
          accompaniment ? null : business,
          accompaniment ? h.org : null,
          null,
          amount,
          coordinatorId,
          at,
        );
        counts.ledger_entries++;
        lastPlain = ledgerId;
        lastPlainFund = accompaniment ? 'accompaniment' : 'wage';
        lastPlainAmount = amount;
        if (rand() < 0.8) {
          insPayment.run(ledgerId, at.slice(0, 10), `VIR-${ledgerId}`, coordinatorId, at);
          counts.payments++;
        }
      }
    }
  });

  // The placement agreement of every pairing (version 1, the terms at hire), accepted by both
  // parties on the day of the hire, as confirmHire and the parties' signatures make them: claims
  // are refused before both have signed. The fingerprint is a stand-in (rendering a PDF per
  // pairing would dominate the generation); the schema's checks hold. The counsellor who follows
  // each pairing is the one who proposed the person.
  step('agreements', () => {
    sqlite.exec(`
      UPDATE pairings SET counsellor_id =
        (SELECT proposed_by FROM proposals WHERE proposals.id = pairings.proposal_id);
      INSERT INTO agreement_versions (pairing_id, version, kind, effective_from, hourly_wage_cents,
        hours_per_week, planned_weeks, planned_end_date, counsellor_id, max_wage_subsidy_cents,
        snapshot, created_by, created_at)
      SELECT p.id, 1, 'hire', p.start_date, p.hourly_wage_cents, p.hours_per_week, p.planned_weeks,
        p.planned_end_date, p.counsellor_id, p.max_wage_subsidy_cents,
        json_object(
          'business', json_object('legalName', b.legal_name, 'neq', b.neq, 'city', b.city),
          'organisation', json_object('name', o.name, 'city', o.city),
          'person', json_object('displayName',
            trim(js.first_name) || ' ' || upper(substr(trim(js.last_name), 1, 1)) || '.'),
          'counsellor', json_object('name', coalesce(u.name, '')),
          'posting', json_object('title', po.title, 'nocCode', po.noc_code),
          'phase', json_object('number', ph.number, 'name', ph.name, 'startDate', ph.start_date,
            'endDate', ph.end_date, 'rules', json(ph.rules)),
          'pairingStartDate', p.start_date),
        p.created_by, p.created_at
      FROM pairings p
      JOIN businesses b ON b.id = p.business_id
      JOIN organisations o ON o.id = p.organisation_id
      JOIN job_seekers js ON js.id = p.job_seeker_id
      JOIN postings po ON po.id = p.posting_id
      JOIN phases ph ON ph.id = p.phase_id
      LEFT JOIN users u ON u.id = p.counsellor_id
      WHERE ph.rules IS NOT NULL;
      INSERT INTO agreement_signatures (version_id, pairing_id, party, user_id, signer_name,
        signer_role, signed_at, ip, locale, document_sha256)
      SELECT v.id, v.pairing_id, 'employer', v.created_by, coalesce(eu.name, ''), 'employer',
        v.created_at, '127.0.0.1', 'fr-CA', printf('%064x', v.id)
      FROM agreement_versions v LEFT JOIN users eu ON eu.id = v.created_by;
      INSERT INTO agreement_signatures (version_id, pairing_id, party, user_id, signer_name,
        signer_role, signed_at, ip, locale, document_sha256)
      SELECT v.id, v.pairing_id, 'organisation', v.counsellor_id, coalesce(cu.name, ''),
        'counsellor', v.created_at, '127.0.0.1', 'fr-CA', printf('%064x', v.id)
      FROM agreement_versions v JOIN users cu ON cu.id = v.counsellor_id;
    `);
  });

  // Notifications: about two per proposal, spread over the bench users by role over the last
  // year; all but each user's latest fifty are read; email and digest ones went out.
  step('notifications', () => {
    const ins = sqlite.prepare(
      'INSERT INTO notifications (user_id, kind, params, link, dedupe_key, created_at, read_at, delivery, emailed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const kindsFor: Record<string, NotificationKind[]> = {
      coordinator: ['claim_submitted'],
      org_admin: ['hire_confirmed', 'payment_made'],
      counsellor: ['proposal_answered', 'hire_confirmed', 'follow_up_due', 'retention_check_due'],
      employer: ['proposal_received', 'proposal_unanswered', 'claim_reviewed', 'payment_made'],
    };
    const recipients = sqlite.prepare('SELECT id, role FROM users ORDER BY id').all() as {
      id: number;
      role: string;
    }[];
    const total = plan.notifications;
    const unreadFrom = total - 50 * recipients.length;
    const yearAgo = nowMs - 365 * DAY;
    for (let n = 0; n < total; n++) {
      const user = recipients[n % recipients.length];
      if (!user) break;
      const kinds = kindsFor[user.role] ?? ['hire_confirmed'];
      const kind = kinds[Math.floor(n / recipients.length) % kinds.length] ?? 'hire_confirmed';
      const atMs = yearAgo + Math.floor(((nowMs - yearAgo) * n) / total);
      const at = new Date(atMs).toISOString();
      const item = 1 + (n % Math.max(1, plan.proposals));
      const delivery = DEFAULT_DELIVERY[kind];
      const emailedAt =
        delivery === 'email' ? at : delivery === 'digest' && atMs < nowMs - DAY ? at : null;
      ins.run(
        user.id,
        kind,
        JSON.stringify({ title: `Poste ${item}` }),
        `/proposals/${item}`,
        `${kind}:${n}`,
        at,
        n < unreadFrom ? at : null,
        delivery,
        emailedAt,
      );
      counts.notifications++;
    }
  });

  // Exact statistics, as the server keeps them (server/db/plannerStats.ts).
  refreshPlannerStatistics(sqlite, 'all');
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  log(`  total                  ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return counts;
}

function argValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const scale = Number(argValue(argv, '--scale') ?? '1');
  const out = argValue(argv, '--out') ?? `bench/data/bench-${scale}.db`;
  const seed = Number(argValue(argv, '--seed') ?? '20260101');
  if (!(scale > 0 && scale <= 10) || !Number.isInteger(seed)) {
    console.error('usage: npm run bench:data -- [--scale 0<s<=10] [--out file.db] [--seed int]');
    process.exit(2);
  }
  console.log(`Generating scale ${scale} → ${out} (seed ${seed})`);
  const counts = await generate({ scale, out, seed });
  console.log(JSON.stringify(counts));
}
