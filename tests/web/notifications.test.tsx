// Notification messages: every kind (and variant) has its message, label and delivery names in
// both languages, and the bell's list says exactly what the emails say (web catalog and server
// templates render the same kind + params to the same text, with amounts and dates formatted).
import { describe, expect, it } from 'vitest';
import { notificationMessage } from '../../server/mail/notificationTemplates';
import { formatDate, formatMoney } from '../../shared/format';
import type { Locale } from '../../shared/locale';
import {
  messageKey,
  NOTIFICATION_KINDS,
  type NotificationParams,
} from '../../shared/notifications/kinds';
import { runtimeKey } from '../../web/src/lib/errors';
import { expectInBothCatalogs, withI18n } from './support';

const i18n = withI18n();

const common = {
  postingTitle: 'Caissier·ère',
  businessName: 'Boulangerie du Plateau inc.',
  organisationName: 'Accès-Travail Montréal',
  amountCents: 123_456,
  periodStart: '2026-12-01',
  periodEnd: '2026-12-14',
  paidOn: '2026-12-20',
  dueOn: '2027-01-01',
  days: 7,
};

/** Every kind with each of its variants, as the emitters write them. */
const samples: { kind: string; params: NotificationParams }[] = [
  { kind: 'proposal_received', params: common },
  { kind: 'proposal_answered', params: { ...common, variant: 'interview' } },
  { kind: 'proposal_answered', params: { ...common, variant: 'declined' } },
  { kind: 'proposal_unanswered', params: common },
  { kind: 'hire_confirmed', params: common },
  {
    kind: 'agreement_to_sign',
    params: { ...common, variant: 'agreement', pairingId: 12, version: 1, amendment: 0 },
  },
  {
    kind: 'agreement_to_sign',
    params: { ...common, variant: 'amendment', pairingId: 12, version: 3, amendment: 2 },
  },
  { kind: 'claim_submitted', params: common },
  ...['claim_approved', 'claim_rejected', 'tranche_approved', 'tranche_rejected'].map(
    (variant) => ({ kind: 'claim_reviewed', params: { ...common, variant } }),
  ),
  { kind: 'payment_made', params: { ...common, variant: 'wage' } },
  { kind: 'payment_made', params: { ...common, variant: 'accompaniment' } },
  { kind: 'follow_up_due', params: common },
  { kind: 'retention_check_due', params: common },
];

describe('notification messages', () => {
  it('every kind and variant has its words in both languages (chosen at run time)', () => {
    expect(new Set(samples.map((s) => s.kind))).toEqual(new Set(NOTIFICATION_KINDS));
    expectInBothCatalogs(
      samples.map((s) => `notifications.message.${messageKey(s.kind, s.params)}`),
    );
  });

  it('the list in the app says what the email says, in each language', () => {
    for (const locale of ['fr-CA', 'en-CA'] as Locale[]) {
      for (const s of samples) {
        const web = i18n.t(runtimeKey(`notifications.message.${messageKey(s.kind, s.params)}`), {
          lng: locale,
          ...s.params,
          amount: formatMoney(common.amountCents, locale),
          periodStart: formatDate(common.periodStart, locale),
          periodEnd: formatDate(common.periodEnd, locale),
          paidOn: formatDate(common.paidOn, locale),
          dueOn: formatDate(common.dueOn, locale),
        });
        const email = notificationMessage(locale, s.kind, s.params);
        expect(web, `${locale} ${s.kind}`).toBe(email);
        expect(email).not.toContain('{{');
      }
    }
    expect(notificationMessage('fr-CA', 'payment_made', { ...common, variant: 'wage' })).toBe(
      `Paiement de ${formatMoney(123_456, 'fr-CA')} versé le 20 décembre 2026 : subvention salariale pour « Caissier·ère »`,
    );
  });
});
