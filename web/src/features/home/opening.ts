// What each role's home opens with, for a first load: the app starts these while the
// catalogue arrives (App.tsx), and the home's sections, asking the same queries, find them
// there. The homes' other lists (the businesses' directory, a phase's figures) wait for the page.
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
      void qc.prefetchQuery(trpc.phases.current.queryOptions());
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
