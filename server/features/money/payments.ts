// Paying approved ledger entries: one at a time (markPaid), or a batch at once (payBatch: one
// transfer file, the same day and reference for every entry). A batch is ONE immediate
// transaction: every entry is paid, or none is (a refusal names the entry). It is idempotent:
// the client makes a batch key when the form opens, unique in the database; the same batch
// submitted again (double click, a retry after a lost answer) answers what was recorded the
// first time, and a different batch under the same key is refused. Payments are appended to
// the ledger's payments (never edited); budgets follow by the database's triggers. Each payee
// gets its payment notice in the same transaction: one for a single payment, one per payee for a
// batch (features/notices/paymentNotices.ts).
import { eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { paymentBreaches, refuseFirst } from '../../../shared/dateRules';
import { quebecToday } from '../../../shared/dates';
import { appError } from '../../../shared/errors';
import type { markPaidInput, payBatchInput } from '../../../shared/money/schemas';
import type { Tx } from '../../db/client';
import { ledgerEntries, paymentBatches, payments } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { issuePaymentNotices } from '../notices/paymentNotices';
import { notifyPaymentMade } from '../notifications/emitters';

interface Payment {
  ledgerEntryId: number;
  paidOn: string;
  reference: string;
  batchId: number | null;
}

/** Pays one entry inside the caller's transaction; refusals carry the entry's id. */
function payEntry(deps: Deps, tx: Tx, actor: Actor, p: Payment, now: Date, req: RequestInfo) {
  const params = { entryId: p.ledgerEntryId };
  const entry = tx.select().from(ledgerEntries).where(eq(ledgerEntries.id, p.ledgerEntryId)).get();
  if (!entry) throw appError('ledger.notFound', params);
  if (entry.kind === 'reversal') throw appError('ledger.cannotPayReversal', params);
  const reversed = tx
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(eq(ledgerEntries.reversesEntryId, entry.id))
    .get();
  if (reversed) throw appError('ledger.alreadyReversed', params);
  const paid = tx
    .select({ id: payments.id })
    .from(payments)
    .where(eq(payments.ledgerEntryId, entry.id))
    .get();
  if (paid) throw appError('ledger.alreadyPaid', params);
  // Paid on a day from its approval to today (in a batch, the refusal names the entry).
  refuseFirst(
    paymentBreaches(
      p.paidOn,
      { approvedOn: quebecToday(new Date(entry.createdAt)) },
      quebecToday(now),
    ).map((b) => ({ ...b, params: { ...b.params, ...params } })),
  );
  tx.insert(payments)
    .values({
      ledgerEntryId: entry.id,
      paidOn: p.paidOn,
      reference: p.reference,
      recordedBy: actor.userId,
      recordedAt: now.toISOString(),
      batchId: p.batchId,
    })
    .run();
  notifyPaymentMade(deps, tx, entry.id, p.paidOn, now);
  recordAudit(tx, {
    at: now,
    actorUserId: actor.userId,
    action: 'ledger.paid',
    subjectType: 'ledger_entry',
    subjectId: entry.id,
    ip: req.ip,
    details: {
      amountCents: entry.amountCents,
      reference: p.reference,
      paidOn: p.paidOn,
      batchId: p.batchId,
    },
  });
  return entry.amountCents;
}

export function markPaid(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof markPaidInput>,
  req: RequestInfo,
) {
  const now = deps.clock.now();
  deps.db.transaction(
    (tx) => {
      payEntry(deps, tx, actor, { ...input, batchId: null }, now, req);
      issuePaymentNotices(deps, tx, {
        ledgerEntryIds: [input.ledgerEntryId],
        paidOn: input.paidOn,
        reference: input.reference,
        actorUserId: actor.userId,
        now,
      });
    },
    { behavior: 'immediate' },
  );
}

export interface BatchResult {
  batchId: number;
  count: number;
  totalCents: number;
  /** True when this key was already recorded: nothing new was written. */
  replayed: boolean;
}

const sameIds = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export function payBatch(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof payBatchInput>,
  req: RequestInfo,
): BatchResult {
  const now = deps.clock.now();
  const ids = [...new Set(input.ledgerEntryIds)].sort((a, b) => a - b);
  return deps.db.transaction(
    (tx) => {
      const earlier = tx
        .select()
        .from(paymentBatches)
        .where(eq(paymentBatches.batchKey, input.batchKey))
        .get();
      if (earlier) {
        const same =
          sameIds(earlier.ledgerEntryIds, ids) &&
          earlier.paidOn === input.paidOn &&
          earlier.reference === input.reference;
        if (!same) throw appError('ledger.batchKeyReused');
        return {
          batchId: earlier.id,
          count: earlier.ledgerEntryIds.length,
          totalCents: earlier.totalCents,
          replayed: true,
        };
      }
      // The batch row is written once (append-only): its total first, then each payment.
      const totalCents =
        tx
          .select({
            total: sql<number>`coalesce(sum(${ledgerEntries.amountCents}), 0)`.mapWith(Number),
          })
          .from(ledgerEntries)
          .where(inArray(ledgerEntries.id, ids))
          .get()?.total ?? 0;
      const batchId = tx
        .insert(paymentBatches)
        .values({
          batchKey: input.batchKey,
          paidOn: input.paidOn,
          reference: input.reference,
          ledgerEntryIds: ids,
          totalCents: Math.max(0, totalCents),
          recordedBy: actor.userId,
          recordedAt: now.toISOString(),
        })
        .returning({ id: paymentBatches.id })
        .get().id;
      for (const ledgerEntryId of ids) {
        payEntry(
          deps,
          tx,
          actor,
          { ledgerEntryId, paidOn: input.paidOn, reference: input.reference, batchId },
          now,
          req,
        );
      }
      issuePaymentNotices(deps, tx, {
        ledgerEntryIds: ids,
        paidOn: input.paidOn,
        reference: input.reference,
        actorUserId: actor.userId,
        now,
      });
      return { batchId, count: ids.length, totalCents, replayed: false };
    },
    { behavior: 'immediate' },
  );
}
