// What the agreements' pages open with, for a first load (an email's link asks a party to read
// and accept an agreement): the agreement in the reader's language, or the first page of those
// that wait for an acceptance, asked while the page's code and the catalogue arrive (App.tsx).
// The pages ask the same queries and find them there.
import type { PageOpening } from '../../lib/featureRoutes';
import { parseId } from '../../lib/ids';
import { nextPage } from '../../lib/listPages';
import type { TRPC } from '../../lib/trpc';

export function prefetchAgreement({ qc, trpc, params, locale }: PageOpening): void {
  const pairingId = parseId(params.id);
  if (pairingId === null) return;
  void qc.prefetchQuery(trpc.agreements.get.queryOptions({ pairingId, locale }));
}

export function awaitingQuery(trpc: TRPC) {
  return trpc.agreements.awaiting.infiniteQueryOptions({ limit: 50 }, nextPage);
}

export function prefetchAwaiting({ qc, trpc }: PageOpening): void {
  void qc.prefetchInfiniteQuery(awaitingQuery(trpc));
}
