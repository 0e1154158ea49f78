// The rules that hold over a program's whole life (issue 11), checked on the raw rows of a
// database at a given instant: used after every step of the model-based test of a phase
// (tests/api/phaseLife.test.ts) and on the demo data (tests/api/seed.test.ts). Each returns
// the list of violations in words (empty when all hold), so a failure says what and where.
import type { Db } from '../../server/db/client';
import {
  budgetTotals,
  claims,
  consents,
  entriesToPay,
  jobSeekers,
  ledgerEntries,
  pairings,
  payments,
  phases,
  postings,
  reportCounts,
  reportPeople,
  tranches,
} from '../../server/db/schema';
import { quebecToday } from '../../shared/dates';
import { maxWageSubsidyCents } from '../../shared/money/calculator';
import { columnNames, findAnyEverywhere, tableNames } from './dbScan';

const dayOf = (instant: string) => quebecToday(new Date(instant));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * Dates of things that happened (never after today). Other dates may lie ahead: a pairing's
 * (planned) start and end, a posting's start, availability, a retention check's due date, a
 * tranche scheduled for a hire that starts later, the next follow-up.
 */
const happenedOn: [string, string][] = [
  ['consents', 'given_on'],
  ['consents', 'withdrawn_on'],
  ['pairings', 'end_date'],
  ['pairings', 'retention_checked_on'],
  ['claims', 'period_end'],
  ['follow_ups', 'on'],
  ['payments', 'paid_on'],
  ['job_seekers', 'birth_date'],
];

/** Instants that are deadlines or schedules, not records of something that happened. */
const aheadOfTime = new Set(['expires_at', 'absolute_expires_at', 'next_attempt_at']);

// One statement per database, prepared once: a UNION over every instant column found.
const datedStatements = new WeakMap<Db, ReturnType<Db['$client']['prepare']>>();

function datedStatement(db: Db) {
  let statement = datedStatements.get(db);
  if (!statement) {
    const parts: string[] = [];
    for (const table of tableNames(db)) {
      for (const c of columnNames(db, table)) {
        if (c.endsWith('_at') && !aheadOfTime.has(c)) {
          parts.push(
            `SELECT '${table}.${c}' AS col, rowid AS id, "${c}" AS v, 'now' AS bound FROM "${table}" WHERE "${c}" > @now`,
          );
        }
      }
    }
    for (const [table, c] of happenedOn) {
      parts.push(
        `SELECT '${table}.${c}' AS col, rowid AS id, "${c}" AS v, 'today' AS bound FROM "${table}" WHERE "${c}" > @today`,
      );
    }
    statement = db.$client.prepare(parts.join(' UNION ALL '));
    datedStatements.set(db, statement);
  }
  return statement;
}

/** No record dated after the clock: every instant (…_at) of every table, and happened dates. */
export function datedAfterTheClock(db: Db, now: Date): string[] {
  const bounds = { now: now.toISOString(), today: quebecToday(now) };
  const rows = datedStatement(db).all(bounds) as {
    col: string;
    id: number;
    v: string;
    bound: 'now' | 'today';
  }[];
  return rows.map((r) => `${r.col} #${r.id} = ${r.v} after ${r.bound} (${bounds[r.bound]})`);
}

/** The rows the invariants read, loaded once per check. */
export function loadRows(db: Db) {
  return {
    pairings: db.select().from(pairings).all(),
    claims: db.select().from(claims).all(),
    tranches: db.select().from(tranches).all(),
    ledger: db.select().from(ledgerEntries).all(),
    payments: db.select().from(payments).all(),
    consents: db.select().from(consents).all(),
    jobSeekers: db.select().from(jobSeekers).all(),
    phases: db.select().from(phases).all(),
    budgetTotals: db.select().from(budgetTotals).all(),
    entriesToPay: db.select().from(entriesToPay).all(),
    postings: db.select().from(postings).all(),
    reportCounts: db.select().from(reportCounts).all(),
    reportPeople: db.select().from(reportPeople).all(),
  };
}
export type Rows = ReturnType<typeof loadRows>;

/**
 * Nothing before what it depends on, and no money due, approved or paid before its milestone:
 * ends after starts, withdrawals after consents, claims after their period, approvals after the
 * milestone, payments after the approval.
 */
