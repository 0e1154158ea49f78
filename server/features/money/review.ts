// The coordinator reviews claims and due accompaniment tranches: approve (an entry in the
// append-only ledger) or reject (coded reason + comment). Reversing entries are appended too
// (payments: features/money/payments.ts): nothing in the ledger is ever updated or deleted.
import { and, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { refuseFirst, trancheApprovalBreaches } from '../../../shared/dateRules';
import { quebecToday } from '../../../shared/dates';
import { appError } from '../../../shared/errors';
import { findClaimTransition, findTrancheTransition } from '../../../shared/money/machines';
import type {
  ledgerListInput,
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
  tranches,
} from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { pairingPersonAnonymised } from '../jobSeekers/retention';
import { keyset, type SortKeys } from '../lists/keyset';
import { issueCorrectiveNotice } from '../notices/paymentNotices';
import { notifyReviewed } from '../notifications/emitters';
import { recomputeCommitment } from '../pairings/pairingLifecycle';

type Review = z.infer<typeof reviewInput>;
type Pairing = typeof pairings.$inferSelect;

/** What differs between reviewing a claim (wage, paid to the business) and a tranche. */
interface Reviewable {
  id: number;
  status: 'submitted' | 'approved' | 'rejected' | 'due' | 'reversed';
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
  // An anonymised person's records keep no free text: the coded reason says why.
  const comment = rejected && !pairingPersonAnonymised(tx, item.pairing.id) ? input.comment : '';
  tx.update(item.table)
    .set({
      status: item.to,
      rejectReason: rejected ? (input.reason ?? null) : null,
      rejectComment: comment || null,
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
    if (!t || (t.to !== 'approved' && t.to !== 'rejected'))
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
    if (!t || (t.to !== 'approved' && t.to !== 'rejected'))
      throw appError('tranche.illegalTransition', { from: row.tranche.status });
    // Money becomes due only when its milestone has happened (the hire's: its start date).
    if (t.to === 'approved') refuseFirst(trancheApprovalBreaches(row.tranche, quebecToday(now)));
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

/**
 * A reversed entry's claim or tranche stops counting (status 'reversed'), wherever approved money
 * counts: the pairing's maximum and the pay periods held by claims (features/money/claims.ts),
 * commitments, budgets and reports. So the corrected claim for the same period can be
 * submitted; a tranche, whose milestone has still happened, is due again for a new decision.
 */
function restoreWhatTheEntryBlocked(
  tx: Tx,
  actor: Actor,
  entry: typeof ledgerEntries.$inferSelect,
  now: Date,
) {
  const reviewed = { reviewedBy: actor.userId, reviewedAt: now.toISOString() };
  if (entry.claimId !== null) {
    const claim = tx.select().from(claims).where(eq(claims.id, entry.claimId)).get();
    const t = claim && findClaimTransition(claim.status, 'reverse', actor.role);
    if (!claim || !t) throw appError('claim.illegalTransition', { from: claim?.status ?? '' });
    tx.update(claims)
      .set({ status: t.to, ...reviewed })
      .where(eq(claims.id, claim.id))
      .run();
  }
  if (entry.trancheId !== null) {
    const tranche = tx.select().from(tranches).where(eq(tranches.id, entry.trancheId)).get();
    const t = tranche && findTrancheTransition(tranche.status, 'reverse', actor.role);
    if (!tranche || !t) {
      throw appError('tranche.illegalTransition', { from: tranche?.status ?? '' });
    }
    tx.update(tranches)
      .set({ status: t.to, ...reviewed })
      .where(eq(tranches.id, tranche.id))
      .run();
    tx.insert(tranches)
      .values({
        pairingId: tranche.pairingId,
        milestone: tranche.milestone,
        amountCents: tranche.amountCents,
        dueOn: tranche.dueOn,
      })
      .run();
  }
  const phase = tx
    .select({ rules: phases.rules })
    .from(phases)
    .where(eq(phases.id, entry.phaseId))
    .get();
  if (phase?.rules) recomputeCommitment(tx, entry.pairingId, phase.rules);
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
        // An anonymised person's records keep no free text (anonymisation erased the others).
        note: pairingPersonAnonymised(tx, entry.pairingId) ? '' : input.note,
        createdBy: actor.userId,
        createdAt: now.toISOString(),
      })
      .returning({ id: ledgerEntries.id })
      .get().id;
    restoreWhatTheEntryBlocked(tx, actor, entry, now);
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'ledger.reversed',
      subjectType: 'ledger_entry',
      subjectId: entry.id,
      ip: req.ip,
      // The note stays in the entry (erasable with the person's file), never copied here.
      details: { reversalId: id, amountCents: entry.amountCents },
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
      // The pairing's person, read with the entry (screens never look names up elsewhere).
      firstName: jobSeekers.firstName,
      lastName: jobSeekers.lastName,
    })
    .from(ledgerEntries)
    .innerJoin(pairings, eq(pairings.id, ledgerEntries.pairingId))
    .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
    .leftJoin(businesses, eq(businesses.id, ledgerEntries.payeeBusinessId))
    .leftJoin(organisations, eq(organisations.id, ledgerEntries.payeeOrganisationId))
    .leftJoin(payments, eq(payments.ledgerEntryId, ledgerEntries.id))
    .where(and(...where))
    .orderBy(...page.orderBy)
    .limit(input.limit + 1)
    .all()
    // An employer knows the person by first name and initial.
    .map((r) =>
      actor.role === 'employer' ? { ...r, lastName: `${r.lastName.charAt(0).toUpperCase()}.` } : r,
    );
  return page.page(rows, input.limit);
}
