// Inputs of strong sign-in: TOTP codes, recovery codes, passkey (WebAuthn) responses as
// @simplewebauthn/browser sends them, the coordinator's reset and the grace period policy.
// Used by the procedures' .input() and by the forms.
import { z } from 'zod';
import { idSchema, requiredText } from '../schemaParts';

/** Roles that must have a second factor (after the grace period set by the coordination). */
export const secondFactorRoles = ['coordinator', 'org_admin'] as const;

export const MAX_GRACE_DAYS = 90;
export const RECOVERY_CODE_COUNT = 10;

/** Six digits; spaces people type between groups are ignored (checked before, so that no
 * other character, control or line break gets through). */
export const totpCodeSchema = z
  .string('validation.required')
  .regex(/^ *(\d *){6}$/, 'validation.totpCode')
  .transform((s) => s.replace(/ /g, ''));

/** As shown (XXXX-XXXX-XXXX-XXXX); case, spaces and dashes do not matter. */
export const recoveryCodeSchema = z
  .string('validation.required')
  .regex(/^[ -]*([0-9A-Za-z][ -]*){16}$/, 'validation.recoveryCode')
  .transform((s) => s.replace(/[ -]/g, '').toUpperCase());

export const verifySecondFactorInput = z.discriminatedUnion('method', [
  z.object({ method: z.literal('totp'), code: totpCodeSchema }),
  z.object({ method: z.literal('recovery'), code: recoveryCodeSchema }),
]);
export type VerifySecondFactorInput = z.infer<typeof verifySecondFactorInput>;

export const confirmTotpInput = z.object({ code: totpCodeSchema });

const b64url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/, 'validation.invalid_value');
const transports = z
  .array(z.enum(['ble', 'cable', 'hybrid', 'internal', 'nfc', 'smart-card', 'usb']))
  .max(8);
const credentialBase = {
  id: b64url(1400).min(1),
  rawId: b64url(1400).min(1),
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()),
};

export const registrationResponseSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: b64url(4000),
    attestationObject: b64url(16000),
    authenticatorData: b64url(8000).optional(),
    transports: transports.optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    publicKey: b64url(4000).optional(),
  }),
});

export const authenticationResponseSchema = z.object({
  ...credentialBase,
  response: z.object({
    clientDataJSON: b64url(4000),
    authenticatorData: b64url(8000),
    signature: b64url(2000),
    userHandle: b64url(200).optional(),
  }),
});

export const registerPasskeyInput = z.object({
  label: requiredText(60),
  response: registrationResponseSchema,
});

export const passkeySignInInput = z.object({ response: authenticationResponseSchema });

export const removePasskeyInput = z.object({ id: idSchema });

export const resetSecondFactorsInput = z.object({ userId: idSchema });

export const securityPolicyInput = z.object({
  mfaGraceDays: z
    .number('validation.invalid_type')
    .int('validation.invalid_type')
    .min(0, 'validation.too_small_number')
    .max(MAX_GRACE_DAYS, 'validation.too_big_number'),
});

/** The login's second step, as its two forms send it (a TOTP code, or a recovery code). */
export const totpCodeInput = z.object({ code: totpCodeSchema });
export const recoveryCodeInput = z.object({ code: recoveryCodeSchema });
