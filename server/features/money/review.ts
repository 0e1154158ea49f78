// The coordinator reviews claims and due accompaniment tranches: approve (an entry in the
// append-only ledger) or reject (coded reason + comment). Paying and reversing entries are
// appended too: nothing in the ledger is ever updated or deleted.
import { and, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { appError } from '../../../shared/errors';
import { findClaimTransition, findTrancheTransition } from '../../../shared/money/machines';
import type {
  ledgerListInput,
  markPaidInput,
  reverseEntryInput,
  reviewInput,
} from '../../../shared/money/schemas';
import type { Tx } from '../../db/client';
import {
  businesses,
  claims,
  jobSeekers,
  ledgerEntries,
  organisations,
  pairings,
  payments,
  phases,
  postings,
  tranches,
} from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { keyset, type SortKeys } from '../lists/keyset';
import { issueCorrectiveNotice, issuePaymentNotices } from '../notices/paymentNotices';
import { notifyPaymentMade, notifyReviewed } from '../notifications/emitters';
import { recomputeCommitment } from '../pairings/pairingLifecycle';
import { proofsOfClaims } from '../proofs/proofs';

type Review = z.infer<typeof reviewInput>;
type Pairing = typeof pairings.$inferSelect;

/** What differs between reviewing a claim (wage, paid to the business) and a tranche. */
interface Reviewable {
  id: number;
  status: 'submitted' | 'approved' | 'rejected' | 'due';
  amountCents: number;
  pairing: Pairing;
  table: typeof claims | typeof tranches;
  to: 'approved' | 'rejected';
  subject: 'claim' | 'tranche';
  ledger: Pick<
    typeof ledgerEntries.$inferInsert,
    'kind' | 'fund' | 'payeeBusinessId' | 'payeeOrganisationId' | 'claimId' | 'trancheId'
  >;
}

/**
 * The one review flow: record the decision on the item, append the approved amount to the
 * ledger (or, on a rejection, release what an ended pairing no longer needs), audit it.
 */
function applyReview(
  tx: Tx,
  actor: Actor,
  input: Review,
  req: RequestInfo,
  now: Date,
  item: Reviewable,
) {
  const rejected = item.to === 'rejected';
  tx.update(item.table)
    .set({
      status: item.to,
      rejectReason: rejected ? (input.reason ?? null) : null,
      rejectComment: rejected ? input.comment || null : null,
      reviewedBy: actor.userId,
      reviewedAt: now.toISOString(),
    })
    .where(eq(item.table.id, item.id))
    .run();
  let ledgerEntryId: number | null = null;
  if (!rejected) {
    ledgerEntryId = tx
      .insert(ledgerEntries)
      .values({
        ...item.ledger,
        phaseId: item.pairing.phaseId,
        pairingId: item.pairing.id,
        organisationId: item.pairing.organisationId,
        amountCents: item.amountCents,
        createdBy: actor.userId,
        createdAt: now.toISOString(),
      })
      .returning({ id: ledgerEntries.id })
      .get().id;
  } else {
    const phase = tx
      .select({ rules: phases.rules })
      .from(phases)
      .where(eq(phases.id, item.pairing.phaseId))
      .get();
    if (phase?.rules) recomputeCommitment(tx, item.pairing.id, phase.rules);
  }
  recordAudit(tx, {
    at: now,
    actorUserId: actor.userId,
    action: `${item.subject}.${item.to}`,
    subjectType: item.subject,
    subjectId: item.id,
    ip: req.ip,
    details: { amountCents: item.amountCents, reason: input.reason ?? null },
  });
  return { status: item.to, ledgerEntryId };
}

export function reviewClaim(deps: Deps, actor: Actor, input: Review, req: RequestInfo) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const row = tx
      .select({ claim: claims, pairing: pairings })
      .from(claims)
      .innerJoin(pairings, eq(pairings.id, claims.pairingId))
      .where(eq(claims.id, input.id))
      .get();
    if (!row) throw appError('claim.notFound');
    const t = findClaimTransition(row.claim.status, input.action, actor.role);
    if (!t || t.to === 'submitted')
      throw appError('claim.illegalTransition', { from: row.claim.status });
    const result = applyReview(tx, actor, input, req, now, {
      ...row.claim,
      pairing: row.pairing,
      table: claims,
      to: t.to,
      subject: 'claim',
      ledger: {
        kind: 'wage_subsidy',
        fund: 'wage',
        payeeBusinessId: row.pairing.businessId,
        claimId: row.claim.id,
      },
    });
    notifyReviewed(deps, tx, { subject: 'claim', id: row.claim.id, status: t.to }, now);
    return result;
  });
}

