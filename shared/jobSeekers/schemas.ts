// Input schemas of job seekers' files and consents.
import { z } from 'zod';
import { clientGroups } from '../clientGroups';
import { isoDateSchema } from '../dates';
import { languageCodes } from '../languages';
import { pagingInput, searchSchema, sortSchema } from '../lists';
import { regionCodes } from '../reference/regions';
import {
  idSchema,
  intInRange,
  labelListSchema,
  nocCodeSchema,
  optionalEmailSchema,
  optionalText,
  phoneSchema,
  requiredText,
} from '../schemaParts';
import { jobSeekerSortKeys } from '../sortKeys';

export const consentPurposes = [
  'participation',
  'proposal',
  'contact_sharing',
  'transfer_notes',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

export const jobSeekerFields = z.object({
  firstName: requiredText(80),
  lastName: requiredText(80),
  birthDate: isoDateSchema.nullable().default(null),
  email: optionalEmailSchema,
  phone: phoneSchema,
  regionCode: z.enum(regionCodes, 'validation.region'),
  city: optionalText(100),
  targetNocCodes: z.array(nocCodeSchema).max(5, 'validation.tooMany').default([]),
  skills: labelListSchema,
  hoursPerWeek: intInRange(1, 80),
  availableFrom: isoDateSchema,
  languages: z.array(z.enum(languageCodes, 'validation.invalid_value')).max(10).default([]),
  presentation: optionalText(2000, { multiline: true }),
  clientGroups: z.array(z.enum(clientGroups, 'validation.invalid_value')).max(8).default([]),
  privateNotes: optionalText(5000, { multiline: true }),
});
export type JobSeekerFields = z.infer<typeof jobSeekerFields>;

export const createJobSeekerInput = jobSeekerFields.extend({
  /** Consents given at registration, on this date. */
  consents: z
    .object({
      participation: z.boolean().default(false),
      proposal: z.boolean().default(false),
      contactSharing: z.boolean().default(false),
      /** Private notes and client groups follow the file if it is transferred. */
      transferNotes: z.boolean().default(false),
      givenOn: isoDateSchema,
    })
    .refine((c) => c.participation || (!c.proposal && !c.contactSharing && !c.transferNotes), {
      message: 'validation.consentNeedsParticipation',
      path: ['participation'],
    }),
  /** The counsellor saw the duplicate warning and registers the person anyway. */
  confirmDuplicate: z.boolean().default(false),
});

export const updateJobSeekerInput = jobSeekerFields.extend({ jobSeekerId: idSchema });
export const jobSeekerIdInput = z.object({ jobSeekerId: idSchema });

export const giveConsentInput = z.object({
  jobSeekerId: idSchema,
  purpose: z.enum(consentPurposes),
  givenOn: isoDateSchema,
});

export const withdrawConsentInput = z.object({
  jobSeekerId: idSchema,
  purpose: z.enum(consentPurposes),
  withdrawnOn: isoDateSchema,
});

export type JobSeekerSortKey = (typeof jobSeekerSortKeys)[number];

export const listJobSeekersInput = z.object({
  q: searchSchema,
  status: z.enum(['active', 'closed']).optional(),
  /** Only people who can (true) or cannot (false) be proposed to employers. */
  proposable: z.boolean().optional(),
  regionCode: z.enum(regionCodes, 'validation.region').optional(),
  sort: sortSchema(jobSeekerSortKeys, { by: 'newest', dir: 'desc' }),
  ...pagingInput(),
});

export const accessLogInput = z.object({
  jobSeekerId: idSchema.optional(),
  userId: idSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  cursor: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const privacySettingsInput = z.object({
  retentionYears: intInRange(1, 50),
  privacyOfficerName: optionalText(120),
  privacyOfficerTitle: optionalText(120),
  /** The title in English (the privacy page is read in both languages). */
  privacyOfficerTitleEn: optionalText(120),
  privacyOfficerEmail: optionalEmailSchema,
  privacyOfficerPhone: phoneSchema,
});
