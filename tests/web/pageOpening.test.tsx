// Pages opened by a first load (from an email's link, a bookmark, a reload): what they show is
// asked at once (App.tsx starts it while their code arrives), under the very queries the pages
// ask, so they find it there — a pairing, an employer's posting, the coordination's review, and
// the first page of a list for the view in its URL; an address that names no record asks nothing.
import type { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '../../server/trpc/router';
import { prefetchJobSeekers } from '../../web/src/features/jobSeekers/opening';
import { prefetchReview } from '../../web/src/features/money/review/opening';
import { prefetchPairing } from '../../web/src/features/pairings/opening';
import {
  prefetchMyPostings,
  prefetchOpenPostings,
  prefetchPosting,
} from '../../web/src/features/postings/opening';
import { prefetchProposals } from '../../web/src/features/proposals/opening';
import type { PageOpening } from '../../web/src/lib/featureRoutes';
import { nextPage } from '../../web/src/lib/listPages';
import { makeQueryClient } from '../../web/src/lib/trpc';
import { answering } from './support';

const page = { items: [], nextCursor: null, count: 0, totalCents: 0 };
const answers = {
  'pairings.get': () => ({ id: 7 }),
  'agreements.get': () => ({ pairingId: 7 }),
  'postings.get': () => ({ id: 12 }),
  'proposals.list': () => [],
  'money.reviewQueue': () => ({}),
  'money.claimsToReview': () => page,
  'money.tranchesToReview': () => page,
  'money.entriesToPay': () => page,
  'postings.list': () => page,
  'jobSeekers.list': () => page,
};

function opening(qc: QueryClient, params: Record<string, string>, search = '') {
  const api = answering(answers);
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: api.client, queryClient: qc });
  const p: PageOpening = { qc, trpc, search, params, locale: 'en-CA' };
  return { api, trpc, p };
}

/** The input of the one list page a prefetch asks for, given the URL's query string. */
async function firstPageAsked(prefetch: (p: PageOpening) => void, search: string) {
  const { api, p } = opening(makeQueryClient(), {}, search);
  prefetch(p);
  await waitFor(() => expect(api.calls).toHaveLength(1));
  return api.calls[0];
}

describe('a page opened from an email’s link', () => {
  it('asks for the pairing and its agreement, in the reader’s language, as the page does', async () => {
    const qc = makeQueryClient();
    const { api, trpc, p } = opening(qc, { id: '7' });
    prefetchPairing(p);
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls).toEqual([
      { path: 'pairings.get', input: { pairingId: 7 } },
      { path: 'agreements.get', input: { pairingId: 7, locale: 'en-CA' } },
    ]);
    // PairingPage asks pairings.get({ pairingId }), AgreementCard agreements.get({ pairingId, locale }).
    await waitFor(() =>
      expect(
        qc.getQueryData(trpc.agreements.get.queryKey({ pairingId: 7, locale: 'en-CA' })),
      ).toEqual({ pairingId: 7 }),
    );
    expect(qc.getQueryData(trpc.pairings.get.queryKey({ pairingId: 7 }))).toEqual({ id: 7 });
  });

  it('asks for the employer’s posting and its candidates', async () => {
    const qc = makeQueryClient();
    const { api, trpc, p } = opening(qc, { id: '12' });
    prefetchPosting(p);
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls.map((c) => [c.path, c.input])).toEqual([
      ['postings.get', { postingId: 12 }],
      ['proposals.list', { postingId: 12 }],
    ]);
    await waitFor(() =>
      expect(qc.getQueryData(trpc.proposals.list.queryKey({ postingId: 12 }))).toEqual([]),
    );
  });

  it('asks for the review’s totals and the first page of each of its lists', async () => {
    const qc = makeQueryClient();
    const { api, trpc, p } = opening(qc, {});
    prefetchReview(p);
    await waitFor(() => expect(api.calls).toHaveLength(4));
    expect(api.calls.map((c) => c.path).sort()).toEqual([
      'money.claimsToReview',
      'money.entriesToPay',
      'money.reviewQueue',
      'money.tranchesToReview',
    ]);
    // The lists ask infiniteQueryOptions({}, nextPage): the same first page.
    await waitFor(() =>
      expect(
        qc.getQueryData(trpc.money.claimsToReview.infiniteQueryOptions({}, nextPage).queryKey),
      ).toMatchObject({ pages: [page] }),
    );
  });

  it('asks nothing for an address that names no record', async () => {
    const qc = makeQueryClient();
    const { api, p } = opening(qc, { id: 'abc' });
    prefetchPairing(p);
    prefetchPosting({ ...p, params: { id: '0' } });
    prefetchPairing({ ...p, params: {} });
    await new Promise((r) => setTimeout(r, 20));
    expect(api.calls).toEqual([]);
  });

  it('asks for the first page of a list, for the view in its URL (bad parameters fall back)', async () => {
    expect(await firstPageAsked(prefetchProposals, '?status=interview')).toMatchObject({
      path: 'proposals.list',
      input: { status: 'interview', sort: { by: 'updated', dir: 'desc' } },
    });
    expect(await firstPageAsked(prefetchProposals, '?status=nonsense&dir=asc')).toMatchObject({
      input: { status: undefined, sort: { by: 'updated', dir: 'asc' } },
    });
    expect(await firstPageAsked(prefetchMyPostings, '?status=open&q=soudeur')).toMatchObject({
      path: 'postings.list',
      input: { limit: 20, status: 'open', q: 'soudeur', sort: { by: 'newest', dir: 'desc' } },
    });
    expect(
      await firstPageAsked(prefetchOpenPostings, '?region=06&noc=72&from=2026-12-01&sort=wage'),
    ).toMatchObject({
      path: 'postings.list',
      input: {
        regionCode: '06',
        nocPrefix: '72',
        startFrom: '2026-12-01',
        sort: { by: 'wage', dir: 'desc' },
        limit: 30,
      },
    });
    expect(await firstPageAsked(prefetchJobSeekers, '?status=closed&q=Tremblay')).toMatchObject({
      path: 'jobSeekers.list',
      input: { q: 'Tremblay', status: 'closed', sort: { by: 'newest', dir: 'desc' }, limit: 50 },
    });
  });
});
