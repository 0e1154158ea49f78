// Notification emails in the recipient's language: one at once, or the daily digest listing the
// day's items. The messages are the web catalog's (shared/notifications/messages.ts), which
// renders the same kind + params in the bell's list.
import { formatDate, formatMoney } from '../../shared/format';
import type { Locale } from '../../shared/locale';
import { messageKey, type NotificationParams } from '../../shared/notifications/kinds';
import {
  notificationMessagesEn,
  notificationMessagesFr,
} from '../../shared/notifications/messages';
import type { OutgoingEmail } from './mailer';

const messages: Record<Locale, Record<string, string>> = {
  'fr-CA': notificationMessagesFr,
  'en-CA': notificationMessagesEn,
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
