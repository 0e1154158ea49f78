// Reading pairings: each side sees its own (coordinator all), with claims, tranches and
// payments; follow-ups stay with the member organisation.
import { and, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { listPairingsInput, PairingSortKey } from '../../../shared/pairings/schemas';
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

function pairingSummaries(
  deps: Deps,
  actor: Actor,
  where: SQL | undefined,
  orderBy: SQL[],
  limit: number,
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
    .limit(limit)
    .all()
    .map((p) =>
      actor.role === 'employer' ? { ...p, lastName: `${p.lastName.charAt(0).toUpperCase()}.` } : p,
    );
}

export function listPairings(deps: Deps, actor: Actor, input: z.infer<typeof listPairingsInput>) {
  const where: (SQL | undefined)[] = [pairingScope(actor)];
  if (input.phaseId) where.push(eq(pairings.phaseId, input.phaseId));
  if (input.status) where.push(eq(pairings.status, input.status));
  // Only the coordinator looks across organisations; others are already scoped to theirs.
  if (input.organisationId && actor.role === 'coordinator')
    where.push(eq(pairings.organisationId, input.organisationId));
  if (input.startFrom) where.push(gte(pairings.startDate, input.startFrom));
  if (input.startTo) where.push(lte(pairings.startDate, input.startTo));
  const page = keyset(pairingSorts, pairings.id, input.sort, input.cursor);
  where.push(page.after);
  // The page's ids first, from pairings alone (its indexes give the order), then the joins:
  // joined in one query, SQLite may start from phases and sort every pairing.
  const ids = deps.db
    .select({ id: pairings.id })
    .from(pairings)
    .where(and(...where))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1);
  const rows = pairingSummaries(
    deps,
    actor,
    inArray(pairings.id, ids),
    page.orderBy,
    input.limit + 1,
  );
  return page.page(rows, input.limit);
}

export function getPairing(deps: Deps, actor: Actor, pairingId: number) {
  const { db } = deps;
  const p = visiblePairing(db, actor, pairingId);
  const [summary] = pairingSummaries(deps, actor, eq(pairings.id, p.id), [], 1);
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
