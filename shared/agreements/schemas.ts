// Inputs of the agreement procedures: reading a pairing's agreement in a language, accepting the
// version in force, and the list of agreements that wait for a signature.
import { z } from 'zod';
import { pagingInput } from '../lists';
import { locales } from '../locale';
import { idSchema } from '../schemaParts';

export const agreementParties = ['employer', 'organisation'] as const;
export type AgreementParty = (typeof agreementParties)[number];

const localeSchema = z.enum(locales, 'validation.invalid_value');

export const getAgreementInput = z.object({
  pairingId: idSchema,
  locale: localeSchema.default('fr-CA'),
});

export const signAgreementInput = z.object({
  pairingId: idSchema,
  versionId: idSchema,
  locale: localeSchema,
  /** The fingerprint of the PDF the signer was shown (hex SHA-256). */
  documentSha256: z
    .string('validation.required')
    .regex(/^[0-9a-f]{64}$/, 'validation.invalid_format'),
});
export type SignAgreementInput = z.infer<typeof signAgreementInput>;

export const awaitingSignatureInput = z.object({
  ...pagingInput(200, 50),
});
