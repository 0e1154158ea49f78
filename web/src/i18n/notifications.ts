// Notifications: the bell, the list, the delivery preferences, and each kind's message (the
// server's email templates say the same in server/mail/notificationTemplates.ts).
import type { Delivery, NotificationKind } from '../../../shared/notifications/kinds';
import { notificationMessagesFr } from '../../../shared/notifications/messages';

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
  } satisfies Record<Delivery, string>,
  kind: {
    proposal_received: 'Candidature reçue',
    proposal_answered: 'Réponse de l’employeur à une candidature',
    proposal_unanswered: 'Candidature sans réponse depuis 7 jours',
    hire_confirmed: 'Embauche confirmée',
    agreement_to_sign: 'Entente ou avenant à accepter',
    claim_submitted: 'Réclamation à examiner',
    claim_reviewed: 'Réclamation ou versement approuvé ou refusé',
    payment_made: 'Paiement effectué',
    follow_up_due: 'Suivi à faire',
    retention_check_due: 'Vérification du maintien en emploi à faire',
  } satisfies Record<NotificationKind, string>,
  message: {
    ...notificationMessagesFr,
    unknown: 'Notification',
  },
};
