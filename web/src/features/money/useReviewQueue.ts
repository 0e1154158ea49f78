// What waits for the coordination: claims and tranches to review, approved entries to pay.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type ReviewQueue = RouterOutputs['money']['reviewQueue'];

/**
 * The review queue, with « to pay » cleared of entries reversed before they were paid: the API
 * lists every approved entry without a payment, and such an entry is not to be paid (reversals
 * are recent, so the last 200 ledger entries are enough to find them).
 */
export function useReviewQueue() {
  const trpc = useTRPC();
  const queue = useQuery(trpc.money.reviewQueue.queryOptions());
  const recent = useQuery(trpc.money.ledger.queryOptions({ limit: 200 }));
  const reversed = new Set(
    (recent.data?.items ?? []).map((e) => e.reversesEntryId).filter((id) => id !== null),
  );
  const toPay = queue.data?.toPay.filter((e) => !reversed.has(e.id)) ?? [];
  return { queue, toPay };
}

/** Everything that shows money figures, refreshed after a review, a payment or a reversal. */
export function useRefreshMoney() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: trpc.money.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.phases.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.pairings.pathKey() }),
    ]);
  };
}
