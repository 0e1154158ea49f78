// What the payment notices' pages open with, for a first load (the notice's email links to it):
// the notice in the reader's language, or the first page of the list, asked while the page's
// code and the catalogue arrive (App.tsx). The pages ask the same queries and find them there.
import type { PageOpening } from '../../../lib/featureRoutes';
import { parseId } from '../../../lib/ids';
import { nextPage } from '../../../lib/listPages';
import type { TRPC } from '../../../lib/trpc';

export function prefetchNotice({ qc, trpc, params, locale }: PageOpening): void {
  const noticeId = parseId(params.id);
  if (noticeId === null) return;
  void qc.prefetchQuery(trpc.notices.get.queryOptions({ noticeId, locale }));
}

export function noticesQuery(trpc: TRPC) {
  return trpc.notices.list.infiniteQueryOptions({ limit: 50 }, nextPage);
}

export function prefetchNotices({ qc, trpc }: PageOpening): void {
  void qc.prefetchInfiniteQuery(noticesQuery(trpc));
}
