// What a dashboard (or its printable report) opens with: the list of phases, and — without a
// phase in the URL — the default phase's report, in one batched request. usePhaseReport asks
// for these; the app starts them while the page's code arrives (prefetch, lib/featureRoutes.ts).
import type { QueryClient } from '@tanstack/react-query';
import type { TRPC } from '../../lib/trpc';

/** The phase number the URL asks for, if any. */
export function askedPhaseNumber(search: string): number | undefined {
  return Number(new URLSearchParams(search).get('phase')) || undefined;
}

export function dashboardOpening(trpc: TRPC) {
  return {
    phases: trpc.phases.list.queryOptions(),
    /** The report of the phase a dashboard opens on (by default) or of the phase with this id. */
    report: (phaseId?: number) =>
      trpc.reports.phase.queryOptions(phaseId === undefined ? {} : { phaseId }),
  };
}

export function prefetchDashboard(p: { qc: QueryClient; trpc: TRPC; search: string }): void {
  const opening = dashboardOpening(p.trpc);
  void p.qc.prefetchQuery(opening.phases);
  if (askedPhaseNumber(p.search) === undefined) void p.qc.prefetchQuery(opening.report());
}
