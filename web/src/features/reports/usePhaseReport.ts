// The phase the dashboard shows (by number in the URL, else the one a dashboard opens on: the
// open one, else the latest closed, else the latest) and its report. Without a phase in the URL,
// the report of the default phase is asked for at once, beside the list of phases (one request,
// batched), instead of after it (the queries are opening.ts's, which the app may have started).
import { useQuery } from '@tanstack/react-query';
import { useSearch } from 'wouter';
import { dashboardPhase } from '../../../../shared/phases/dashboardPhase';
import { useTRPC } from '../../lib/trpc';
import { askedPhaseNumber, dashboardOpening } from './opening';

export function usePhaseReport() {
  const opening = dashboardOpening(useTRPC());
  const asked = askedPhaseNumber(useSearch());
  const phases = useQuery(opening.phases);
  const list = phases.data ?? [];
  const askedPhase = asked === undefined ? undefined : list.find((p) => p.number === asked);
  // A number that is not a phase (an old link) shows the default phase, as no number does.
  const byDefault = asked === undefined || (phases.data !== undefined && !askedPhase);
  const report = useQuery({
    ...opening.report(byDefault ? undefined : (askedPhase?.id ?? 0)),
    enabled: byDefault || askedPhase !== undefined,
  });
  const reported = report.data?.phase.id;
  const chosen =
    askedPhase ??
    list.find((p) => p.id === reported) ??
    (byDefault ? dashboardPhase(list) : undefined);
  // No phase at all: the page says so (the default phase's report is then « not found »).
  const noPhase = phases.data !== undefined && list.length === 0;
  return { phases, list, chosen, report, reportError: noPhase ? null : report.error };
}
