// What the organisation's proposals open with, for a first load (the link of an email about an
// employer's answer lands here, filtered by status): the first page for the view in the URL,
// started while the page's code and the catalogue arrive (App.tsx); the page asks the same query
// (the view's shape and the list's input are kept here) and finds it there.
import { proposalStatuses } from '../../../../shared/proposals/proposalMachine';
import { proposalSortKeys } from '../../../../shared/sortKeys';
import type { PageOpening } from '../../lib/featureRoutes';
import { nextPage } from '../../lib/listPages';
import type { TRPC } from '../../lib/trpc';
import { urlDir, urlEnum, urlSort } from '../../lib/urlParams';
import { parseUrlState, type UrlValues } from '../../lib/urlState';

export const proposalsView = {
  status: urlEnum(proposalStatuses),
  sort: urlSort(proposalSortKeys, 'updated'),
  dir: urlDir('desc'),
};

export function proposalsQuery(trpc: TRPC, v: UrlValues<typeof proposalsView>) {
  return trpc.proposals.list.infiniteQueryOptions(
    { status: v.status, sort: { by: v.sort, dir: v.dir } },
    nextPage,
  );
}

export function prefetchProposals({ qc, trpc, search }: PageOpening): void {
  void qc.prefetchInfiniteQuery(proposalsQuery(trpc, parseUrlState(proposalsView, search)));
}
