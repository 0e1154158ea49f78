// What waits for the coordination: claims and tranches to review, approved entries to pay.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';

export type ClaimToReview = RouterOutputs['money']['claimsToReview']['items'][number];
export type TrancheToReview = RouterOutputs['money']['tranchesToReview']['items'][number];
export type EntryToPay = RouterOutputs['money']['entriesToPay']['items'][number];

/** What waits for the coordination, counted and summed by the server (any size). */
export function useReviewQueue() {
  const trpc = useTRPC();
  return useQuery(trpc.money.reviewQueue.queryOptions());
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
