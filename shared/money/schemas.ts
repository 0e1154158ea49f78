// Input schemas of claims, reviews and the ledger.
import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { idSchema, intInRange, optionalText, requiredText } from '../schemaParts';
import { rejectReasons } from './machines';

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
});
export type ClaimInputFields = z.infer<typeof claimInput>;

export const reviewInput = z
  .object({
    id: idSchema,
    action: z.enum(['approve', 'reject']),
    reason: z.enum(rejectReasons).optional(),
    comment: optionalText(1000),
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

export const reverseEntryInput = z.object({
  ledgerEntryId: idSchema,
  note: requiredText(500),
});

export const ledgerListInput = z.object({
  phaseId: idSchema.optional(),
  fund: z.enum(['wage', 'accompaniment']).optional(),
  cursor: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(200).default(100),
});
