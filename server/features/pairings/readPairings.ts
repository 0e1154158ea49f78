// Reading pairings: each side sees its own (coordinator all), with claims, tranches and
// payments; follow-ups stay with the member organisation.
import {
  and,
  count,
  desc,
  eq,
  gte,
  inArray,
  lte,
  type Placeholder,
  type SQL,
  sql,
} from 'drizzle-orm';
import type { z } from 'zod';
import type {
  listPairingsInput,
  PairingSortKey,
  pairingCountsInput,
} from '../../../shared/pairings/schemas';
import { prepared } from '../../db/prepared';
import {
  businesses,
  claims,
  followUps,
  jobSeekers,
  ledgerEntries,
  organisations,
  pairings,
  payments,
  phases,
  postings,
  tranches,
  users,
} from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { keyset, type SortKeys } from '../lists/keyset';
import { proofsOfClaims } from '../proofs/proofs';
import { pairingScope, visiblePairing } from './pairingGuards';

const pairingSorts: SortKeys<PairingSortKey, { id: number; startDate: string }> = {
  newest: { column: pairings.id, type: 'int', value: (r) => r.id },
  startDate: { column: pairings.startDate, type: 'text', value: (r) => r.startDate },
};

const summaryColumns = {
  id: pairings.id,
  phaseId: pairings.phaseId,
  phaseNumber: phases.number,
  status: pairings.status,
  startDate: pairings.startDate,
  plannedEndDate: pairings.plannedEndDate,
  endDate: pairings.endDate,
  hourlyWageCents: pairings.hourlyWageCents,
  hoursPerWeek: pairings.hoursPerWeek,
  maxWageSubsidyCents: pairings.maxWageSubsidyCents,
  retentionDueOn: pairings.retentionDueOn,
  retentionOutcome: pairings.retentionOutcome,
  postingTitle: postings.title,
  businessName: businesses.legalName,
  organisationName: organisations.name,
  // The person: first name and initial for employers; full name for the organisation and
  // the coordination (who sees pairings and the people in them).
  firstName: jobSeekers.firstName,
  lastName: jobSeekers.lastName,
};

