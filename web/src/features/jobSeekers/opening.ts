// What the organisation's job seekers open with, for a first load: the first page for the view
// in the URL, started while the page's code and the catalogue arrive (App.tsx); the page asks
// the same query (the view's shape and the list's input are kept here) and finds it there.
import { z } from 'zod';
import { jobSeekerSortKeys } from '../../../../shared/sortKeys';
import type { PageOpening } from '../../lib/featureRoutes';
import { nextPage } from '../../lib/listPages';
import type { TRPC } from '../../lib/trpc';
import { urlDir, urlSort, urlText } from '../../lib/urlParams';
import { parseUrlState, type UrlValues } from '../../lib/urlState';

export const jobSeekersView = {
  q: urlText,
  status: z.enum(['active', 'closed']).default('active'),
  sort: urlSort(jobSeekerSortKeys, 'newest'),
  dir: urlDir('desc'),
};

export function jobSeekersQuery(trpc: TRPC, v: UrlValues<typeof jobSeekersView>) {
  return trpc.jobSeekers.list.infiniteQueryOptions(
    { q: v.q || undefined, status: v.status, sort: { by: v.sort, dir: v.dir }, limit: 50 },
    nextPage,
  );
}

export function prefetchJobSeekers({ qc, trpc, search }: PageOpening): void {
  void qc.prefetchInfiniteQuery(jobSeekersQuery(trpc, parseUrlState(jobSeekersView, search)));
}
