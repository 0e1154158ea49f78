// Notifications: the bell, the list, the delivery preferences, and each kind's message (the (English)
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
    claim_submitted: 'Claim to review',
    claim_reviewed: 'Claim or subsidy approved or rejected',
    payment_made: 'Payment made',
    follow_up_due: 'Follow-up due',
    retention_check_due: 'Retention check due',
  },
  message: {
    proposal_received: 'New candidate proposed by {{organisationName}} for « {{postingTitle}} »',
    proposal_answered_interview:
      '{{businessName}} invited your candidate to an interview for « {{postingTitle}} »',
    proposal_answered_declined: '{{businessName}} declined your proposal for « {{postingTitle}} »',
    proposal_unanswered:
      'A candidate has been waiting {{days}} days for your answer: « {{postingTitle}} »',
    hire_confirmed: 'Hire confirmed by {{businessName}} for « {{postingTitle}} »',
    claim_submitted:
      'Claim from {{businessName}} to review: {{amount}} ({{periodStart}} to {{periodEnd}})',
    claim_reviewed_claim_approved: 'Your claim of {{amount}} for « {{postingTitle}} » was approved',
    claim_reviewed_claim_rejected: 'Your claim of {{amount}} for « {{postingTitle}} » was rejected',
    claim_reviewed_tranche_approved:
      'Accompaniment subsidy of {{amount}} approved ({{businessName}}, « {{postingTitle}} »)',
    claim_reviewed_tranche_rejected:
      'Accompaniment subsidy of {{amount}} rejected ({{businessName}}, « {{postingTitle}} »)',
    payment_made_wage:
      'Payment of {{amount}} made on {{paidOn}}: wage subsidy for « {{postingTitle}} »',
    payment_made_accompaniment:
      'Payment of {{amount}} made on {{paidOn}}: accompaniment subsidy ({{businessName}}, « {{postingTitle}} »)',
    follow_up_due: 'Follow-up due on {{dueOn}}: pairing at {{businessName}} (« {{postingTitle}} »)',
    retention_check_due:
      'Retention check due on {{dueOn}}: {{businessName}} (« {{postingTitle}} »)',
    unknown: 'Notification',
  },
};
