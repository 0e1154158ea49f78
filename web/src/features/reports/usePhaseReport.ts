// The phase the dashboard shows (by number in the URL, else the open one, else the latest) and
// its report.
import { useQuery } from '@tanstack/react-query';
import { useSearch } from 'wouter';
import { useTRPC } from '../../lib/trpc';

export function usePhaseReport() {
  const trpc = useTRPC();
  const asked = Number(new URLSearchParams(useSearch()).get('phase'));
  const phases = useQuery(trpc.phases.list.queryOptions());
  const list = phases.data ?? [];
  const chosen =
    list.find((p) => p.number === asked) ??
    list.find((p) => p.status === 'open') ??
    list.find((p) => p.status === 'closed') ??
    list[0];
  const report = useQuery(
    trpc.reports.phase.queryOptions(
      { phaseId: chosen?.id ?? 0 },
      { enabled: chosen !== undefined },
    ),
  );
  return { phases, list, chosen, report };
}
