// The phase dashboard (« reddition de comptes »): every aggregate of one phase, scoped by role —
// the coordinator sees the whole phase, an organisation's manager their organisation only.
// Counts come from report_counts, which the database keeps per phase, scope and key in the
// transaction of every change to a pairing (server/db/schema/reports.ts), so the report reads a
// few hundred rows however many pairings the phase has; money comes from features/money/
// budgets.ts, the one place budgets are computed. Client groups are counts of people with small
// cells suppressed.
import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import { clientGroups } from '../../../shared/clientGroups';
import { quebecToday } from '../../../shared/dates';
import { appError } from '../../../shared/errors';
import { dashboardPhase } from '../../../shared/phases/dashboardPhase';
import { programTargets, rateBp, suppressSmall } from '../../../shared/reports/schemas';
import type { Db } from '../../db/client';
import { prepared } from '../../db/prepared';
import {
  organisations,
  phaseOrganisations,
  phases,
  type ReportDim,
  reportCounts,
} from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import {
  type BudgetFigures,
  organisationBudget,
  organisationBudgets,
  phaseBudget,
} from '../money/budgets';
import { listPhases } from '../phases/readPhases';

/** Whose figures the actor may see: null for the whole phase (coordinator). */
export function reportScope(actor: Actor): { organisationId: number | null } {
  if (actor.role === 'coordinator') return { organisationId: null };
  if (actor.role === 'org_admin' && actor.organisationId) {
    return { organisationId: actor.organisationId };
  }
  throw appError('auth.forbidden');
}

// The counts of one scope of a phase (organisation 0: the whole phase), and the statuses of
// several organisations at once; prepared once per database, as the dashboard is polled.
const param = sql.placeholder;
const statements = (db: Db) =>
  prepared(db, 'reports.phaseCounts', () => ({
    scope: db
      .select({ dim: reportCounts.dim, key: reportCounts.key, n: reportCounts.n })
      .from(reportCounts)
      .where(
        and(
          eq(reportCounts.phaseId, param('phaseId')),
          eq(reportCounts.organisationId, param('organisationId')),
          ne(reportCounts.n, 0),
        ),
      )
      .orderBy(asc(reportCounts.dim), asc(reportCounts.key))
      .prepare(),
  }));

type Count = { dim: ReportDim; key: string; n: number };

/** The pairings counted under each key of one dimension, in key order. */
function dimension(counts: Count[], dim: ReportDim): [string, number][] {
  return counts.filter((c) => c.dim === dim).map((c) => [c.key, c.n]);
}

/** The outcome counters of a scope: by status, by retention outcome and due date. */
function statusCounts(counts: Count[], today: string) {
  const status = Object.fromEntries(dimension(counts, 'status'));
  const outcome = Object.fromEntries(dimension(counts, 'outcome'));
  const due = dimension(counts, 'due');
  const total = (entries: [string, number][]) => entries.reduce((s, [, n]) => s + n, 0);
  return {
    pairings: total(dimension(counts, 'status')),
    active: status.active ?? 0,
    completed: status.completed ?? 0,
    endedEarly: status.ended_early ?? 0,
    employed: outcome.employed ?? 0,
    notEmployed: outcome.not_employed ?? 0,
    unknown: outcome.unknown ?? 0,
    retentionOverdue: total(due.filter(([day]) => day <= today)),
    retentionUpcoming: total(due.filter(([day]) => day > today)),
  };
}

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

/**
 * The dashboard's report: of `phaseId`, or without it of the phase a dashboard opens on (the web
 * asks for it beside the list of phases, in one request); `phase.notFound` when there is none.
 */
export function dashboardReport(deps: Deps, actor: Actor, phaseId: number | undefined) {
  const id = phaseId ?? dashboardPhase(listPhases(deps))?.id;
  if (id === undefined) throw appError('phase.notFound');
  return phaseReport(deps, actor, id);
}

export function phaseReport(deps: Deps, actor: Actor, phaseId: number) {
  const { db } = deps;
  const { organisationId } = reportScope(actor);
  const phase = db.select().from(phases).where(eq(phases.id, phaseId)).get();
  if (!phase) throw appError('phase.notFound');
  const today = quebecToday(deps.clock.now());
  const counts = statements(db).scope.all({ phaseId, organisationId: organisationId ?? 0 });

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

  // Places are counted per region and occupation category (« 06/6 »).
  const places = dimension(counts, 'place').map(([key, n]) => {
    const [regionCode = '', category = ''] = key.split('/');
    return { regionCode, category, n };
  });
  const regions = tally(places.map((r) => [r.regionCode, r.n] as const)).map(([regionCode, n]) => ({
    regionCode,
    pairings: n,
  }));
  const occupations = tally(places.map((r) => [r.category, r.n] as const)).map(([c, n]) => ({
    category: c,
    pairings: n,
  }));
  const weekRows = dimension(counts, 'week').map(([weekStart, n]) => ({
    weekStart,
    pairings: n,
  }));

  const outcomes = statusCounts(counts, today);
  // Each participating organisation's statuses: its own scope (one read for all of them).
  const perOrganisation = new Map<number, ReturnType<typeof statusCounts>>();
  if (organisationId === null) {
    const rows = db
      .select({
        organisationId: reportCounts.organisationId,
        dim: reportCounts.dim,
        key: reportCounts.key,
        n: reportCounts.n,
      })
      .from(reportCounts)
      .where(
        and(
          eq(reportCounts.phaseId, phaseId),
          inArray(
            reportCounts.organisationId,
            participants.map((p) => p.organisationId),
          ),
          eq(reportCounts.dim, 'status'),
        ),
      )
      .all();
    for (const p of participants) {
      perOrganisation.set(
        p.organisationId,
        statusCounts(
          rows.filter((r) => r.organisationId === p.organisationId),
          today,
        ),
      );
    }
  } else {
    perOrganisation.set(organisationId, outcomes);
  }
  const ended = outcomes.completed + outcomes.endedEarly;
  // « Unknown » counts against retention: the funder asks who is known to be still employed.
  const checked = outcomes.employed + outcomes.notEmployed + outcomes.unknown;

  // One organisation: the shared function; the whole phase: all organisations in one pass.
  const budgets = organisationId === null ? organisationBudgets(db, phaseId) : null;
  const organisationRows = participants.map((p) => {
    const c = perOrganisation.get(p.organisationId);
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
    byClientGroup: clientGroups.map((group) => ({
      group,
      people: suppressSmall(counts.find((c) => c.dim === 'group' && c.key === group)?.n ?? 0),
    })),
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
