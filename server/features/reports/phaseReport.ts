// The phase dashboard (« reddition de comptes »): every aggregate of one phase in a handful of
// GROUP BY queries, scoped by role — the coordinator sees the whole phase, an organisation's
// manager their organisation only. Money comes from features/money/budgets.ts, the one place
// budgets are computed. Client groups are counts of people with small cells suppressed.
import { and, asc, count, eq, type SQL, sql } from 'drizzle-orm';
import { clientGroups } from '../../../shared/clientGroups';
import { quebecToday } from '../../../shared/dates';
import { appError } from '../../../shared/errors';
import { programTargets, rateBp, suppressSmall } from '../../../shared/reports/schemas';
import type { DbOrTx } from '../../db/client';
import { organisations, pairings, phaseOrganisations, phases, postings } from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import {
  type BudgetFigures,
  organisationBudget,
  organisationBudgets,
  phaseBudget,
} from '../money/budgets';

/** Whose figures the actor may see: null for the whole phase (coordinator). */
export function reportScope(actor: Actor): { organisationId: number | null } {
  if (actor.role === 'coordinator') return { organisationId: null };
  if (actor.role === 'org_admin' && actor.organisationId) {
    return { organisationId: actor.organisationId };
  }
  throw appError('auth.forbidden');
}

const n = (expr: SQL) => sql<number>`coalesce(${expr}, 0)`.mapWith(Number);

/** Monday of the week of a YYYY-MM-DD date (SQLite: next Sunday, or the day itself, minus 6). */
const weekOf = sql<string>`date(${pairings.startDate}, 'weekday 0', '-6 days')`;