export function beforeItsPrerequisite(db: Db, rows: Rows = loadRows(db)): string[] {
  const out: string[] = [];
  const allPairings = new Map(rows.pairings.map((p) => [p.id, p]));
  for (const p of allPairings.values()) {
    if (p.endDate !== null && p.endDate < p.startDate)
      out.push(`pairing ${p.id} ends before it starts`);
    if (
      p.retentionCheckedOn !== null &&
      (p.retentionDueOn === null || p.retentionCheckedOn < p.retentionDueOn)
    )
      out.push(
        `pairing ${p.id}: retention checked on ${p.retentionCheckedOn} before ${p.retentionDueOn}`,
      );
  }
  for (const c of rows.consents) {
    if (c.withdrawnOn !== null && c.withdrawnOn < c.givenOn)
      out.push(`consent ${c.id} withdrawn on ${c.withdrawnOn} before given on ${c.givenOn}`);
  }
  const claimRows = new Map(rows.claims.map((c) => [c.id, c]));
  for (const c of claimRows.values()) {
    const p = allPairings.get(c.pairingId);
    if (dayOf(c.submittedAt) < c.periodEnd)
      out.push(
        `claim ${c.id} submitted on ${dayOf(c.submittedAt)} before its period ended (${c.periodEnd})`,
      );
    // A claim that counts lies within the pairing (a rejected or reversed one may lie beyond
    // an early end recorded after it: it holds no period any more).
    const counts = c.status === 'submitted' || c.status === 'approved';
    if (
      p &&
      counts &&
      (c.periodStart < p.startDate || c.periodEnd > (p.endDate ?? p.plannedEndDate))
    )
      out.push(`claim ${c.id} outside pairing ${p.id}`);
  }
  const trancheRows = new Map(rows.tranches.map((t) => [t.id, t]));
  for (const t of trancheRows.values()) {
    const p = allPairings.get(t.pairingId);
    if (!p) continue;
    if (t.milestone === 'hire' && t.dueOn !== p.startDate)
      out.push(`hire tranche ${t.id} due on ${t.dueOn}, pairing starts ${p.startDate}`);
    if (t.milestone === 'completion' && (p.status !== 'completed' || t.dueOn !== p.endDate))
      out.push(`completion tranche ${t.id} of a pairing ${p.status} ending ${p.endDate}`);
    if (
      t.milestone === 'retention' &&
      (p.status !== 'completed' || p.retentionDueOn === null || t.dueOn < p.retentionDueOn)
    )
      out.push(
        `retention tranche ${t.id} due on ${t.dueOn} before the check (${p.retentionDueOn})`,
      );
  }
  const entries = new Map(rows.ledger.map((e) => [e.id, e]));
  for (const e of entries.values()) {
    if (e.kind === 'reversal') continue;
    const approvedOn = dayOf(e.createdAt);
    const claim = e.claimId === null ? undefined : claimRows.get(e.claimId);
    if (claim && approvedOn < claim.periodEnd)
      out.push(`entry ${e.id} approved on ${approvedOn} before claim ${claim.id}'s period ended`);
    const tranche = e.trancheId === null ? undefined : trancheRows.get(e.trancheId);
    if (tranche && approvedOn < tranche.dueOn)
      out.push(
        `entry ${e.id} approved on ${approvedOn} before tranche ${tranche.id} was due (${tranche.dueOn})`,
      );
  }
  for (const pay of rows.payments) {
    const e = entries.get(pay.ledgerEntryId);
    if (e && pay.paidOn < dayOf(e.createdAt))
      out.push(`payment ${pay.id} on ${pay.paidOn} before entry ${e.id} was approved`);
  }
  return out;
}

/**
 * Claims that count (submitted, approved) never exceed what the pairing holds for wages (its
 * maximum; after an early end, its commitment) and never overlap; at most one counting tranche
 * per milestone; one active pairing per person at most.
 */
