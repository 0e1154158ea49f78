// Transfers of a job seeker's file between member organisations.
import { z } from 'zod';
import { idSchema, optionalText } from '../schemaParts';

export const transferReasons = [
  'moved',
  'closer_services',
  'specialised_services',
  'person_request',
  'other',
] as const;
export type TransferReason = (typeof transferReasons)[number];
export const transferStatuses = ['pending', 'accepted', 'declined', 'cancelled'] as const;

export const requestTransferInput = z.object({
  jobSeekerId: idSchema,
  toOrganisationId: idSchema,
  reason: z.enum(transferReasons, 'validation.required'),
  message: optionalText(2000),
});

export const transferIdInput = z.object({ transferId: idSchema });

export const declineTransferInput = z.object({
  transferId: idSchema,
  comment: optionalText(1000),
});

export const listTransfersInput = z.object({
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: z.enum(transferStatuses).optional(),
});
