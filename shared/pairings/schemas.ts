// Input schemas of hires, pairings and follow-ups.
import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { listDateSchema, pagingInput, sortSchema } from '../lists';
import { endEarlyReasons, retentionOutcomes } from '../money/machines';
import { idSchema, intInRange, optionalText } from '../schemaParts';
import { pairingSortKeys } from '../sortKeys';

export const confirmHireInput = z.object({
  proposalId: idSchema,
  startDate: isoDateSchema,
  hourlyWageCents: intInRange(1, 100_000),
  hoursPerWeek: intInRange(1, 80),
  plannedWeeks: intInRange(1, 104),
});
export type ConfirmHireInput = z.infer<typeof confirmHireInput>;

export const pairingIdInput = z.object({ pairingId: idSchema });

export const endPairingEarlyInput = z.object({
  pairingId: idSchema,
  endDate: isoDateSchema,
  reason: z.enum(endEarlyReasons, 'validation.required'),
  comment: optionalText(1000, { multiline: true }),
});

export const completePairingInput = z.object({ pairingId: idSchema, endDate: isoDateSchema });

export const recordRetentionInput = z.object({
  pairingId: idSchema,
  outcome: z.enum(retentionOutcomes, 'validation.required'),
  checkedOn: isoDateSchema,
});

/** With whom a follow-up was held, and how. */
export const withWhomOptions = ['person', 'employer', 'both'] as const;
export type WithWhom = (typeof withWhomOptions)[number];
export const followUpKinds = ['call', 'visit', 'meeting', 'other'] as const;
export type FollowUpKind = (typeof followUpKinds)[number];

export const followUpInput = z.object({
  pairingId: idSchema,
  on: isoDateSchema,
  withWhom: z.enum(withWhomOptions, 'validation.required'),
  kind: z.enum(followUpKinds, 'validation.required'),
  notes: optionalText(5000, { multiline: true }),
  nextOn: isoDateSchema.nullable().default(null),
});

export type PairingSortKey = (typeof pairingSortKeys)[number];

export const listPairingsInput = z.object({
  phaseId: idSchema.optional(),
  status: z.enum(['active', 'completed', 'ended_early']).optional(),
  /** Coordinator only: one member organisation's pairings. */
  organisationId: idSchema.optional(),
  /** Start date between these bounds (inclusive). */
  startFrom: listDateSchema,
  startTo: listDateSchema,
  sort: sortSchema(pairingSortKeys, { by: 'newest', dir: 'desc' }),
  ...pagingInput(100, 50),
});

/** Counts of pairings per status in the caller's scope, for one phase or all. */
export const pairingCountsInput = z.object({ phaseId: idSchema.optional() });
