// What each role's home opens with, for a first load: the app starts these while the
// catalogue arrives (App.tsx), and the home's sections, asking the same queries, find them
// there. The coordinator's home shows the open phase's figures: asked as soon as the open phase
// is known, not when the page renders. The homes' other lists (the businesses' directory) wait
// for the page.
import type { QueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../shared/roles';
import type { TRPC } from '../../lib/trpc';

export function prefetchHome(p: { qc: QueryClient; trpc: TRPC; role: Role }): void {
  const { qc, trpc } = p;
  switch (p.role) {
    case 'employer':
      void qc.prefetchQuery(trpc.home.employer.queryOptions());
      return;
    case 'coordinator':
      void qc.prefetchQuery(trpc.money.reviewQueue.queryOptions());
      void qc
        .fetchQuery(trpc.phases.current.queryOptions())
        .then((current) =>
          current ? qc.prefetchQuery(trpc.phases.get.queryOptions({ phaseId: current.id })) : null,
        )
        // The page asks again and says what went wrong.
        .catch(() => null);
      void qc.prefetchQuery(trpc.directory.organisations.queryOptions());
      return;
    case 'org_admin':
    case 'counsellor':
      void qc.prefetchQuery(trpc.home.organisation.queryOptions());
      void qc.prefetchQuery(trpc.pairings.agenda.queryOptions());
      void qc.prefetchQuery(trpc.directory.myOrganisation.queryOptions());
      return;
  }
}
