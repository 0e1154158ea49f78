// What each event tells whom. Each emitter reads what its message needs (titles, business and
// organisation names, amounts: never a person's name) and calls notify() in the caller's
// transaction, so the event and its notifications commit together.
import { and, eq, isNull, like, sql } from 'drizzle-orm';
import { PROPOSAL_REMINDER_DAYS } from '../../../shared/proposals/proposalMachine';
import type { Db, DbOrTx } from '../../db/client';
import { prepared } from '../../db/prepared';
import {
  businesses,
  claims,
  ledgerEntries,
  notifications,
  organisations,
  pairings,
  postings,
  proposals,
  tranches,
} from '../../db/schema';
import { type NotifyDeps, notify } from './notify';
import { businessUsers, coordinators, organisationSide } from './recipients';

function proposalFacts(tx: DbOrTx, proposalId: number) {
  return tx
    .select({
      id: proposals.id,
      postingId: proposals.postingId,
      proposedBy: proposals.proposedBy,
      postingTitle: postings.title,
      businessId: postings.businessId,
      businessName: businesses.legalName,
      organisationName: organisations.name,
    })
    .from(proposals)
    .innerJoin(postings, eq(postings.id, proposals.postingId))
    .innerJoin(businesses, eq(businesses.id, postings.businessId))
    .innerJoin(organisations, eq(organisations.id, proposals.organisationId))
    .where(eq(proposals.id, proposalId))
    .get();
}

// Read for every hire, claim review and payment: prepared once per database, run in the
// caller's transaction (same connection).
const pairingFactsQuery = (db: Db) =>
  prepared(db, 'notifications.pairingFacts', () =>
    db
      .select({
        id: pairings.id,
        organisationId: pairings.organisationId,
        businessId: pairings.businessId,
        proposedBy: proposals.proposedBy,
        counsellorId: pairings.counsellorId,
        postingTitle: postings.title,
        businessName: businesses.legalName,
      })
      .from(pairings)
      .innerJoin(proposals, eq(proposals.id, pairings.proposalId))
      .innerJoin(postings, eq(postings.id, pairings.postingId))
      .innerJoin(businesses, eq(businesses.id, pairings.businessId))
      .where(eq(pairings.id, sql.placeholder('pairingId')))
      .prepare(),
  );

/** A pairing's parties and titles, as every notice about it names them. */
export function pairingFacts(deps: NotifyDeps, pairingId: number) {
  return pairingFactsQuery(deps.db).get({ pairingId });
}

/** The employer's link to a candidate card on the posting. */
const candidateLink = (postingId: number, proposalId: number) =>
  `/postings/${postingId}?proposal=${proposalId}`;

export function notifyProposalReceived(
  deps: NotifyDeps,
  tx: DbOrTx,
  proposalId: number,
  now: Date,
) {
  const p = proposalFacts(tx, proposalId);
  if (!p) return;
  notify(deps, tx, {
    recipients: businessUsers(deps.db, p.businessId),
    kind: 'proposal_received',
    params: {
      proposalId: p.id,
      postingId: p.postingId,
      postingTitle: p.postingTitle,
      organisationName: p.organisationName,
    },
    link: candidateLink(p.postingId, p.id),
    dedupeKey: `proposal:${p.id}:received`,
    now,
  });
}

export function notifyProposalUnanswered(
  deps: NotifyDeps,
  tx: DbOrTx,
  proposalId: number,
  now: Date,
) {
  const p = proposalFacts(tx, proposalId);
  if (!p) return;
  notify(deps, tx, {
    recipients: businessUsers(deps.db, p.businessId),
    kind: 'proposal_unanswered',
    params: {
      proposalId: p.id,
      postingId: p.postingId,
      postingTitle: p.postingTitle,
      days: PROPOSAL_REMINDER_DAYS,
    },
    link: candidateLink(p.postingId, p.id),
    dedupeKey: `proposal:${p.id}:unanswered`,
    now,
  });
}

/** The employer's answer, to the counsellor who proposed: an interview or a decline. */
export function notifyProposalAnswered(
  deps: NotifyDeps,
  tx: DbOrTx,
  proposalId: number,
  status: string,
  now: Date,
) {
  if (status !== 'interview' && status !== 'declined') return;
  const p = proposalFacts(tx, proposalId);
  if (!p) return;
  notify(deps, tx, {
    recipients: [p.proposedBy],
    kind: 'proposal_answered',
    params: {
      variant: status,
      proposalId: p.id,
      postingTitle: p.postingTitle,
      businessName: p.businessName,
    },
    link: `/proposals?status=${status}`,
    dedupeKey: `proposal:${p.id}:${status}`,
    now,
  });
}

