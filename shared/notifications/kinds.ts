// The kinds of notification, who receives them, and how each is delivered by default.
// Data, not code: the server, the account page and the catalogs all read this list.
import { z } from 'zod';

export const NOTIFICATION_KINDS = [
  'proposal_received',
  'proposal_answered',
  'proposal_unanswered',
  'hire_confirmed',
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
  claim_submitted: 'digest',
  claim_reviewed: 'email',
  payment_made: 'digest',
  follow_up_due: 'digest',
  retention_check_due: 'digest',
};