export function moneyWithinLimits(db: Db, rows: Rows = loadRows(db)): string[] {
  const out: string[] = [];
  const counting = rows.claims.filter((c) => c.status === 'submitted' || c.status === 'approved');
  const activeOf = new Map<number, number>();
  for (const p of rows.pairings) {
    const mine = counting.filter((c) => c.pairingId === p.id);
    const total = sum(mine.map((c) => c.amountCents));
    if (total > p.maxWageSubsidyCents)
      out.push(`pairing ${p.id}: claims ${total} > maximum ${p.maxWageSubsidyCents}`);
    if (total > p.committedWageCents)
      out.push(`pairing ${p.id}: claims ${total} > committed ${p.committedWageCents}`);
    for (const a of mine) {
      for (const b of mine) {
        if (a.id < b.id && a.periodStart <= b.periodEnd && b.periodStart <= a.periodEnd)
          out.push(`pairing ${p.id}: claims ${a.id} and ${b.id} overlap`);
      }
    }
    if (p.status === 'active') activeOf.set(p.jobSeekerId, (activeOf.get(p.jobSeekerId) ?? 0) + 1);
  }
  for (const [seeker, n] of activeOf)
    if (n > 1) out.push(`person ${seeker} in ${n} active pairings`);
  const milestones = new Set<string>();
  for (const t of rows.tranches) {
    if (t.status === 'reversed' || t.status === 'rejected') continue;
    const key = `${t.pairingId}/${t.milestone}`;
    if (milestones.has(key))
      out.push(`two counting ${t.milestone} tranches on pairing ${t.pairingId}`);
    milestones.add(key);
  }
  return out;
}

/** budget_totals as "phase/org/fund" → [committed, approved, paid], zero rows left out. */
export function aggregateRows(db: Db, rows: Rows = loadRows(db)) {
  const out = new Map<string, [number, number, number]>();
  for (const r of rows.budgetTotals) {
    if (r.committedCents === 0 && r.approvedCents === 0 && r.paidCents === 0) continue;
    out.set(`${r.phaseId}/${r.organisationId}/${r.fund}`, [
      r.committedCents,
      r.approvedCents,
      r.paidCents,
    ]);
  }
  return out;
}

/** The same map recomputed from the raw pairings, ledger and payments. */
export function recomputedAggregates(db: Db, rows: Rows = loadRows(db)) {
  const out = new Map<string, [number, number, number]>();
  const add = (key: string, i: 0 | 1 | 2, amount: number) => {
    const row = out.get(key) ?? [0, 0, 0];
    row[i] += amount;
    out.set(key, row);
  };
  for (const p of rows.pairings) {
    add(`${p.phaseId}/${p.organisationId}/wage`, 0, p.committedWageCents);
    add(`${p.phaseId}/${p.organisationId}/accompaniment`, 0, p.committedAccompanimentCents);
  }
  const paid = new Set(rows.payments.map((p) => p.ledgerEntryId));
  for (const e of rows.ledger) {
    const key = `${e.phaseId}/${e.organisationId}/${e.fund}`;
    add(key, 1, e.amountCents);
    if (paid.has(e.id)) add(key, 2, e.amountCents);
  }
  for (const [key, row] of out) if (row.every((x) => x === 0)) out.delete(key);
  return out;
}

/**
 * Budgets equal a recomputation from raw rows: the aggregates the database keeps, and each
 * pairing's commitment (its maxima; after an early end, what the weeks it lasted can pay or its
 * claims already use, and its counting tranches). No envelope is exceeded.
 */
