// API tokens: what an organisation manager or the coordinator types to create one.
import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { idSchema, requiredText } from '../schemaParts';
import { apiScopes } from './scopes';

/** A token lives at most a year: partners renew it, so a forgotten one does not last. */
export const API_TOKEN_MAX_DAYS = 366;

export const createApiTokenInput = z.object({
  name: requiredText(80),
  scopes: z
    .array(z.enum(apiScopes, 'validation.invalid_value'))
    .min(1, 'validation.required')
    .max(apiScopes.length, 'validation.tooMany')
    .transform((s) => [...new Set(s)]),
  /** Last day the token works (Quebec calendar date). */
  expiresOn: isoDateSchema,
});

export const apiTokenIdInput = z.object({ tokenId: idSchema });
