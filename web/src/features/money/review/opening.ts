// What the coordination's review page opens with, for a first load (the link of an email about
// a claim to review): the totals and the first page of each list, asked while the page's code
// and the catalogue arrive (App.tsx). The page's lists ask the same queries and find them there.
import type { PageOpening } from '../../../lib/featureRoutes';
import { nextPage } from '../../../lib/listPages';

export function prefetchReview({ qc, trpc }: PageOpening): void {
  void qc.prefetchQuery(trpc.money.reviewQueue.queryOptions());
  void qc.prefetchInfiniteQuery(trpc.money.claimsToReview.infiniteQueryOptions({}, nextPage));
  void qc.prefetchInfiniteQuery(trpc.money.tranchesToReview.infiniteQueryOptions({}, nextPage));
  void qc.prefetchInfiniteQuery(trpc.money.entriesToPay.infiniteQueryOptions({}, nextPage));
}
