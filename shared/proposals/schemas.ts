// Input schemas of proposals and matching.
import { z } from 'zod';
import { pagingInput, sortSchema } from '../lists';
import { idSchema, optionalText } from '../schemaParts';
import { proposalSortKeys } from '../sortKeys';
import { declineReasons, proposalStatuses } from './proposalMachine';

export const createProposalInput = z.object({
  postingId: idSchema,
  jobSeekerId: idSchema,
  message: optionalText(2000, { multiline: true }),
});

export const proposalIdInput = z.object({ proposalId: idSchema });

export const declineProposalInput = z.object({
  proposalId: idSchema,
  reason: z.enum(declineReasons, 'validation.required'),
  comment: optionalText(1000, { multiline: true }),
});

export type ProposalSortKey = (typeof proposalSortKeys)[number];

export const listProposalsInput = z.object({
  postingId: idSchema.optional(),
  jobSeekerId: idSchema.optional(),
  status: z.enum(proposalStatuses).optional(),
  sort: sortSchema(proposalSortKeys, { by: 'updated', dir: 'desc' }),
  ...pagingInput(100, 50),
});

export const matchForPostingInput = z.object({
  postingId: idSchema,
  limit: z.number().int().min(1).max(100).default(20),
});

export const matchForSeekerInput = z.object({
  jobSeekerId: idSchema,
  limit: z.number().int().min(1).max(100).default(20),
});