export function reviewTranche(deps: Deps, actor: Actor, input: Review, req: RequestInfo) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const row = tx
      .select({ tranche: tranches, pairing: pairings })
      .from(tranches)
      .innerJoin(pairings, eq(pairings.id, tranches.pairingId))
      .where(eq(tranches.id, input.id))
      .get();
    if (!row) throw appError('tranche.notFound');
    const t = findTrancheTransition(row.tranche.status, input.action, actor.role);
    if (!t || t.to === 'due')
      throw appError('tranche.illegalTransition', { from: row.tranche.status });
    const result = applyReview(tx, actor, input, req, now, {
      ...row.tranche,
      pairing: row.pairing,
      table: tranches,
      to: t.to,
      subject: 'tranche',
      ledger: {
        kind: 'accompaniment',
        fund: 'accompaniment',
        payeeOrganisationId: row.pairing.organisationId,
        trancheId: row.tranche.id,
      },
    });
    notifyReviewed(deps, tx, { subject: 'tranche', id: row.tranche.id, status: t.to }, now);
    return result;
  });
}

export function markPaid(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof markPaidInput>,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const entry = tx
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.id, input.ledgerEntryId))
      .get();
    if (!entry) throw appError('ledger.notFound');
    if (entry.kind === 'reversal') throw appError('ledger.cannotPayReversal');
    const reversed = tx
      .select({ id: ledgerEntries.id })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.reversesEntryId, entry.id))
      .get();
    if (reversed) throw appError('ledger.alreadyReversed');
    const paid = tx
      .select({ id: payments.id })
      .from(payments)
      .where(eq(payments.ledgerEntryId, entry.id))
      .get();
    if (paid) throw appError('ledger.alreadyPaid');
    tx.insert(payments)
      .values({
        ledgerEntryId: entry.id,
        paidOn: input.paidOn,
        reference: input.reference,
        recordedBy: actor.userId,
        recordedAt: now.toISOString(),
      })
      .run();
    notifyPaymentMade(deps, tx, entry.id, input.paidOn, now);
    issuePaymentNotices(deps, tx, {
      ledgerEntryIds: [entry.id],
      paidOn: input.paidOn,
      reference: input.reference,
      actorUserId: actor.userId,
      now,
    });
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'ledger.paid',
      subjectType: 'ledger_entry',
      subjectId: entry.id,
      ip: req.ip,
      details: { amountCents: entry.amountCents, reference: input.reference, paidOn: input.paidOn },
    });
  });
}

/** A mistake is corrected by a reversing entry of the opposite amount, never by an edit. */
export function reverseEntry(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof reverseEntryInput>,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const entry = tx
      .select()
      .from(ledgerEntries)
      .where(eq(ledgerEntries.id, input.ledgerEntryId))
      .get();
    if (!entry || entry.kind === 'reversal') throw appError('ledger.notFound');
    const already = tx
      .select({ id: ledgerEntries.id })
      .from(ledgerEntries)
      .where(eq(ledgerEntries.reversesEntryId, entry.id))
      .get();
    if (already) throw appError('ledger.alreadyReversed');
    const id = tx
      .insert(ledgerEntries)
      .values({
        kind: 'reversal',
        fund: entry.fund,
        phaseId: entry.phaseId,
        pairingId: entry.pairingId,
        organisationId: entry.organisationId,
        payeeBusinessId: entry.payeeBusinessId,
        payeeOrganisationId: entry.payeeOrganisationId,
        claimId: entry.claimId,
        trancheId: entry.trancheId,
        reversesEntryId: entry.id,
        amountCents: -entry.amountCents,
        note: input.note,
        createdBy: actor.userId,
        createdAt: now.toISOString(),
      })
      .returning({ id: ledgerEntries.id })
      .get().id;
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'ledger.reversed',
      subjectType: 'ledger_entry',
      subjectId: entry.id,
      ip: req.ip,
      details: { reversalId: id, amountCents: entry.amountCents, note: input.note },
    });
    // A paid item that is reversed gets a corrective notice to its payee.
    issueCorrectiveNotice(deps, tx, {
      reversalEntryId: id,
      reversedEntryId: entry.id,
      actorUserId: actor.userId,
      now,
    });
    return { id };
  });
}

const ledgerSorts: SortKeys<'newest', { id: number }> = {
  newest: { column: ledgerEntries.id, type: 'int', value: (r) => r.id },
};

