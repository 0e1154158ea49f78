// The partner API (/api/v1): inputs and outputs of each endpoint, from which the OpenAPI 3.1
// document is generated (server/trpc/routers/apiV1.ts, trpc-to-openapi). Inputs reuse the web's
// field schemas; numbers arriving in a path or query string are coerced, so these objects are
// built here, never shared with the web's procedures (the adapter marks numbers of its input
// objects as coercing).
import { z } from 'zod';
import { consentPurposes } from '../jobSeekers/schemas';
import { cursorSchema, searchSchema } from '../lists';
import { endEarlyReasons, retentionOutcomes } from '../money/machines';
import { followUpInput } from '../pairings/schemas';
import { regionCodes } from '../reference/regions';

const id = () =>
  z.coerce
    .number('validation.invalid_type')
    .int('validation.integer')
    .positive('validation.invalid_value')
    .max(2 ** 31, 'validation.invalid_value');
const limit = (max: number, fallback: number) =>
  z.coerce.number('validation.invalid_type').int().min(1).max(max).default(fallback);

const page = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    /** Pass as `cursor` to read the next page; null on the last one. */
    nextCursor: z.string().nullable(),
  });

export const apiListPeopleInput = z.object({
  q: searchSchema,
  status: z.enum(['active', 'closed']).optional(),
  regionCode: z.enum(regionCodes, 'validation.region').optional(),
  cursor: cursorSchema,
  limit: limit(100, 50),
});

export const apiPersonSummary = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  regionCode: z.string(),
  targetNocCodes: z.array(z.string()),
  hoursPerWeek: z.number().int(),
  availableFrom: z.string(),
  canBeProposed: z.boolean(),
  status: z.enum(['active', 'closed']),
  updatedAt: z.string(),
});
export const apiPeoplePage = page(apiPersonSummary);

export const apiPersonIdInput = z.object({ jobSeekerId: id() });

/** A person's file as the API gives it: private notes and client groups are never included. */
export const apiPerson = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().nullable(),
  email: z.string(),
  phone: z.string(),
  regionCode: z.string(),
  city: z.string(),
  targetNocCodes: z.array(z.string()),
  skills: z.array(z.string()),
  hoursPerWeek: z.number().int(),
  availableFrom: z.string(),
  languages: z.array(z.string()),
  presentation: z.string(),
  canBeProposed: z.boolean(),
  canShareContact: z.boolean(),
  status: z.enum(['active', 'closed']),
  createdAt: z.string(),
  updatedAt: z.string(),
  consents: z.array(
    z.object({
      purpose: z.enum(consentPurposes),
      givenOn: z.string(),
      withdrawnOn: z.string().nullable(),
    }),
  ),
});

export const apiListPairingsInput = z.object({
  phaseId: id().optional(),
  status: z.enum(['active', 'completed', 'ended_early']).optional(),
  cursor: cursorSchema,
  limit: limit(200, 50),
});

export const apiPairing = z.object({
  id: z.number().int(),
  phaseId: z.number().int(),
  phaseNumber: z.number().int(),
  status: z.enum(['active', 'completed', 'ended_early']),
  startDate: z.string(),
  plannedEndDate: z.string(),
  endDate: z.string().nullable(),
  hourlyWageCents: z.number().int(),
  hoursPerWeek: z.number().int(),
  maxWageSubsidyCents: z.number().int(),
  retentionDueOn: z.string().nullable(),
  retentionOutcome: z.enum(retentionOutcomes).nullable(),
  postingTitle: z.string(),
  businessName: z.string(),
  organisationName: z.string(),
  firstName: z.string(),
  lastName: z.string(),
});
export const apiPairingsPage = page(apiPairing);

export const apiFollowUpsDue = z.object({
  followUpsDue: z.array(
    z.object({
      id: z.number().int(),
      startDate: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      nextOn: z.string().nullable(),
      lastOn: z.string().nullable(),
      dueOn: z.string(),
      overdue: z.boolean(),
    }),
  ),
  retentionDue: z.array(
    z.object({
      id: z.number().int(),
      retentionDueOn: z.string().nullable(),
      firstName: z.string(),
      lastName: z.string(),
    }),
  ),
});

export const apiLogFollowUpInput = followUpInput
  .omit({ pairingId: true })
  .extend({ pairingId: id() });
export const apiCreated = z.object({ id: z.number().int() });

export const apiPhaseIdInput = z.object({ phaseId: id() });

/** Money of a fund, in cents; envelope and remaining are null without an envelope. */
const fund = z.object({
  envelope: z.number().int().nullable(),
  committed: z.number().int(),
  approved: z.number().int(),
  paid: z.number().int(),
  remaining: z.number().int().nullable(),
});
const budget = z.object({ wage: fund, accompaniment: fund });
export const apiPhaseReport = z.object({
  phase: z.object({
    id: z.number().int(),
    number: z.number().int(),
    name: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    status: z.enum(['draft', 'open', 'closed']),
  }),
  generatedOn: z.string(),
  totals: z.object({ pairings: z.number().int(), pairingTarget: z.number().int() }),
  organisations: z.array(
    z.looseObject({
      organisationId: z.number().int(),
      pairingTarget: z.number().int(),
      pairings: z.number().int(),
      budget,
    }),
  ),
  regions: z.array(z.looseObject({ regionCode: z.string(), pairings: z.number().int() })),
  occupations: z.array(z.looseObject({ pairings: z.number().int() })),
  /** Distinct people per client group; null when 1 to 4 (small cells are never shown). */
  byClientGroup: z.array(z.object({ group: z.string(), people: z.number().int().nullable() })),
  outcomes: z.looseObject({
    pairings: z.number().int(),
    completed: z.number().int(),
    endedEarly: z.number().int(),
    completionRateBp: z.number().int().nullable(),
    retentionRateBp: z.number().int().nullable(),
  }),
  money: budget,
});

export const apiListLedgerInput = z.object({
  phaseId: id().optional(),
  fund: z.enum(['wage', 'accompaniment']).optional(),
  cursor: cursorSchema,
  limit: limit(200, 100),
});

export const apiLedgerEntry = z.object({
  id: z.number().int(),
  kind: z.enum(['wage_subsidy', 'accompaniment', 'reversal']),
  fund: z.enum(['wage', 'accompaniment']),
  phaseId: z.number().int(),
  pairingId: z.number().int(),
  amountCents: z.number().int(),
  note: z.string(),
  createdAt: z.string(),
  reversesEntryId: z.number().int().nullable(),
  claimId: z.number().int().nullable(),
  trancheId: z.number().int().nullable(),
  payeeBusiness: z.string().nullable(),
  payeeOrganisation: z.string().nullable(),
  paidOn: z.string().nullable(),
  paymentReference: z.string().nullable(),
});
export const apiLedgerPage = page(apiLedgerEntry);

/** Reasons an early end can carry (documented for partners reading pairings). */
export const apiEndEarlyReasons = endEarlyReasons;
