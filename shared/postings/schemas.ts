// Input schemas of hiring needs (postings).
import { z } from 'zod';
import { isoDateSchema } from '../dates';
import { languageCodes } from '../languages';
import { listDateSchema, pagingInput, searchSchema, sortSchema } from '../lists';
import { regionCodes } from '../reference/regions';
import {
  idSchema,
  intInRange,
  labelListSchema,
  nocCodeSchema,
  optionalText,
  requiredText,
} from '../schemaParts';
import { postingSortKeys } from '../sortKeys';
import { postingStatuses } from './postingMachine';

export const postingFields = z.object({
  title: requiredText(120),
  nocCode: nocCodeSchema,
  regionCode: z.enum(regionCodes, 'validation.region'),
  city: requiredText(100),
  hoursPerWeek: intInRange(1, 80),
  hourlyWageCents: intInRange(1, 100_000),
  positions: intInRange(1, 500),
  startDate: isoDateSchema,
  durationWeeks: intInRange(1, 260),
  description: optionalText(5000, { multiline: true }),
  requirements: optionalText(3000, { multiline: true }),
  skills: labelListSchema,
  languages: z.array(z.enum(languageCodes, 'validation.invalid_value')).max(10).default([]),
});
export type PostingFields = z.infer<typeof postingFields>;

export const createPostingInput = postingFields.extend({
  /** Publish at once (open) instead of saving a draft. */
  publish: z.boolean().default(false),
});

export const updatePostingInput = postingFields.extend({ postingId: idSchema });

export const postingActionInput = z.object({
  postingId: idSchema,
  action: z.enum(['publish', 'close', 'markFilled']),
});

export const postingIdInput = z.object({ postingId: idSchema });

export type PostingSortKey = (typeof postingSortKeys)[number];

export const listPostingsInput = z.object({
  status: z.enum(postingStatuses).optional(),
  regionCode: z.enum(regionCodes).optional(),
  /** 1 to 5 leading digits of a NOC code. */
  nocPrefix: z
    .string()
    .regex(/^\d{1,5}$/, 'validation.noc')
    .optional(),
  q: searchSchema,
  /** Start date between these bounds (inclusive). */
  startFrom: listDateSchema,
  startTo: listDateSchema,
  sort: sortSchema(postingSortKeys, { by: 'newest', dir: 'desc' }),
  ...pagingInput(),
});
