// Input schemas of employer businesses.
import { z } from 'zod';
import { emailSchema, personNameSchema } from '../auth/schemas';
import { pagingInput, searchSchema } from '../lists';
import { locales } from '../locale';
import { regionCodes } from '../reference/regions';
import {
  idSchema,
  optionalEmailSchema,
  optionalText,
  phoneSchema,
  requiredText,
} from '../schemaParts';
import { neqSchema } from './neq';

export const businessSizes = ['1-9', '10-49', '50-199', '200+'] as const;
export type BusinessSize = (typeof businessSizes)[number];

export const businessProfileFields = z.object({
  legalName: requiredText(200),
  neq: neqSchema,
  regionCode: z.enum(regionCodes, 'validation.region'),
  city: requiredText(100),
  sector: optionalText(120),
  size: z.enum(businessSizes, 'validation.invalid_value').nullable().default(null),
  contactName: optionalText(120),
  contactEmail: optionalEmailSchema,
  contactPhone: phoneSchema,
});

export const createBusinessInput = businessProfileFields.extend({
  /** Optionally invite the business's first contact at once. */
  invite: z
    .object({
      name: personNameSchema,
      email: emailSchema,
      locale: z.enum(locales).default('fr-CA'),
    })
    .optional(),
});

export const updateBusinessInput = businessProfileFields.extend({ businessId: idSchema });
export const businessIdInput = z.object({ businessId: idSchema });

/** A page of the businesses' directory, by name, searched by name, city or NEQ. */
export const businessDirectoryInput = z.object({
  q: searchSchema,
  ...pagingInput(100, 50),
});
