// The audit history's list input and the actions the page offers as filters.
import { z } from 'zod';
import { listDateSchema, pagingInput, sortSchema } from './lists';
import { idSchema } from './schemaParts';

/** Actions recorded in audit_events (server/features/audit/recordAudit.ts), for the filter. */
export const auditActions = [
  'auth.login_succeeded',
  'auth.login_failed',
  'auth.logout',
  'auth.logout_everywhere',
  'invitation.sent',
  'invitation.accepted',
  'password.changed',
  'password.reset_requested',
  'password.reset',
  'role.changed',
  'profile.updated',
  'business.created',
  'business.updated',
  'jobSeeker.created',
  'jobSeeker.updated',
  'jobSeeker.exported',
  'jobSeeker.closed',
  'jobSeeker.anonymised',
  'settings.privacy_updated',
  'consent.given',
  'consent.withdrawn',
  'phase.created',
  'phase.updated',
  'phase.opened',
  'phase.closed',
  'pairing.created',
  'pairing.completed',
  'pairing.ended_early',
  'pairing.retention_recorded',
  'claim.submitted',
  'claim.approved',
  'claim.rejected',
  'tranche.approved',
  'tranche.rejected',
  'ledger.paid',
  'ledger.reversed',
  'agreement.signed',
  'pairing.amended',
  'proof.uploaded',
  'proof.attached',
  'proof.download_refused',
  'notice.issued',
  'auth.second_factor_failed',
  'auth.passkey_sign_in',
  'mfa.totp_enabled',
  'mfa.totp_disabled',
  'mfa.passkey_added',
  'mfa.passkey_removed',
  'mfa.recovery_codes_generated',
  'mfa.recovery_code_used',
  'mfa.reset',
  'mfa.policy_updated',
  'employerRequest.submitted',
  'employerRequest.confirmed',
  'employerRequest.taken',
  'employerRequest.purged',
  'employerRequest.purgedUntaken',
  'posting.created',
  'jobSeeker.imported',
  'transfer.requested',
  'transfer.accepted',
  'transfer.declined',
  'transfer.cancelled',
  'apiToken.created',
  'apiToken.revoked',
  'api.called',
] as const;

export type AuditAction = (typeof auditActions)[number];

/** Whether `action` is one the history names (older or newer ones are shown as recorded). */
export function isAuditAction(action: string): action is AuditAction {
  return (auditActions as readonly string[]).includes(action);
}

export const auditSortKeys = ['at'] as const;

export const listAuditInput = z.object({
  /** An action name (any recorded one; newer actions need no change here). */
  action: z
    .string()
    .max(60, 'validation.invalid_value')
    .regex(/^[a-zA-Z]+(?:[._][a-zA-Z_]+)*$/, 'validation.invalid_value')
    .optional(),
  actorUserId: idSchema.optional(),
  /** Calendar dates (Quebec), inclusive. */
  from: listDateSchema,
  to: listDateSchema,
  sort: sortSchema(auditSortKeys, { by: 'at', dir: 'desc' }),
  ...pagingInput(100, 50),
});