export function budgetsRecomputed(db: Db, rows: Rows = loadRows(db)): string[] {
  const out: string[] = [];
  const kept = JSON.stringify([...aggregateRows(db, rows)].sort());
  const recomputed = JSON.stringify([...recomputedAggregates(db, rows)].sort());
  if (kept !== recomputed) out.push(`budget_totals ${kept} ≠ recomputed ${recomputed}`);
  const rulesOf = new Map(rows.phases.map((p) => [p.id, p]));
  const allClaims = rows.claims;
  const allTranches = rows.tranches;
  for (const p of rows.pairings) {
    const phase = rulesOf.get(p.phaseId);
    if (!phase?.rules) continue;
    let wage = p.maxWageSubsidyCents;
    let accompaniment = p.accompanimentCents;
    if (p.status === 'ended_early' && p.endDate) {
      const days = (Date.parse(p.endDate) - Date.parse(p.startDate)) / 86_400_000 + 1;
      const lasted = maxWageSubsidyCents(phase.rules, {
        hourlyWageCents: p.hourlyWageCents,
        hoursPerWeek: p.hoursPerWeek,
        weeks: Math.ceil(days / 7),
      });
      const used = sum(
        allClaims
          .filter(
            (c) => c.pairingId === p.id && (c.status === 'submitted' || c.status === 'approved'),
          )
          .map((c) => c.amountCents),
      );
      wage = Math.min(p.maxWageSubsidyCents, Math.max(lasted, used));
      accompaniment = Math.min(
        p.accompanimentCents,
        sum(
          allTranches
            .filter((t) => t.pairingId === p.id && (t.status === 'due' || t.status === 'approved'))
            .map((t) => t.amountCents),
        ),
      );
    }
    if (p.committedWageCents !== wage)
      out.push(
        `pairing ${p.id} (${p.status}) commits ${p.committedWageCents} for wages, recomputed ${wage}`,
      );
    if (p.committedAccompanimentCents !== accompaniment)
      out.push(
        `pairing ${p.id} (${p.status}) commits ${p.committedAccompanimentCents} for accompaniment, recomputed ${accompaniment}`,
      );
  }
  for (const phase of rulesOf.values()) {
    const committed = (fund: 'wage' | 'accompaniment') =>
      sum(
        rows.budgetTotals
          .filter((r) => r.phaseId === phase.id && r.fund === fund)
          .map((r) => r.committedCents),
      );
    if (committed('wage') > phase.wageEnvelopeCents)
      out.push(`phase ${phase.number}: wage envelope exceeded`);
    if (committed('accompaniment') > phase.accompanimentEnvelopeCents)
      out.push(`phase ${phase.number}: accompaniment envelope exceeded`);
  }
  return out;
}

/**
 * The entries waiting for payment the database keeps (entries_to_pay) equal a recomputation:
 * every entry approved that is not a reversal, was not reversed and was not paid, with its amount.
 */
export function entriesToPayRecomputed(db: Db, rows: Rows = loadRows(db)): string[] {
  const reversed = new Set(rows.ledger.map((e) => e.reversesEntryId));
  const paid = new Set(rows.payments.map((p) => p.ledgerEntryId));
  const recomputed = rows.ledger
    .filter((e) => e.kind !== 'reversal' && !reversed.has(e.id) && !paid.has(e.id))
    .map((e) => `${e.id}:${e.amountCents}`)
    .sort();
  const kept = rows.entriesToPay.map((e) => `${e.ledgerEntryId}:${e.amountCents}`).sort();
  return JSON.stringify(kept) === JSON.stringify(recomputed)
    ? []
    : [`entries_to_pay ${JSON.stringify(kept)} ≠ recomputed ${JSON.stringify(recomputed)}`];
}

/** The Monday of the week of a YYYY-MM-DD date. */
export function mondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const back = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - back * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The report's counts recomputed from the raw pairings and postings, as kept in report_counts:
 * "phase/scope/dim/key" → n, scope 0 being the whole phase; client groups count distinct people.
 */
export function recomputedReportCounts(rows: Pick<Rows, 'pairings' | 'postings'>) {
  const out = new Map<string, number>();
  const people = new Map<string, Set<number>>();
  const postingOf = new Map(rows.postings.map((p) => [p.id, p]));
  for (const p of rows.pairings) {
    const posting = postingOf.get(p.postingId);
    const keys: [string, string | null][] = [
      ['status', p.status],
      ['outcome', p.retentionOutcome],
      ['due', p.retentionOutcome === null ? p.retentionDueOn : null],
      ['week', mondayOf(p.startDate)],
      ['place', posting ? `${posting.regionCode}/${posting.nocCode.slice(0, 1)}` : null],
    ];
    for (const scope of [p.organisationId, 0]) {
      for (const [dim, key] of keys) {
        if (key === null) continue;
        const k = `${p.phaseId}/${scope}/${dim}/${key}`;
        out.set(k, (out.get(k) ?? 0) + 1);
      }
      for (const group of new Set(p.clientGroups)) {
        const k = `${p.phaseId}/${scope}/group/${group}`;
        const set = people.get(k) ?? new Set<number>();
        set.add(p.jobSeekerId);
        people.set(k, set);
      }
    }
  }
  for (const [k, set] of people) out.set(k, set.size);
  return out;
}

