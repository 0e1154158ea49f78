// Notifications: the bell, the list, the delivery preferences, and each kind's message (the (English)
import { notificationMessagesEn } from '../../../../shared/notifications/messages';
import type { notificationsFr } from '../notifications';
import type { Widen } from '../widen';

export const notificationsEn: Widen<typeof notificationsFr> = {
  bell: {
    unread_zero: 'Notifications: none unread',
    unread_one: '{{count}} unread notification',
    unread_many: '{{count}} unread notifications',
    unread_other: '{{count}} unread notifications',
  },
  page: {
    title: 'Notifications',
    all: 'All',
    unread: 'Unread',
    filter: 'Show',
    markAllRead: 'Mark all as read',
    allMarked: 'All notifications are marked as read.',
    none: 'No notifications yet.',
    noneUnread: 'No unread notifications.',
    count_one: '{{count}} notification shown',
    count_many: '{{count}} notifications shown',
    count_other: '{{count}} notifications shown',
    more: 'Show more',
    new: 'New',
    newLabel: 'unread',
    preferencesLink: 'Choose how to receive notifications',
  },
  preferences: {
    title: 'Notifications',
    intro:
      'For each kind of notification, choose how you receive it. All of them stay under the bell.',
    caption: 'How each kind of notification is delivered',
    kind: 'Kind',
    saved: 'Preference saved: {{kind}} — {{delivery}}.',
    defaultMark: '(default)',
  },
  delivery: {
    in_app: 'In Passerelle only',
    email: 'Email right away',
    digest: 'Daily digest',
  },
  kind: {
    proposal_received: 'Candidate received',
    proposal_answered: 'Employer’s answer to a proposal',
    proposal_unanswered: 'Proposal unanswered for 7 days',
    hire_confirmed: 'Hire confirmed',
    agreement_to_sign: 'Agreement or amendment to accept',
    claim_submitted: 'Claim to review',
    claim_reviewed: 'Claim or subsidy approved or rejected',
    payment_made: 'Payment made',
    follow_up_due: 'Follow-up due',
    retention_check_due: 'Retention check due',
  },
  message: {
    ...notificationMessagesEn,
    unknown: 'Notification',
  },
};
