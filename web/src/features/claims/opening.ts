// What the claims' list opens with, for a first load (a bookmark, a reload): the first page for
// the view in the URL — and, for the coordination, the phases and organisations of its filters —
// started while the page's code and the catalogue arrive (App.tsx); ClaimsPage asks the same
// queries (the view's shape and the list's input are kept here) and finds them there.
import { claimStatuses } from '../../../../shared/money/machines';
import type { Role } from '../../../../shared/roles';
import { claimSortKeys } from '../../../../shared/sortKeys';
import type { PageOpening } from '../../lib/featureRoutes';
import { nextPage } from '../../lib/listPages';
import type { TRPC } from '../../lib/trpc';
import { urlDir, urlEnum, urlId, urlSort } from '../../lib/urlParams';
import { parseUrlState, type UrlValues } from '../../lib/urlState';

export const claimsView = {
  status: urlEnum(claimStatuses),
  phase: urlId,
  org: urlId,
  sort: urlSort(claimSortKeys, 'newest'),
  dir: urlDir('desc'),
};

/** The list's first page; the phase and organisation filters are the coordination's only. */
export function claimsQuery(trpc: TRPC, v: UrlValues<typeof claimsView>, role: Role) {
  const coordinator = role === 'coordinator';
  return trpc.money.claims.infiniteQueryOptions(
    {
      status: v.status,
      phaseId: coordinator ? v.phase : undefined,
      organisationId: coordinator ? v.org : undefined,
      sort: { by: v.sort, dir: v.dir },
    },
    nextPage,
  );
}

export function prefetchClaims({ qc, trpc, search, role }: PageOpening): void {
  void qc.prefetchInfiniteQuery(claimsQuery(trpc, parseUrlState(claimsView, search), role));
  if (role !== 'coordinator') return;
  void qc.prefetchQuery(trpc.phases.list.queryOptions());
  void qc.prefetchQuery(trpc.directory.organisations.queryOptions());
}
