// What the ledger opens with, for a first load (a bookmark, a reload): its first page for the
// view in the URL and the phases of its filter, started while the page's code and the catalogue arrive (App.tsx); LedgerPage
// asks the same query (the view's shape and the list's input are kept here) and finds it there.
import type { PageOpening } from '../../lib/featureRoutes';
import { nextPage } from '../../lib/listPages';
import type { TRPC } from '../../lib/trpc';
import { urlEnum, urlId } from '../../lib/urlParams';
import { parseUrlState, type UrlValues } from '../../lib/urlState';

export const ledgerView = {
  phase: urlId,
  fund: urlEnum(['wage', 'accompaniment']),
};

export function ledgerQuery(trpc: TRPC, v: UrlValues<typeof ledgerView>) {
  return trpc.money.ledger.infiniteQueryOptions(
    { limit: 50, phaseId: v.phase, fund: v.fund },
    nextPage,
  );
}

export function prefetchLedger({ qc, trpc, search }: PageOpening): void {
  void qc.prefetchInfiniteQuery(ledgerQuery(trpc, parseUrlState(ledgerView, search)));
  void qc.prefetchQuery(trpc.phases.list.queryOptions());
}
