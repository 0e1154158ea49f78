// « Recruter avec FIT »: the public form an employer fills in to send a first hiring need, the
// confirmation of its email, and the counsellors' list and action. The posting part is the
// posting's own fields (shared/postings/schemas.ts), so the draft created from a request is
// valid by construction.
import { z } from 'zod';
import { emailSchema, personNameSchema, tokenSchema } from '../auth/schemas';
import { neqSchema } from '../business/neq';
import { locales } from '../locale';
import { postingFields } from '../postings/schemas';
import { regionCodes } from '../reference/regions';
import { idSchema, optionalText, phoneSchema, requiredText } from '../schemaParts';

export const recruitNeedFields = postingFields.pick({
  title: true,
  nocCode: true,
  hoursPerWeek: true,
  hourlyWageCents: true,
  positions: true,
  startDate: true,
  durationWeeks: true,
  description: true,
  requirements: true,
});

export const submitEmployerRequestInput = recruitNeedFields.extend({
  legalName: requiredText(200),
  neq: neqSchema,
  contactName: personNameSchema,
  contactEmail: emailSchema,
  contactPhone: phoneSchema,
  regionCode: z.enum(regionCodes, 'validation.region'),
  city: requiredText(100),
  locale: z.enum(locales).default('fr-CA'),
  /**
   * The honeypot: a field people never see (hidden from screens and screen readers); robots
   * that fill every field get the same answer as everyone, and nothing is kept.
   */
  website: optionalText(500),
});
export type SubmitEmployerRequestInput = z.infer<typeof submitEmployerRequestInput>;

export const confirmEmployerRequestInput = z.object({ token: tokenSchema });
export const employerRequestIdInput = z.object({ requestId: idSchema });

export const employerRequestListInput = z.object({
  status: z.enum(['confirmed', 'taken']).default('confirmed'),
});

/** Days a request waits for its email confirmation before it is deleted. */
export const EMPLOYER_REQUEST_CONFIRM_DAYS = 7;
/** Days a confirmed request waits to be taken in charge before it is deleted (its contact told). */
export const EMPLOYER_REQUEST_UNTAKEN_DAYS = 60;
