// What the employers' postings open with, for a first load: the app starts it while the page's
// code and the catalogue arrive (App.tsx), and the page, asking the same query, finds it there.
// A posting opened from an email's link (a new candidate): the posting and its candidates; the
// employer's own list and the organisations' list of open postings: their first page, for the
// view in the URL (the same view shapes and inputs the pages use, kept here).
import { z } from 'zod';
import { postingStatuses } from '../../../../shared/postings/postingMachine';
import { regionCodes } from '../../../../shared/reference/regions';
import { postingSortKeys } from '../../../../shared/sortKeys';
import type { PageOpening } from '../../lib/featureRoutes';
import { parseId } from '../../lib/ids';
import { nextPage } from '../../lib/listPages';
import type { TRPC } from '../../lib/trpc';
import { urlDate, urlDir, urlEnum, urlSort, urlText } from '../../lib/urlParams';
import { parseUrlState, type UrlValues } from '../../lib/urlState';

export function prefetchPosting({ qc, trpc, params }: PageOpening): void {
  const postingId = parseId(params.id);
  if (postingId === null) return;
  void qc.prefetchQuery(trpc.postings.get.queryOptions({ postingId }));
  void qc.prefetchQuery(trpc.proposals.list.queryOptions({ postingId }));
}

/** The employer's own postings: the view in the URL (?status=open&q=…&sort=wage&dir=asc). */
export const myPostingsView = {
  status: urlEnum(postingStatuses),
  q: urlText,
  sort: urlSort(postingSortKeys, 'newest'),
  dir: urlDir('desc'),
};

export function myPostingsQuery(trpc: TRPC, v: UrlValues<typeof myPostingsView>) {
  return trpc.postings.list.infiniteQueryOptions(
    { limit: 20, status: v.status, q: v.q, sort: { by: v.sort, dir: v.dir } },
    nextPage,
  );
}

export function prefetchMyPostings({ qc, trpc, search }: PageOpening): void {
  void qc.prefetchInfiniteQuery(myPostingsQuery(trpc, parseUrlState(myPostingsView, search)));
}

/** The open postings the organisations propose candidates for: region, occupation, words, dates. */
export const openPostingsView = {
  region: urlEnum(regionCodes),
  noc: z
    .string()
    .regex(/^\d{1,5}$/)
    .optional(),
  q: urlText,
  from: urlDate,
  to: urlDate,
  sort: urlSort(postingSortKeys, 'newest'),
  dir: urlDir('desc'),
};

export function openPostingsQuery(trpc: TRPC, v: UrlValues<typeof openPostingsView>) {
  return trpc.postings.list.infiniteQueryOptions(
    {
      regionCode: v.region,
      nocPrefix: v.noc,
      q: v.q || undefined,
      startFrom: v.from,
      startTo: v.to,
      sort: { by: v.sort, dir: v.dir },
      limit: 30,
    },
    nextPage,
  );
}

export function prefetchOpenPostings({ qc, trpc, search }: PageOpening): void {
  void qc.prefetchInfiniteQuery(openPostingsQuery(trpc, parseUrlState(openPostingsView, search)));
}
