// The current phase's rules an employer needs while filling in the public form (public facts of
// the program): minimum hours, placement length in weeks, wage cap and subsidy rate.
import type { Deps } from '../../deps';
import { currentPhase } from '../phases/readPhases';

export function recruitRules(deps: Deps) {
  const phase = currentPhase(deps);
  if (!phase?.rules) return null;
  const r = phase.rules;
  return {
    phaseNumber: phase.number,
    minHoursPerWeek: r.minHoursPerWeek,
    maxHoursPerWeekCounted: r.maxHoursPerWeekCounted,
    minWeeks: r.minWeeks,
    maxWeeks: r.maxWeeks,
    hourlyWageCapCents: r.hourlyWageCapCents,
    wageSubsidyRateBp: r.wageSubsidyRateBp,
  };
}
