// Input schemas of authentication and accounts: used by the procedures' .input() and by forms.
import { z } from 'zod';
import { locales } from '../locale';
import { roles } from '../roles';
import { requiredText } from '../schemaParts';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'validation.required')
  .max(254, 'validation.too_big_string')
  .pipe(z.email('validation.email'));

/** OWASP ASVS: length is what matters; no composition rules, long passphrases allowed. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, 'validation.passwordTooShort')
  .max(PASSWORD_MAX_LENGTH, 'validation.passwordTooLong');

export const personNameSchema = requiredText(120);

export const tokenSchema = z.string().min(20).max(200);

export const loginInput = z.object({
  email: emailSchema,
  password: z.string().min(1, 'validation.required').max(PASSWORD_MAX_LENGTH),
});
export type LoginInput = z.infer<typeof loginInput>;

export const requestPasswordResetInput = z.object({ email: emailSchema });

export const resetPasswordInput = z.object({
  token: tokenSchema,
  password: newPasswordSchema,
});

export const invitationTokenInput = z.object({ token: tokenSchema });

export const acceptInvitationInput = z.object({
  token: tokenSchema,
  name: personNameSchema,
  password: newPasswordSchema,
});

export const inviteInput = z.object({
  email: emailSchema,
  name: personNameSchema,
  role: z.enum(roles, 'validation.required'),
  organisationId: z.number().int().positive().optional(),
  businessId: z.number().int().positive().optional(),
  locale: z.enum(locales).default('fr-CA'),
});
export type InviteInput = z.input<typeof inviteInput>;

export const updateProfileInput = z.object({
  name: personNameSchema,
  locale: z.enum(locales),
});

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, 'validation.required').max(PASSWORD_MAX_LENGTH),
  newPassword: newPasswordSchema,
});

export const changeRoleInput = z.object({
  userId: z.number().int().positive(),
  role: z.enum(['org_admin', 'counsellor']),
});

/** The coordination makes a password reset link for one account. */
export const resetLinkInput = z.object({ userId: z.number().int().positive() });

export const setLocaleInput = z.object({ locale: z.enum(locales) });
