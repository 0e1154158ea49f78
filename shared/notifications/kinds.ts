// The kinds of notification, who receives them, and how each is delivered by default.
// Data, not code: the server, the account page and the catalogs all read this list.
import { z } from 'zod';
import type { Role } from '../roles';
import { idSchema } from '../schemaParts';

export const NOTIFICATION_KINDS = [
  'proposal_received',
  'proposal_answered',
  'proposal_unanswered',
  'hire_confirmed',
  'agreement_to_sign',
  'claim_submitted',
  'claim_reviewed',
  'payment_made',
  'follow_up_due',
  'retention_check_due',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
export const notificationKindSchema = z.enum(NOTIFICATION_KINDS);

/** in_app: only the bell; email: an email right away; digest: one email a day with the rest. */
export const DELIVERIES = ['in_app', 'email', 'digest'] as const;
export type Delivery = (typeof DELIVERIES)[number];
export const deliverySchema = z.enum(DELIVERIES);

/** The default when a user has not chosen: act-now items by email, the rest in the daily digest. */
export const DEFAULT_DELIVERY: Record<NotificationKind, Delivery> = {
  proposal_received: 'email',
  proposal_answered: 'email',
  proposal_unanswered: 'email',
  hire_confirmed: 'digest',
  agreement_to_sign: 'email',
  claim_submitted: 'digest',
  claim_reviewed: 'email',
  payment_made: 'digest',
  follow_up_due: 'digest',
  retention_check_due: 'digest',
};

/** Who can receive each kind: the account page shows a user only the kinds of their role. */
export const KIND_ROLES: Record<NotificationKind, readonly Role[]> = {
  proposal_received: ['employer'],
  proposal_answered: ['counsellor', 'org_admin'],
  proposal_unanswered: ['employer'],
  hire_confirmed: ['counsellor', 'org_admin', 'coordinator'],
  agreement_to_sign: ['employer', 'counsellor', 'org_admin'],
  claim_submitted: ['coordinator'],
  claim_reviewed: ['employer', 'counsellor', 'org_admin'],
  payment_made: ['employer', 'counsellor', 'org_admin'],
  follow_up_due: ['counsellor', 'org_admin'],
  retention_check_due: ['counsellor', 'org_admin'],
};

export function kindsForRole(role: Role): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((k) => KIND_ROLES[k].includes(role));
}

/**
 * What a notification says, as data: ids, titles, business names, amounts in cents, dates.
 * Never a person's name, client group or note (notifications reach employers and email).
 */
export type NotificationParams = Record<string, string | number>;

/** The catalog key of a notification's message: its kind, and its variant when it has one. */
export function messageKey(kind: string, params: NotificationParams): string {
  return typeof params.variant === 'string' ? `${kind}_${params.variant}` : kind;
}

export const listNotificationsInput = z.object({
  unreadOnly: z.boolean().optional(),
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(50).default(20),
});

export const notificationIdInput = z.object({
  notificationId: idSchema,
});

export const setPreferenceInput = z.object({
  kind: notificationKindSchema,
  delivery: deliverySchema,
});
