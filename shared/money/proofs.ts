// Proofs of pay on claims: what may be attached, the limits, and the input schemas. The server
// recognises the type from the file's bytes; the web uses the same limits to warn before sending.
import { z } from 'zod';
import { idSchema } from '../schemaParts';

export const proofMediaTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type ProofMediaType = (typeof proofMediaTypes)[number];

/** 10 MB a file. */
export const MAX_PROOF_BYTES = 10 * 1024 * 1024;
/** 5 files a claim. */
export const MAX_PROOFS_PER_CLAIM = 5;

export const proofIdsSchema = z
  .array(idSchema, 'validation.invalid_type')
  .max(MAX_PROOFS_PER_CLAIM, 'validation.tooMany')
  .default([]);

export const attachProofsInput = z.object({
  claimId: idSchema,
  proofIds: proofIdsSchema.refine((ids) => ids.length > 0, 'validation.required'),
});

export const proofIdInput = z.object({ proofId: idSchema });
