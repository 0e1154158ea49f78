// Notifications: the bell, the list, the delivery preferences, and each kind's message (the
// server's email templates say the same in server/mail/notificationTemplates.ts).

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
