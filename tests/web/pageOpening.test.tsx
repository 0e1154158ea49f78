// Pages opened by a first load (from an email's link, a bookmark, a reload): what they show is
// asked at once (App.tsx starts it while their code arrives), under the very queries the pages
// ask, so they find it there — a pairing, an agreement, a payment notice, an employer's posting,
// the coordination's review, and the first page of a list for the view in its URL (and the
// reader's side); an address that names no record asks nothing.
import type { QueryClient } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { describe, expect, it } from 'vitest';
import type { AppRouter } from '../../server/trpc/router';
import type { Role } from '../../shared/roles';
import { prefetchAgreement, prefetchAwaiting } from '../../web/src/features/agreements/opening';
import { prefetchClaims } from '../../web/src/features/claims/opening';
import { prefetchJobSeekers } from '../../web/src/features/jobSeekers/opening';
import { prefetchLedger } from '../../web/src/features/money/ledgerOpening';
import { prefetchNotice, prefetchNotices } from '../../web/src/features/money/notices/opening';
import { prefetchReview } from '../../web/src/features/money/review/opening';
import { prefetchPairing, prefetchPairings } from '../../web/src/features/pairings/opening';
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
  'notices.get': () => ({ id: 4 }),
  'notices.list': () => page,
  'agreements.awaiting': () => page,
  'pairings.list': () => page,
  'pairings.counts': () => ({ total: 0 }),
  'pairings.agenda': () => [],
  'phases.list': () => [{ id: 31, number: 10 }],
  'directory.organisations': () => [],
  'money.claims': () => page,
  'money.ledger': () => page,
};

function opening(
  qc: QueryClient,
  params: Record<string, string>,
  search = '',
  role: Role = 'coordinator',
) {
  const api = answering(answers);
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: api.client, queryClient: qc });
  const p: PageOpening = { qc, trpc, search, params, locale: 'en-CA', role };
  return { api, trpc, p };
}

/** Every request a prefetch makes for `search` as `role`, once it has made `count` of them. */
async function asked(
  prefetch: (p: PageOpening) => void,
  search: string,
  role: Role,
  count: number,
) {
  const { api, p } = opening(makeQueryClient(), {}, search, role);
  prefetch(p);
  await waitFor(() => expect(api.calls).toHaveLength(count));
  await new Promise((r) => setTimeout(r, 20));
  expect(api.calls).toHaveLength(count);
  // The input as it goes on the wire (no undefined field), without the infinite query's own
  // `direction`; a query without input is null.
  const sent = (input: unknown) => {
    const { direction: _, ...rest } = (JSON.parse(JSON.stringify(input ?? null)) ?? {}) as Record<
      string,
      unknown
    >;
    return input === undefined ? null : rest;
  };
  return Object.fromEntries(api.calls.map((c) => [c.path, sent(c.input)]));
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

  it('asks for the agreement and the payment notice, in the reader’s language, as the pages do', async () => {
    const qc = makeQueryClient();
    const { api, trpc, p } = opening(qc, { id: '7' });
    prefetchAgreement(p);
    prefetchNotice({ ...p, params: { id: '4' } });
    await waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls).toEqual([
      { path: 'agreements.get', input: { pairingId: 7, locale: 'en-CA' } },
      { path: 'notices.get', input: { noticeId: 4, locale: 'en-CA' } },
    ]);
    // AgreementPage and NoticePage ask for them in the language of the page.
    await waitFor(() =>
      expect(qc.getQueryData(trpc.notices.get.queryKey({ noticeId: 4, locale: 'en-CA' }))).toEqual({
        id: 4,
      }),
    );
    expect(
      qc.getQueryData(trpc.agreements.get.queryKey({ pairingId: 7, locale: 'en-CA' })),
    ).toEqual({ pairingId: 7 });
  });

  it('asks nothing for an address that names no record', async () => {
    const qc = makeQueryClient();
    const { api, p } = opening(qc, { id: 'abc' });
    prefetchPairing(p);
    prefetchPosting({ ...p, params: { id: '0' } });
    prefetchPairing({ ...p, params: {} });
    prefetchAgreement({ ...p, params: { id: '-3' } });
    prefetchNotice(p);
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

  it('asks for the first page of the pairings of the reader’s side, for the view in its URL', async () => {
    expect(await asked(prefetchPairings, '?status=active&sort=startDate', 'employer', 1)).toEqual({
      'pairings.list': { status: 'active', sort: { by: 'startDate', dir: 'desc' } },
    });
    // The coordination's: its filters by phase and organisation, and the organisations to choose.
    expect(await asked(prefetchPairings, '?phase=31&org=5&dir=asc', 'coordinator', 3)).toEqual({
      'pairings.list': { phaseId: 31, organisationId: 5, sort: { by: 'newest', dir: 'asc' } },
      'phases.list': null,
      'directory.organisations': null,
    });
    // The organisation's: its counts and its follow-ups' agenda beside the list.
    expect(await asked(prefetchPairings, '?status=completed', 'counsellor', 4)).toEqual({
      'pairings.agenda': null,
      'phases.list': null,
      'pairings.list': { status: 'completed', sort: { by: 'newest', dir: 'desc' } },
      'pairings.counts': {},
    });
    // A phase is named by its number: the list asks for that phase's id once the phases are known.
    expect(await asked(prefetchPairings, '?phase=10', 'org_admin', 4)).toMatchObject({
      'pairings.list': { phaseId: 31 },
      'pairings.counts': { phaseId: 31 },
    });
    // A phase number that no phase has: the page says so; nothing is asked for it.
    expect(Object.keys(await asked(prefetchPairings, '?phase=99', 'org_admin', 2)).sort()).toEqual([
      'pairings.agenda',
      'phases.list',
    ]);
  });

  it('asks for the first page of the claims, the ledger, the notices and the agreements awaiting', async () => {
    // An employer's claims are its business's: no phase or organisation filter.
    expect(await asked(prefetchClaims, '?status=approved&phase=3&org=5', 'employer', 1)).toEqual({
      'money.claims': { status: 'approved', sort: { by: 'newest', dir: 'desc' } },
    });
    expect(await asked(prefetchClaims, '?status=nonsense&phase=3&org=5', 'coordinator', 3)).toEqual(
      {
        'money.claims': { phaseId: 3, organisationId: 5, sort: { by: 'newest', dir: 'desc' } },
        'phases.list': null,
        'directory.organisations': null,
      },
    );
    expect(await asked(prefetchLedger, '?fund=wage&phase=abc', 'coordinator', 2)).toEqual({
      'money.ledger': { limit: 50, fund: 'wage' },
      'phases.list': null,
    });
    expect(await asked(prefetchNotices, '', 'employer', 1)).toEqual({
      'notices.list': { limit: 50 },
    });
    expect(await asked(prefetchAwaiting, '', 'org_admin', 1)).toEqual({
      'agreements.awaiting': { limit: 50 },
    });
  });
});
