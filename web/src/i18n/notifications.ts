// Notifications: the bell, the list, the delivery preferences, and each kind's message (the
// server's email templates say the same in server/mail/notificationTemplates.ts).
import type { Widen } from './widen';

export const notificationsFr = {
  bell: {
    unread_zero: 'Notifications : aucune non lue',
    unread_one: '{{count}} notification non lue',
    unread_many: '{{count}} notifications non lues',
    unread_other: '{{count}} notifications non lues',
  },
  page: {
    title: 'Notifications',
    all: 'Toutes',
    unread: 'Non lues',
    filter: 'Afficher',
    markAllRead: 'Tout marquer comme lu',
    allMarked: 'Toutes les notifications sont marquées comme lues.',
    none: 'Aucune notification pour le moment.',
    noneUnread: 'Aucune notification non lue.',
    count_one: '{{count}} notification affichée',
    count_many: '{{count}} notifications affichées',
    count_other: '{{count}} notifications affichées',
    more: 'Afficher plus',
    new: 'Nouveau',
    newLabel: 'non lue',
    preferencesLink: 'Choisir comment recevoir les notifications',
  },
  preferences: {
    title: 'Notifications',
    intro:
      'Pour chaque type de notification, choisissez comment la recevoir. Toutes restent visibles sous la cloche.',
    caption: 'Mode de réception par type de notification',
    kind: 'Type',
    saved: 'Préférence enregistrée : {{kind}} — {{delivery}}.',
    defaultMark: '(par défaut)',
  },
  delivery: {
    in_app: 'Dans Passerelle seulement',
    email: 'Courriel immédiat',
    digest: 'Résumé quotidien',
  },
  kind: {
    proposal_received: 'Candidature reçue',
    proposal_answered: 'Réponse de l’employeur à une candidature',
    proposal_unanswered: 'Candidature sans réponse depuis 7 jours',
    hire_confirmed: 'Embauche confirmée',
    claim_submitted: 'Réclamation à examiner',
    claim_reviewed: 'Réclamation ou versement approuvé ou refusé',
    payment_made: 'Paiement effectué',
    follow_up_due: 'Suivi à faire',
    retention_check_due: 'Vérification du maintien en emploi à faire',
  },
  message: {
    proposal_received:
      'Nouvelle candidature proposée par {{organisationName}} pour « {{postingTitle}} »',
    proposal_answered_interview:
      '{{businessName}} invite votre candidat·e en entrevue pour « {{postingTitle}} »',
    proposal_answered_declined:
      '{{businessName}} a décliné votre candidature pour « {{postingTitle}} »',
    proposal_unanswered:
      'Une candidature attend votre réponse depuis {{days}} jours : « {{postingTitle}} »',
    hire_confirmed: 'Embauche confirmée par {{businessName}} pour « {{postingTitle}} »',
    claim_submitted:
      'Réclamation de {{businessName}} à examiner : {{amount}} (du {{periodStart}} au {{periodEnd}})',
    claim_reviewed_claim_approved:
      'Votre réclamation de {{amount}} pour « {{postingTitle}} » est approuvée',
    claim_reviewed_claim_rejected:
      'Votre réclamation de {{amount}} pour « {{postingTitle}} » est refusée',
    claim_reviewed_tranche_approved:
      'Soutien à l’accompagnement de {{amount}} approuvé ({{businessName}}, « {{postingTitle}} »)',
    claim_reviewed_tranche_rejected:
      'Soutien à l’accompagnement de {{amount}} refusé ({{businessName}}, « {{postingTitle}} »)',
    payment_made_wage:
      'Paiement de {{amount}} versé le {{paidOn}} : subvention salariale pour « {{postingTitle}} »',
    payment_made_accompaniment:
      'Paiement de {{amount}} versé le {{paidOn}} : soutien à l’accompagnement ({{businessName}}, « {{postingTitle}} »)',
    follow_up_due:
      'Suivi à faire le {{dueOn}} : jumelage chez {{businessName}} (« {{postingTitle}} »)',
    retention_check_due:
      'Vérification du maintien en emploi à faire le {{dueOn}} : {{businessName}} (« {{postingTitle}} »)',
    unknown: 'Notification',
  },
};

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
