// What an employer's posting opens with, for a first load (the link of an email about a new
// candidate): the posting and its candidates, asked while the page's code and the catalogue
// arrive (App.tsx). PostingDetailPage asks the same queries and finds them there.
import type { PageOpening } from '../../lib/featureRoutes';
import { parseId } from '../../lib/ids';

export function prefetchPosting({ qc, trpc, params }: PageOpening): void {
  const postingId = parseId(params.id);
  if (postingId === null) return;
  void qc.prefetchQuery(trpc.postings.get.queryOptions({ postingId }));
  void qc.prefetchQuery(trpc.proposals.list.queryOptions({ postingId }));
}
