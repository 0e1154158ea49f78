// The phase a dashboard opens on when none is asked for: the open one, else the latest closed
// one, else the latest. One rule for the server (the report of « the default phase », asked for
// beside the list of phases, in the same request) and the web (the phase picker's choice).
import type { PhaseStatus } from './schemas';

/** `phases` sorted by number, latest first (as `phases.list` returns them). */
export function dashboardPhase<P extends { status: PhaseStatus }>(phases: P[]): P | undefined {
  return (
    phases.find((p) => p.status === 'open') ??
    phases.find((p) => p.status === 'closed') ??
    phases[0]
  );
}
