// Quebec's general minimum wage (« taux général du salaire minimum », Loi sur les normes du
// travail), by the date it took effect: the default of a phase's « minimum hourly wage » rule
// (the rate in force on the phase's start date), which the coordinator can edit, and the floor of
// a posting's wage when no phase is open. Increases take effect on May 1st each year.
//
// 2026-05-01: 16,60 $, as announced by the Government of Quebec in January 2026. A later rate
// is added here when it is announced; until then the last known one applies.

export interface MinimumWageStep {
  /** YYYY-MM-DD, the first day at this rate. */
  from: string;
  cents: number;
}

export const quebecMinimumWages: readonly MinimumWageStep[] = [
  { from: '2022-05-01', cents: 1_425 },
  { from: '2023-05-01', cents: 1_525 },
  { from: '2024-05-01', cents: 1_575 },
  { from: '2025-05-01', cents: 1_610 },
  { from: '2026-05-01', cents: 1_660 },
];

/** The general minimum wage in force on `isoDate`, in cents (the earliest known before 2022). */
export function quebecMinimumWageCents(isoDate: string): number {
  let cents = quebecMinimumWages[0]?.cents ?? 0;
  for (const step of quebecMinimumWages) {
    if (step.from <= isoDate) cents = step.cents;
  }
  return cents;
}