/** A hire: the organisation (counsellor who proposed, admins) and the coordinators. */
export function notifyHireConfirmed(deps: NotifyDeps, tx: DbOrTx, pairingId: number, now: Date) {
  const p = pairingFacts(deps, pairingId);
  if (!p) return;
  const params = { pairingId: p.id, postingTitle: p.postingTitle, businessName: p.businessName };
  const dedupeKey = `pairing:${p.id}:hired`;
  notify(deps, tx, {
    recipients: organisationSide(deps.db, p.proposedBy, p.organisationId),
    kind: 'hire_confirmed',
    params,
    link: `/accompaniment/${p.id}`,
    dedupeKey,
    now,
  });
  notify(deps, tx, {
    recipients: coordinators(deps.db),
    kind: 'hire_confirmed',
    params,
    link: `/pairings/${p.id}`,
    dedupeKey,
    now,
  });
}

export function notifyClaimSubmitted(deps: NotifyDeps, tx: DbOrTx, claimId: number, now: Date) {
  const c = tx
    .select({
      id: claims.id,
      pairingId: claims.pairingId,
      amountCents: claims.amountCents,
      periodStart: claims.periodStart,
      periodEnd: claims.periodEnd,
      businessName: businesses.legalName,
    })
    .from(claims)
    .innerJoin(pairings, eq(pairings.id, claims.pairingId))
    .innerJoin(businesses, eq(businesses.id, pairings.businessId))
    .where(eq(claims.id, claimId))
    .get();
  if (!c) return;
  notify(deps, tx, {
    recipients: coordinators(deps.db),
    kind: 'claim_submitted',
    params: {
      claimId: c.id,
      pairingId: c.pairingId,
      amountCents: c.amountCents,
      periodStart: c.periodStart,
      periodEnd: c.periodEnd,
      businessName: c.businessName,
    },
    link: '/money/review',
    dedupeKey: `claim:${c.id}:submitted`,
    now,
  });
}

/**
 * A coordinator's decision: on a claim, to the employer's people; on an accompaniment tranche,
 * to the organisation's side of the pairing.
 */
export function notifyReviewed(
  deps: NotifyDeps,
  tx: DbOrTx,
  item: { subject: 'claim' | 'tranche'; id: number; status: 'approved' | 'rejected' },
  now: Date,
) {
  const table = item.subject === 'claim' ? claims : tranches;
  const row = tx
    .select({ pairingId: table.pairingId, amountCents: table.amountCents })
    .from(table)
    .where(eq(table.id, item.id))
    .get();
  const p = row && pairingFacts(deps, row.pairingId);
  if (!row || !p) return;
  const toEmployer = item.subject === 'claim';
  notify(deps, tx, {
    recipients: toEmployer
      ? businessUsers(deps.db, p.businessId)
      : organisationSide(deps.db, p.proposedBy, p.organisationId),
    kind: 'claim_reviewed',
    params: {
      variant: `${item.subject}_${item.status}`,
      [`${item.subject}Id`]: item.id,
      pairingId: p.id,
      amountCents: row.amountCents,
      postingTitle: p.postingTitle,
      businessName: p.businessName,
    },
    link: toEmployer ? `/pairings/${p.id}` : `/accompaniment/${p.id}`,
    dedupeKey: `${item.subject}:${item.id}:${item.status}`,
    now,
  });
}

/** A payment recorded on a ledger entry: to its payee (the business, or the organisation). */
export function notifyPaymentMade(
  deps: NotifyDeps,
  tx: DbOrTx,
  ledgerEntryId: number,
  paidOn: string,
  now: Date,
) {
  const e = tx
    .select({
      id: ledgerEntries.id,
      pairingId: ledgerEntries.pairingId,
      amountCents: ledgerEntries.amountCents,
      payeeBusinessId: ledgerEntries.payeeBusinessId,
    })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.id, ledgerEntryId))
    .get();
  const p = e && pairingFacts(deps, e.pairingId);
  if (!e || !p) return;
  const toEmployer = e.payeeBusinessId !== null;
  notify(deps, tx, {
    recipients: toEmployer
      ? businessUsers(deps.db, e.payeeBusinessId ?? p.businessId)
      : organisationSide(deps.db, p.proposedBy, p.organisationId),
    kind: 'payment_made',
    params: {
      variant: toEmployer ? 'wage' : 'accompaniment',
      ledgerEntryId: e.id,
      pairingId: p.id,
      amountCents: e.amountCents,
      paidOn,
      postingTitle: p.postingTitle,
      businessName: p.businessName,
    },
    link: toEmployer ? `/pairings/${p.id}` : `/accompaniment/${p.id}`,
    dedupeKey: `payment:${e.id}`,
    now,
  });
}

/**
 * A withdrawn proposal has nothing left to do for the business: its unread notifications (received,
 * unanswered reminder) are marked read, so a person proposed again shows as one new proposal.
 */
export function retireProposalNotifications(tx: DbOrTx, proposalId: number, now: Date) {
  tx.update(notifications)
    .set({ readAt: now.toISOString() })
    .where(
      and(like(notifications.dedupeKey, `proposal:${proposalId}:%`), isNull(notifications.readAt)),
    )
    .run();
}
