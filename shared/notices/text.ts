// The wording of payment notices (« avis de paiement ») in both languages: the PDF, the page and
// the email all come from buildNoticeDocument, so they say the same thing.
export const noticeTextFr = {
  title: 'Avis de paiement n° {{id}}',
  titleCorrection: 'Avis de paiement correctif n° {{id}}',
  programme: 'Programme FIT (Formation – Intégration – Travail) — Coordination du projet',
  payee: 'Bénéficiaire : {{name}}',
  paidOn: 'Date du paiement : {{date}} · Référence : {{reference}}',
  correctedOn: 'Date de la correction : {{date}} · Référence du paiement corrigé : {{reference}}',
  itemsHeading: 'Détail',
  pairing: 'Jumelage',
  job: 'Poste',
  what: 'Objet',
  amount: 'Montant',
  period: 'Subvention salariale, période du {{start}} au {{end}}',
  milestone_hire: 'Soutien à l’accompagnement, tranche à l’embauche',
  milestone_completion: 'Soutien à l’accompagnement, tranche à la fin du jumelage',
  milestone_retention: 'Soutien à l’accompagnement, tranche au maintien en emploi',
  reversal: 'Annulation ({{what}})',
  pairingNumber: 'n° {{id}}',
  total: 'Total',
  correctionHeading: 'Correction',
  correctionText:
    'Le présent avis corrige l’avis de paiement n° {{notice}} : les montants ci-dessus, versés par erreur, sont annulés par des écritures de contrepassation au registre des versements.',
  questionsHeading: 'Questions',
  questionsText:
    'Cet avis est aussi dans Passerelle, à la page Avis de paiement. Pour toute question, écrivez à la Coordination du projet en indiquant le numéro de l’avis.',
  footer: 'Avis n° {{id}} · émis le {{date}}',
  emailSubject: 'Avis de paiement n° {{id}} — {{total}}',
  emailSubjectCorrection: 'Avis de paiement correctif n° {{id}} — {{total}}',
  emailGreeting: 'Bonjour {{name}},',
  emailLink: 'Voir l’avis et le télécharger en PDF : {{url}}',
};

export type NoticeText = typeof noticeTextFr;

export const noticeTextEn: NoticeText = {
  title: 'Payment notice no. {{id}}',
  titleCorrection: 'Corrective payment notice no. {{id}}',
  programme: 'FIT program (Formation – Intégration – Travail) — Program coordination',
  payee: 'Payee: {{name}}',
  paidOn: 'Payment date: {{date}} · Reference: {{reference}}',
  correctedOn: 'Correction date: {{date}} · Reference of the corrected payment: {{reference}}',
  itemsHeading: 'Details',
  pairing: 'Pairing',
  job: 'Job',
  what: 'For',
  amount: 'Amount',
  period: 'Wage subsidy, period from {{start}} to {{end}}',
  milestone_hire: 'Accompaniment subsidy, tranche at hire',
  milestone_completion: 'Accompaniment subsidy, tranche at the end of the pairing',
  milestone_retention: 'Accompaniment subsidy, tranche at the retention check',
  reversal: 'Cancelled ({{what}})',
  pairingNumber: 'no. {{id}}',
  total: 'Total',
  correctionHeading: 'Correction',
  correctionText:
    'This notice corrects payment notice no. {{notice}}: the amounts above, paid in error, are cancelled by reversing entries in the disbursement ledger.',
  questionsHeading: 'Questions',
  questionsText:
    'This notice is also in Passerelle, on the Payment notices page. For any question, write to the Program coordination, quoting the notice number.',
  footer: 'Notice no. {{id}} · issued on {{date}}',
  emailSubject: 'Payment notice no. {{id}} — {{total}}',
  emailSubjectCorrection: 'Corrective payment notice no. {{id}} — {{total}}',
  emailGreeting: 'Hello {{name}},',
  emailLink: 'See the notice and download it as a PDF: {{url}}',
};

export const noticeText = { 'fr-CA': noticeTextFr, 'en-CA': noticeTextEn } as const;