/**
 * The report's counts kept by the database equal a recomputation from the raw rows, and the
 * people behind the client-group counts are exactly those of the pairings.
 */
export function reportCountsRecomputed(db: Db, rows: Rows = loadRows(db)): string[] {
  const out: string[] = [];
  const kept = new Map<string, number>();
  for (const r of rows.reportCounts) {
    if (r.n < 0) out.push(`report_counts ${r.phaseId}/${r.organisationId}/${r.dim}/${r.key} < 0`);
    if (r.n !== 0) kept.set(`${r.phaseId}/${r.organisationId}/${r.dim}/${r.key}`, r.n);
  }
  const recomputed = recomputedReportCounts(rows);
  for (const k of new Set([...kept.keys(), ...recomputed.keys()])) {
    if (kept.get(k) !== recomputed.get(k))
      out.push(`report_counts ${k} = ${kept.get(k) ?? 0}, recomputed ${recomputed.get(k) ?? 0}`);
  }
  const carried = new Map<string, number>();
  for (const p of rows.pairings) {
    for (const scope of [p.organisationId, 0]) {
      for (const group of new Set(p.clientGroups)) {
        const k = `${p.phaseId}/${scope}/${p.jobSeekerId}/${group}`;
        carried.set(k, (carried.get(k) ?? 0) + 1);
      }
    }
  }
  const keptPeople = new Map(
    rows.reportPeople.map((r) => [
      `${r.phaseId}/${r.organisationId}/${r.jobSeekerId}/${r.grp}`,
      r.n,
    ]),
  );
  for (const k of new Set([...keptPeople.keys(), ...carried.keys()])) {
    if (keptPeople.get(k) !== carried.get(k))
      out.push(`report_people ${k} = ${keptPeople.get(k) ?? 0}, recomputed ${carried.get(k) ?? 0}`);
  }
  return out;
}

/**
 * Who can be proposed, recomputed from the raw rows: an open file, consents to participate and
 * to be proposed in force (given by today, not withdrawn), and no active pairing.
 */
export function expectedProposable(
  db: Db,
  today: string,
  rows: Rows = loadRows(db),
): Map<number, boolean> {
  const inForce = new Map<number, Set<string>>();
  for (const c of rows.consents) {
    if (c.withdrawnOn !== null || c.givenOn > today) continue;
    const set = inForce.get(c.jobSeekerId) ?? new Set<string>();
    set.add(c.purpose);
    inForce.set(c.jobSeekerId, set);
  }
  const active = new Set(
    rows.pairings.filter((p) => p.status === 'active').map((p) => p.jobSeekerId),
  );
  const out = new Map<number, boolean>();
  for (const s of rows.jobSeekers) {
    const given = inForce.get(s.id) ?? new Set<string>();
    out.set(
      s.id,
      s.status === 'active' &&
        given.has('participation') &&
        given.has('proposal') &&
        !active.has(s.id),
    );
  }
  return out;
}

/**
 * Where anything personal of an anonymised person (their markers) survives: every column of
 * every table, "table.column marker".
 */
export function personalDataLeft(db: Db, markers: readonly string[]): string[] {
  return findAnyEverywhere(db, markers);
}

/**
 * What the coordination's queue must show, recomputed from the raw rows: claims waiting for
 * review, tranches due whose milestone's day has come (by `today`), approved entries not paid,
 * not reversed and not reversals.
 */
export function expectedQueue(rows: Rows, today: string) {
  const figure = (amounts: number[]) => ({ count: amounts.length, totalCents: sum(amounts) });
  const reversed = new Set(
    rows.ledger.filter((e) => e.reversesEntryId !== null).map((e) => e.reversesEntryId),
  );
  const paid = new Set(rows.payments.map((p) => p.ledgerEntryId));
  return {
    claims: figure(rows.claims.filter((c) => c.status === 'submitted').map((c) => c.amountCents)),
    tranches: figure(
      rows.tranches.filter((t) => t.status === 'due' && t.dueOn <= today).map((t) => t.amountCents),
    ),
    toPay: figure(
      rows.ledger
        .filter((e) => e.kind !== 'reversal' && !reversed.has(e.id) && !paid.has(e.id))
        .map((e) => e.amountCents),
    ),
  };
}