/** The ledger as each side may see it: everything (coordinator), its payments (others). */
export function listLedger(deps: Deps, actor: Actor, input: z.infer<typeof ledgerListInput>) {
  const where: (SQL | undefined)[] = [];
  if (actor.role === 'employer')
    where.push(eq(ledgerEntries.payeeBusinessId, actor.businessId ?? -1));
  else if (actor.role !== 'coordinator')
    where.push(eq(ledgerEntries.organisationId, actor.organisationId ?? -1));
  if (input.phaseId) where.push(eq(ledgerEntries.phaseId, input.phaseId));
  if (input.fund) where.push(eq(ledgerEntries.fund, input.fund));
  const page = keyset(ledgerSorts, ledgerEntries.id, input.sort, input.cursor);
  where.push(page.after);
  const rows = deps.db
    .select({
      id: ledgerEntries.id,
      kind: ledgerEntries.kind,
      fund: ledgerEntries.fund,
      phaseId: ledgerEntries.phaseId,
      pairingId: ledgerEntries.pairingId,
      amountCents: ledgerEntries.amountCents,
      note: ledgerEntries.note,
      createdAt: ledgerEntries.createdAt,
      reversesEntryId: ledgerEntries.reversesEntryId,
      claimId: ledgerEntries.claimId,
      trancheId: ledgerEntries.trancheId,
      payeeBusiness: businesses.legalName,
      payeeOrganisation: organisations.name,
      paidOn: payments.paidOn,
      paymentReference: payments.reference,
    })
    .from(ledgerEntries)
    .leftJoin(businesses, eq(businesses.id, ledgerEntries.payeeBusinessId))
    .leftJoin(organisations, eq(organisations.id, ledgerEntries.payeeOrganisationId))
    .leftJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
    .where(and(...where))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1)
    .all();
  return page.page(rows, input.limit);
}

/** The coordinator's queue: submitted claims and due tranches, oldest first. */
export function reviewQueue(deps: Deps) {
  const claimRows = deps.db
    .select({
      id: claims.id,
      pairingId: claims.pairingId,
      periodStart: claims.periodStart,
      periodEnd: claims.periodEnd,
      hoursWorkedHundredths: claims.hoursWorkedHundredths,
      grossWagesCents: claims.grossWagesCents,
      amountCents: claims.amountCents,
      submittedAt: claims.submittedAt,
      businessName: businesses.legalName,
      hourlyWageCents: pairings.hourlyWageCents,
      phaseNumber: phases.number,
      postingTitle: postings.title,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
    })
    .from(claims)
    .innerJoin(pairings, eq(pairings.id, claims.pairingId))
    .innerJoin(businesses, eq(businesses.id, pairings.businessId))
    .innerJoin(phases, eq(phases.id, pairings.phaseId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .where(eq(claims.status, 'submitted'))
    .orderBy(claims.submittedAt)
    .limit(200)
    .all();
  const trancheRows = deps.db
    .select({
      id: tranches.id,
      pairingId: tranches.pairingId,
      milestone: tranches.milestone,
      amountCents: tranches.amountCents,
      dueOn: tranches.dueOn,
      organisationName: organisations.name,
      phaseNumber: phases.number,
      postingTitle: postings.title,
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
    })
    .from(tranches)
    .innerJoin(pairings, eq(pairings.id, tranches.pairingId))
    .innerJoin(organisations, eq(organisations.id, pairings.organisationId))
    .innerJoin(phases, eq(phases.id, pairings.phaseId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .where(eq(tranches.status, 'due'))
    .orderBy(tranches.dueOn)
    .limit(200)
    .all();
  const unpaid = deps.db
    .select({
      id: ledgerEntries.id,
      kind: ledgerEntries.kind,
      amountCents: ledgerEntries.amountCents,
      createdAt: ledgerEntries.createdAt,
      payeeBusiness: businesses.legalName,
      payeeOrganisation: organisations.name,
    })
    .from(ledgerEntries)
    .leftJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
    .leftJoin(businesses, eq(businesses.id, ledgerEntries.payeeBusinessId))
    .leftJoin(organisations, eq(organisations.id, ledgerEntries.payeeOrganisationId))
    .where(
      and(
        isNull(payments.id),
        ne(ledgerEntries.kind, 'reversal'),
        sql`NOT EXISTS (SELECT 1 FROM ledger_entries r WHERE r.reverses_entry_id = ${ledgerEntries.id})`,
      ),
    )
    .orderBy(ledgerEntries.id)
    .limit(200)
    .all();
  // Each claim's proofs of pay, for the review card (the files are downloads).
  const proofs = proofsOfClaims(
    deps.db,
    claimRows.map((c) => c.id),
  );
  return {
    claims: claimRows.map((c) => ({ ...c, proofs: proofs.filter((p) => p.claimId === c.id) })),
    tranches: trancheRows,
    toPay: unpaid,
  };
}
