// Inputs of the payment-notice procedures.
import { z } from 'zod';
import { locales } from '../locale';
import { idSchema } from '../schemaParts';

export const listNoticesInput = z.object({
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(100).default(50),
});

export const getNoticeInput = z.object({
  noticeId: idSchema,
  locale: z.enum(locales, 'validation.invalid_value').default('fr-CA'),
});
