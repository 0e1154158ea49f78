// What the pairings' pages open with, for a first load, started while the page's code and the
// catalogue arrive (App.tsx); the pages ask the same queries (each list's view shape and input
// are kept here) and find them there.
// - A pairing (the link of an email: a claim to send, a follow-up due, an agreement to accept):
//   the pairing and its agreement at once, instead of the agreement after the pairing after the
//   code. PairingPage and AgreementCard ask them.
// - The list of the reader's side (a bookmark, a reload): its first page for the view in the URL;
//   the organisation's also its counts and its follow-ups' agenda, the coordination's the
//   phases and organisations of its filters.
import { pairingStatuses } from '../../../../shared/money/machines';
import { pairingSortKeys } from '../../../../shared/sortKeys';
import type { PageOpening } from '../../lib/featureRoutes';
import { parseId } from '../../lib/ids';
import { nextPage } from '../../lib/listPages';
import type { TRPC } from '../../lib/trpc';
import { urlDir, urlEnum, urlId, urlSort } from '../../lib/urlParams';
import { parseUrlState, type UrlValues } from '../../lib/urlState';

export function prefetchPairing({ qc, trpc, params, locale }: PageOpening): void {
  const pairingId = parseId(params.id);
  if (pairingId === null) return;
  void qc.prefetchQuery(trpc.pairings.get.queryOptions({ pairingId }));
  void qc.prefetchQuery(trpc.agreements.get.queryOptions({ pairingId, locale }));
}

const sortView = { sort: urlSort(pairingSortKeys, 'newest'), dir: urlDir('desc') };

export const employerPairingsView = { status: urlEnum(pairingStatuses), ...sortView };

export function employerPairingsQuery(trpc: TRPC, v: UrlValues<typeof employerPairingsView>) {
  return trpc.pairings.list.infiniteQueryOptions(
    { status: v.status, sort: { by: v.sort, dir: v.dir } },
    nextPage,
  );
}

export const coordinatorPairingsView = {
  phase: urlId,
  status: urlEnum(pairingStatuses),
  org: urlId,
  ...sortView,
};

export function coordinatorPairingsQuery(trpc: TRPC, v: UrlValues<typeof coordinatorPairingsView>) {
  return trpc.pairings.list.infiniteQueryOptions(
    {
      phaseId: v.phase,
      status: v.status,
      organisationId: v.org,
      sort: { by: v.sort, dir: v.dir },
    },
    nextPage,
  );
}

/** The organisation's view names its phase by number (?phase=10); the server filters by id. */
export const organisationPairingsView = {
  phase: urlId,
  status: urlEnum(pairingStatuses),
  ...sortView,
};

/** The organisation's list and its counts, for the phase's id (undefined: every phase). */
export function organisationPairingsQueries(
  trpc: TRPC,
  v: UrlValues<typeof organisationPairingsView>,
  phaseId: number | undefined,
  enabled = true,
) {
  return {
    list: trpc.pairings.list.infiniteQueryOptions(
      { phaseId, status: v.status, sort: { by: v.sort, dir: v.dir } },
      { ...nextPage, enabled },
    ),
    counts: trpc.pairings.counts.queryOptions({ phaseId }, { enabled }),
  };
}

export function prefetchPairings({ qc, trpc, search, role }: PageOpening): void {
  switch (role) {
    case 'employer':
      void qc.prefetchInfiniteQuery(
        employerPairingsQuery(trpc, parseUrlState(employerPairingsView, search)),
      );
      return;
    case 'coordinator':
      void qc.prefetchInfiniteQuery(
        coordinatorPairingsQuery(trpc, parseUrlState(coordinatorPairingsView, search)),
      );
      void qc.prefetchQuery(trpc.phases.list.queryOptions());
      void qc.prefetchQuery(trpc.directory.organisations.queryOptions());
      return;
    case 'counsellor':
    case 'org_admin': {
      const v = parseUrlState(organisationPairingsView, search);
      void qc.prefetchQuery(trpc.pairings.agenda.queryOptions());
      const start = (phaseId: number | undefined) => {
        const q = organisationPairingsQueries(trpc, v, phaseId);
        void qc.prefetchInfiniteQuery(q.list);
        void qc.prefetchQuery(q.counts);
      };
      // The page asks again and says what went wrong.
      const phases = qc.fetchQuery(trpc.phases.list.queryOptions()).catch(() => null);
      if (v.phase === undefined) start(undefined);
      else
        void phases.then((list) => {
          const phaseId = list?.find((p) => p.number === v.phase)?.id;
          // A phase number not known: the page says so and asks nothing.
          if (phaseId !== undefined) start(phaseId);
        });
      return;
    }
  }
}
