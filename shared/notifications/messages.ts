// The one-line message of each notification, in both languages: the bell's list (through the
// web catalog) and the emails (server/mail/notificationTemplates.ts) both read these, so the
// app and the email always say the same thing. {{name}} is filled from the params.

export const notificationMessagesFr = {
  proposal_received:
    'Nouvelle candidature proposée par {{organisationName}} pour « {{postingTitle}} »',
  proposal_answered_interview:
    '{{businessName}} invite votre candidat·e en entrevue pour « {{postingTitle}} »',
  proposal_answered_declined:
    '{{businessName}} a décliné votre candidature pour « {{postingTitle}} »',
  proposal_unanswered:
    'Une candidature attend votre réponse depuis {{days}} jours : « {{postingTitle}} »',
  hire_confirmed: 'Embauche confirmée par {{businessName}} pour « {{postingTitle}} »',
  agreement_to_sign_agreement:
    'Entente de jumelage à accepter : « {{postingTitle}} » chez {{businessName}} (jumelage n° {{pairingId}})',
  agreement_to_sign_amendment:
    'Avenant n° {{amendment}} à accepter : « {{postingTitle}} » chez {{businessName}} (jumelage n° {{pairingId}})',
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
};

export const notificationMessagesEn: Record<keyof typeof notificationMessagesFr, string> = {
  proposal_received: 'New candidate proposed by {{organisationName}} for “{{postingTitle}}”',
  proposal_answered_interview:
    '{{businessName}} invited your candidate to an interview for “{{postingTitle}}”',
  proposal_answered_declined: '{{businessName}} declined your proposal for “{{postingTitle}}”',
  proposal_unanswered:
    'A candidate has been waiting {{days}} days for your answer: “{{postingTitle}}”',
  hire_confirmed: 'Hire confirmed by {{businessName}} for “{{postingTitle}}”',
  agreement_to_sign_agreement:
    'Placement agreement to accept: “{{postingTitle}}” at {{businessName}} (pairing no. {{pairingId}})',
  agreement_to_sign_amendment:
    'Amendment no. {{amendment}} to accept: “{{postingTitle}}” at {{businessName}} (pairing no. {{pairingId}})',
  claim_submitted:
    'Claim from {{businessName}} to review: {{amount}} ({{periodStart}} to {{periodEnd}})',
  claim_reviewed_claim_approved: 'Your claim of {{amount}} for “{{postingTitle}}” was approved',
  claim_reviewed_claim_rejected: 'Your claim of {{amount}} for “{{postingTitle}}” was rejected',
  claim_reviewed_tranche_approved:
    'Accompaniment subsidy of {{amount}} approved ({{businessName}}, “{{postingTitle}}”)',
  claim_reviewed_tranche_rejected:
    'Accompaniment subsidy of {{amount}} rejected ({{businessName}}, “{{postingTitle}}”)',
  payment_made_wage:
    'Payment of {{amount}} made on {{paidOn}}: wage subsidy for “{{postingTitle}}”',
  payment_made_accompaniment:
    'Payment of {{amount}} made on {{paidOn}}: accompaniment subsidy ({{businessName}}, “{{postingTitle}}”)',
  follow_up_due: 'Follow-up due on {{dueOn}}: pairing at {{businessName}} (“{{postingTitle}}”)',
  retention_check_due: 'Retention check due on {{dueOn}}: {{businessName}} (“{{postingTitle}}”)',
};
