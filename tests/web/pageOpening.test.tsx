// Pages opened from an email's link (a pairing, an employer's posting, the coordination's review),
// by a first load: what they show is asked at once (App.tsx starts it while their code arrives),
// under the very queries the pages ask, so they find it there; an address that names no record
// asks nothing.
import type { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '../../server/trpc/router';
import { pageOptions, prefetchReview } from '../../web/src/features/money/review/opening';
import { prefetchPairing } from '../../web/src/features/pairings/opening';
import { prefetchPosting } from '../../web/src/features/postings/opening';
import type { PageOpening } from '../../web/src/lib/featureRoutes';
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
};

function opening(qc: QueryClient, params: Record<string, string>) {
  const api = answering(answers);
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: api.client, queryClient: qc });
  const p: PageOpening = { qc, trpc, search: '', params, locale: 'en-CA' };
  return { api, trpc, p };
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
    // The lists ask infiniteQueryOptions({}, pageOptions): the same first page.
    await waitFor(() =>
      expect(
        qc.getQueryData(trpc.money.claimsToReview.infiniteQueryOptions({}, pageOptions).queryKey),
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
});
