// What the coordination's review page opens with, for a first load (the link of an email about
// a claim to review): the totals and the first page of each list, asked while the page's code
// and the catalogue arrive (App.tsx). The page's lists ask the same queries and find them there.
import type { PageOpening } from '../../../lib/featureRoutes';

/** The review lists' pages: each answer says where the next one starts. */
export const pageOptions = {
  getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined,
};

export function prefetchReview({ qc, trpc }: PageOpening): void {
  void qc.prefetchQuery(trpc.money.reviewQueue.queryOptions());
  void qc.prefetchInfiniteQuery(trpc.money.claimsToReview.infiniteQueryOptions({}, pageOptions));
  void qc.prefetchInfiniteQuery(trpc.money.tranchesToReview.infiniteQueryOptions({}, pageOptions));
  void qc.prefetchInfiniteQuery(trpc.money.entriesToPay.infiniteQueryOptions({}, pageOptions));
}
