// Notification emails in the recipient's language: one at once, or the daily digest listing the
// day's items. The messages mirror the web's catalog (web/src/i18n/notifications.ts), which
// renders the same kind + params in the bell's list.
import { formatDate, formatMoney } from '../../shared/format';
import type { Locale } from '../../shared/locale';
import { messageKey, type NotificationParams } from '../../shared/notifications/kinds';
import type { OutgoingEmail } from './mailer';

const messages: Record<Locale, Record<string, string>> = {
  'fr-CA': {
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
  },
  'en-CA': {
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
  },
};

const dateParams = ['periodStart', 'periodEnd', 'paidOn', 'dueOn'];

/** The one-line message of a notification, in `locale`. */
export function notificationMessage(
  locale: Locale,
  kind: string,
  params: NotificationParams,
): string {
  const template = messages[locale][messageKey(kind, params)] ?? kind;
  return template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
    if (name === 'amount' && typeof params.amountCents === 'number') {
      return formatMoney(params.amountCents, locale);
    }
    const value = params[name];
    if (value === undefined) return '';
    if (dateParams.includes(name) && typeof value === 'string') return formatDate(value, locale);
    return String(value);
  });
}

const footer: Record<Locale, (accountUrl: string) => string[]> = {
  'fr-CA': (url) => [
    '',
    '—',
    'Pour choisir comment recevoir chaque type de notification (dans Passerelle seulement, par courriel ou dans un résumé quotidien), ouvrez votre compte :',
    url,
  ],
  'en-CA': (url) => [
    '',
    '—',
    'To choose how you receive each kind of notification (in Passerelle only, by email or in a daily digest), open your account:',
    url,
  ],
};

export function notificationEmail(p: {
  to: string;
  locale: Locale;
  name: string;
  kind: string;
  params: NotificationParams;
  url: string;
  accountUrl: string;
}): OutgoingEmail {
  const message = notificationMessage(p.locale, p.kind, p.params);
  const fr = p.locale === 'fr-CA';
  return {
    to: p.to,
    subject: `Passerelle — ${message}`,
    text: [
      fr ? `Bonjour ${p.name},` : `Hello ${p.name},`,
      '',
      `${message}.`,
      '',
      fr ? 'Pour le voir dans Passerelle :' : 'To see it in Passerelle:',
      p.url,
      ...footer[p.locale](p.accountUrl),
    ].join('\n'),
  };
}

export function digestEmail(p: {
  to: string;
  locale: Locale;
  name: string;
  date: string;
  items: { kind: string; params: NotificationParams; url: string }[];
  accountUrl: string;
}): OutgoingEmail {
  const fr = p.locale === 'fr-CA';
  const day = formatDate(p.date, p.locale);
  const n = p.items.length;
  return {
    to: p.to,
    subject: fr
      ? `Passerelle — votre résumé du ${day} (${n} ${n > 1 ? 'notifications' : 'notification'})`
      : `Passerelle — your digest for ${day} (${n} ${n > 1 ? 'notifications' : 'notification'})`,
    text: [
      fr ? `Bonjour ${p.name},` : `Hello ${p.name},`,
      '',
      fr ? 'Voici ce qui s’est passé dans Passerelle :' : 'Here is what happened in Passerelle:',
      '',
      ...p.items.flatMap((item) => [
        `• ${notificationMessage(p.locale, item.kind, item.params)}`,
        `  ${item.url}`,
      ]),
      ...footer[p.locale](p.accountUrl),
    ].join('\n'),
  };
}