function summariesQuery(
  deps: Deps,
  where: SQL | undefined,
  orderBy: SQL[],
  limit: number | Placeholder,
) {
  return deps.db
    .select(summaryColumns)
    .from(pairings)
    .innerJoin(phases, eq(phases.id, pairings.phaseId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .innerJoin(businesses, eq(businesses.id, pairings.businessId))
    .innerJoin(organisations, eq(organisations.id, pairings.organisationId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .where(where)
    .orderBy(...orderBy)
    .limit(limit);
}

type SummaryRow = Awaited<ReturnType<typeof summariesQuery>>[number];
/** The person: first name and initial for employers. */
const forActor = (actor: Actor, rows: SummaryRow[]) =>
  actor.role === 'employer'
    ? rows.map((p) => ({ ...p, lastName: `${p.lastName.charAt(0).toUpperCase()}.` }))
    : rows;

/**
 * A page of pairings. The SQL depends only on the actor's side, the filters present and the
 * sort, so each shape is prepared once.
 */
export function listPairings(deps: Deps, actor: Actor, input: z.infer<typeof listPairingsInput>) {
  const byOrganisation = Boolean(input.organisationId && actor.role === 'coordinator');
  const page = keyset(pairingSorts, pairings.id, input.sort, input.cursor, true);
  const shape = [
    actor.role === 'coordinator' ? 'c' : actor.role === 'employer' ? 'e' : 'o',
    input.phaseId ? 'p' : '',
    input.status ? 's' : '',
    byOrganisation ? 'g' : '',
    input.startFrom ? 'f' : '',
    input.startTo ? 't' : '',
    input.sort.by,
    input.sort.dir,
    input.cursor ? 'c' : '',
  ].join('|');
  const stmt = prepared(deps.db, `pairings.list:${shape}`, () => {
    const where: (SQL | undefined)[] = [pairingScope(actor, sql.placeholder('scopeId'))];
    if (input.phaseId) where.push(eq(pairings.phaseId, sql.placeholder('phaseId')));
    if (input.status) where.push(eq(pairings.status, sql.placeholder('status')));
    // Only the coordinator looks across organisations; others are already scoped to theirs.
    if (byOrganisation) where.push(eq(pairings.organisationId, sql.placeholder('organisationId')));
    if (input.startFrom) where.push(gte(pairings.startDate, sql.placeholder('startFrom')));
    if (input.startTo) where.push(lte(pairings.startDate, sql.placeholder('startTo')));
    where.push(page.after);
    // The page's ids first, from pairings alone (its indexes give the order), then the joins:
    // joined in one query, SQLite may start from phases and sort every pairing.
    const ids = deps.db
      .select({ id: pairings.id })
      .from(pairings)
      .where(and(...where))
      .orderBy(...page.orderBy)
      .limit(sql.placeholder('limit'));
    return summariesQuery(
      deps,
      inArray(pairings.id, ids),
      page.orderBy,
      sql.placeholder('limit'),
    ).prepare();
  });
  const rows = stmt.all({
    scopeId: actor.role === 'employer' ? (actor.businessId ?? -1) : (actor.organisationId ?? -1),
    phaseId: input.phaseId,
    status: input.status,
    organisationId: input.organisationId,
    startFrom: input.startFrom,
    startTo: input.startTo,
    cursorValue: input.cursor?.value,
    cursorId: input.cursor?.id,
    limit: input.limit + 1,
  });
  return page.page(forActor(actor, rows), input.limit);
}

/**
 * How many pairings each status has, in the caller's scope (optionally one phase): the counts
 * shown beside a list's filters, from the database whatever the list's size.
 */
export function pairingCounts(deps: Deps, actor: Actor, input: z.infer<typeof pairingCountsInput>) {
  const rows = deps.db
    .select({ status: pairings.status, n: count() })
    .from(pairings)
    .where(
      and(pairingScope(actor), input.phaseId ? eq(pairings.phaseId, input.phaseId) : undefined),
    )
    .groupBy(pairings.status)
    .all();
  const of = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  const byStatus = {
    active: of('active'),
    completed: of('completed'),
    ended_early: of('ended_early'),
  };
  return { ...byStatus, total: byStatus.active + byStatus.completed + byStatus.ended_early };
}

export function getPairing(deps: Deps, actor: Actor, pairingId: number) {
  const { db } = deps;
  const p = visiblePairing(db, actor, pairingId);
  const [summary] = forActor(actor, summariesQuery(deps, eq(pairings.id, p.id), [], 1).all());
  const claimRows = db
    .select()
    .from(claims)
    .where(eq(claims.pairingId, p.id))
    .orderBy(claims.periodStart)
    .all();
  const proofs = proofsOfClaims(
    db,
    claimRows.map((c) => c.id),
  );
  const trancheRows = db.select().from(tranches).where(eq(tranches.pairingId, p.id)).all();
  const ledger = db
    .select({
      id: ledgerEntries.id,
      kind: ledgerEntries.kind,
      amountCents: ledgerEntries.amountCents,
      createdAt: ledgerEntries.createdAt,
      paidOn: payments.paidOn,
      reference: payments.reference,
      payeeBusinessId: ledgerEntries.payeeBusinessId,
      reversesEntryId: ledgerEntries.reversesEntryId,
      note: ledgerEntries.note,
      trancheId: ledgerEntries.trancheId,
      fund: ledgerEntries.fund,
      payeeOrganisationId: ledgerEntries.payeeOrganisationId,
    })
    .from(ledgerEntries)
    .leftJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
    .where(eq(ledgerEntries.pairingId, p.id))
    .orderBy(ledgerEntries.id)
    .all()
    // Employers see the wage-subsidy side only; organisations their tranches and the rest.
    .filter((e) => actor.role !== 'employer' || e.payeeBusinessId !== null);
  const visibleFollowUps =
    actor.role === 'counsellor' || actor.role === 'org_admin'
      ? db
          .select({
            id: followUps.id,
            on: followUps.on,
            withWhom: followUps.withWhom,
            kind: followUps.kind,
            notes: followUps.notes,
            nextOn: followUps.nextOn,
            recordedByName: users.name,
          })
          .from(followUps)
          .innerJoin(users, eq(users.id, followUps.recordedBy))
          .where(eq(followUps.pairingId, p.id))
          .orderBy(desc(followUps.on), desc(followUps.id))
          .all()
      : [];
  const { phase, ...pairing } = p;
  return {
    ...pairing,
    summary,
    phase: {
      id: phase.id,
      number: phase.number,
      name: phase.name,
      status: phase.status,
      rules: phase.rules,
    },
    claims:
      actor.role === 'counsellor' || actor.role === 'org_admin'
        ? []
        : claimRows.map((c) => ({ ...c, proofs: proofs.filter((x) => x.claimId === c.id) })),
    tranches: actor.role === 'employer' ? [] : trancheRows,
    ledger,
    followUps: visibleFollowUps,
  };
}