/** Sums grouped counts by key, in key order. */
function tally(rows: (readonly [string, number])[]): [string, number][] {
  const m = new Map<string, number>();
  for (const [k, n] of rows) m.set(k, (m.get(k) ?? 0) + n);
  return [...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function addWeeks(isoDate: string, weeks: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + weeks * 7);
  return d.toISOString().slice(0, 10);
}

export function phaseReport(deps: Deps, actor: Actor, phaseId: number) {
  const { db } = deps;
  const { organisationId } = reportScope(actor);
  const phase = db.select().from(phases).where(eq(phases.id, phaseId)).get();
  if (!phase) throw appError('phase.notFound');
  const inScope = and(
    eq(pairings.phaseId, phaseId),
    organisationId === null ? undefined : eq(pairings.organisationId, organisationId),
  );

  const participants = db
    .select({
      organisationId: phaseOrganisations.organisationId,
      name: organisations.name,
      regionCode: organisations.regionCode,
      pairingTarget: phaseOrganisations.pairingTarget,
    })
    .from(phaseOrganisations)
    .innerJoin(organisations, eq(organisations.id, phaseOrganisations.organisationId))
    .where(
      and(
        eq(phaseOrganisations.phaseId, phaseId),
        organisationId === null ? undefined : eq(phaseOrganisations.organisationId, organisationId),
      ),
    )
    .orderBy(asc(organisations.nameKey), asc(organisations.id))
    .all();

  // Regions and occupation categories in one pass over the phase's pairings and their postings.
  const category = sql<string>`substr(${postings.nocCode}, 1, 1)`;
  const places = db
    .select({ regionCode: postings.regionCode, category, pairings: count() })
    .from(pairings)
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .where(inScope)
    .groupBy(postings.regionCode, category)
    .all();
  const regions = tally(places.map((r) => [r.regionCode, r.pairings] as const)).map(
    ([regionCode, n]) => ({ regionCode, pairings: n }),
  );
  const occupations = tally(places.map((r) => [r.category, r.pairings] as const)).map(([c, n]) => ({
    category: c,
    pairings: n,
  }));

  const weekRows = db
    .select({ weekStart: weekOf, pairings: count() })
    .from(pairings)
    .where(inScope)
    .groupBy(weekOf)
    .orderBy(asc(weekOf))
    .all();

  const today = quebecToday(deps.clock.now());
  // One pass over the phase's pairings: the outcome counters of each organisation, summed for
  // the phase.
  const perOrganisation = db
    .select({
      organisationId: pairings.organisationId,
      pairings: count(),
      active: n(sql`sum(${pairings.status} = 'active')`),
      completed: n(sql`sum(${pairings.status} = 'completed')`),
      endedEarly: n(sql`sum(${pairings.status} = 'ended_early')`),
      employed: n(sql`sum(${pairings.retentionOutcome} = 'employed')`),
      notEmployed: n(sql`sum(${pairings.retentionOutcome} = 'not_employed')`),
      unknown: n(sql`sum(${pairings.retentionOutcome} = 'unknown')`),
      retentionOverdue: n(
        sql`sum(${pairings.retentionOutcome} IS NULL AND ${pairings.retentionDueOn} <= ${today})`,
      ),
      retentionUpcoming: n(
        sql`sum(${pairings.retentionOutcome} IS NULL AND ${pairings.retentionDueOn} > ${today})`,
      ),
    })
    .from(pairings)
    .where(inScope)
    .groupBy(pairings.organisationId)
    .all();
  const counters = [
    'pairings',
    'active',
    'completed',
    'endedEarly',
    'employed',
    'notEmployed',
    'unknown',
    'retentionOverdue',
    'retentionUpcoming',
  ] as const;
  const outcomes = Object.fromEntries(
    counters.map((k) => [k, perOrganisation.reduce((sum, r) => sum + r[k], 0)]),
  ) as Record<(typeof counters)[number], number>;
  const ended = outcomes.completed + outcomes.endedEarly;
  // « Unknown » counts against retention: the funder asks who is known to be still employed.
  const checked = outcomes.employed + outcomes.notEmployed + outcomes.unknown;

  // One organisation: the shared function; the whole phase: all organisations in one pass.
  const budgets = organisationId === null ? organisationBudgets(db, phaseId) : null;
  const organisationRows = participants.map((p) => {
    const c = perOrganisation.find((r) => r.organisationId === p.organisationId);
    return {
      ...p,
      pairings: c?.pairings ?? 0,
      active: c?.active ?? 0,
      completed: c?.completed ?? 0,
      endedEarly: c?.endedEarly ?? 0,
      budget: budgets?.get(p.organisationId) ?? organisationBudget(db, phaseId, p.organisationId),
    };
  });
  const money: BudgetFigures =
    organisationId === null
      ? phaseBudget(db, phaseId)
      : organisationBudget(db, phaseId, organisationId);

  return {
    phase: {
      id: phase.id,
      number: phase.number,
      name: phase.name,
      startDate: phase.startDate,
      endDate: phase.endDate,
      status: phase.status,
    },
    scope: {
      organisationId,
      organisationName:
        organisationId === null
          ? null
          : (db
              .select({ name: organisations.name })
              .from(organisations)
              .where(eq(organisations.id, organisationId))
              .get()?.name ?? null),
    },
    generatedOn: today,
    targets: programTargets,
    totals: {
      pairings: outcomes.pairings,
      pairingTarget: participants.reduce((s, p) => s + p.pairingTarget, 0),
    },
    organisations: organisationRows,
    regions,
    occupations,
    // Aggregates only (counts of people, small cells suppressed), never a person's groups.
    byClientGroup: clientGroupCounts(db, phaseId, organisationId),
    weeks: fillWeeks(weekRows),
    outcomes: {
      ...outcomes,
      completionRateBp: rateBp(outcomes.completed, ended),
      retentionChecked: checked,
      retentionRateBp: rateBp(outcomes.employed, checked),
    },
    money,
  };
}

export type PhaseReport = ReturnType<typeof phaseReport>;

/**
 * Distinct people in the phase's pairings per client group; 1–4 suppressed (null). The groups
 * are those the pairing recorded at hire (pairings.client_groups), so a past report never
 * changes when a file is later corrected or transferred.
 */
function clientGroupCounts(db: DbOrTx, phaseId: number, organisationId: number | null) {
  const orgFilter =
    organisationId === null ? sql`` : sql` AND p.organisation_id = ${organisationId}`;
  const rows = db.all<{ grp: string; people: number }>(sql`
    SELECT g.value AS grp, count(DISTINCT p.job_seeker_id) AS people
    FROM pairings p
    JOIN json_each(p.client_groups) g
    WHERE p.phase_id = ${phaseId}${orgFilter}
    GROUP BY g.value`);
  return clientGroups.map((group) => ({
    group,
    people: suppressSmall(Number(rows.find((r) => r.grp === group)?.people ?? 0)),
  }));
}

/** Every week from the first to the last with a start, weeks without one at zero. */
function fillWeeks(rows: { weekStart: string; pairings: number }[]) {
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) return [];
  const out: { weekStart: string; pairings: number }[] = [];
  for (let w = first.weekStart; w <= last.weekStart && out.length < 520; w = addWeeks(w, 1)) {
    out.push({ weekStart: w, pairings: rows.find((r) => r.weekStart === w)?.pairings ?? 0 });
  }
  return out;
}
