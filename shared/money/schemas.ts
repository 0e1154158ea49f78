// Input schemas of claims, reviews and the ledger.
import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { pagingInput, sortSchema } from '../lists';
import { idSchema, intInRange, optionalText, requiredText } from '../schemaParts';
import { claimSortKeys, ledgerSortKeys } from '../sortKeys';
import { claimStatuses, rejectReasons } from './machines';
import { proofIdsSchema } from './proofs';

export const claimInput = z.object({
  pairingId: idSchema,
  periodStart: isoDateSchema,
  periodEnd: isoDateSchema,
  /** Hours worked in the period, up to 2 decimals. */
  hoursWorked: z
    .number('validation.invalid_type')
    .positive('validation.too_small_number')
    .max(2000, 'validation.too_big_number')
    .refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-6, 'validation.twoDecimals'),
  grossWagesCents: intInRange(1, 100_000_000),
  /** Staged proofs of pay (uploaded first) to attach to the claim. */
  proofIds: proofIdsSchema,
});
export type ClaimInputFields = z.infer<typeof claimInput>;

export const reviewInput = z
  .object({
    id: idSchema,
    action: z.enum(['approve', 'reject']),
    reason: z.enum(rejectReasons).optional(),
    comment: optionalText(1000, { multiline: true }),
  })
  .refine((r) => r.action === 'approve' || r.reason !== undefined, {
    message: 'validation.required',
    path: ['reason'],
  });

export const markPaidInput = z.object({
  ledgerEntryId: idSchema,
  paidOn: isoDateSchema,
  reference: requiredText(80),
});

/** Entries paid together (one transfer file); `batchKey` is made once per form, by the client. */
export const payBatchInput = z.object({
  batchKey: z.uuid('validation.invalid'),
  ledgerEntryIds: z
    .array(idSchema, 'validation.invalid_type')
    .min(1, 'validation.required')
    .max(500, 'validation.tooMany')
    .refine((ids) => new Set(ids).size === ids.length, 'validation.invalid'),
  paidOn: isoDateSchema,
  reference: requiredText(80),
});

export const reverseEntryInput = z.object({
  ledgerEntryId: idSchema,
  note: requiredText(500, { multiline: true }),
});

/** A page of one of the coordination's queues (claims, tranches, entries to pay), oldest first. */
export const queuePageInput = z.object({ ...pagingInput(200, 50) });

export const ledgerListInput = z.object({
  phaseId: idSchema.optional(),
  fund: z.enum(['wage', 'accompaniment']).optional(),
  sort: sortSchema(ledgerSortKeys, { by: 'newest', dir: 'desc' }),
  ...pagingInput(200, 100),
});

export type ClaimSortKey = (typeof claimSortKeys)[number];

/** Claims: an employer's business's, or all of them for the coordinator. */
export const listClaimsInput = z.object({
  status: z.enum(claimStatuses, 'validation.invalid_value').optional(),
  phaseId: idSchema.optional(),
  /** Coordinator only. */
  organisationId: idSchema.optional(),
  sort: sortSchema(claimSortKeys, { by: 'newest', dir: 'desc' }),
  ...pagingInput(100, 50),
});

/** What is unusual about a claim waiting for review (server/features/money/claimUnusual.ts). */
export type ClaimUnusual =
  | { kind: 'periodJustEnded'; days: number }
  | { kind: 'hoursAboveHire'; hours: number; hireHours: number }
  | { kind: 'amountCapped'; amountCents: number; uncappedCents: number };
