// Emails of « Recruter avec FIT »: the confirmation link sent to the employer's contact, and the
// notice that a confirmed request nobody took in charge was deleted.
import type { Locale } from '../../shared/locale';
import type { OutgoingEmail } from './mailer';

export function employerRequestConfirmationEmail(p: {
  to: string;
  locale: Locale;
  contactName: string;
  title: string;
  link: string;
  expiresInDays: number;
}): OutgoingEmail {
  if (p.locale === 'en-CA') {
    return {
      to: p.to,
      subject: 'Confirm your hiring need — Recruit with FIT',
      text: [
        `Hello ${p.contactName},`,
        '',
        `We received your hiring need “${p.title}” through Passerelle (FIT program).`,
        'To send it to the employment organisations of your region, confirm your email address by opening this link:',
        p.link,
        '',
        `The link works once and expires in ${p.expiresInDays} days; without confirmation the request is deleted.`,
        'If you did not fill in this form, ignore this message: nothing will be sent.',
      ].join('\n'),
    };
  }
  return {
    to: p.to,
    subject: 'Confirmez votre besoin de main-d’œuvre — Recruter avec FIT',
    text: [
      `Bonjour ${p.contactName},`,
      '',
      `Nous avons reçu votre besoin de main-d’œuvre « ${p.title} » par Passerelle (programme FIT).`,
      'Pour le transmettre aux organismes en employabilité de votre région, confirmez votre adresse courriel en ouvrant ce lien :',
      p.link,
      '',
      `Le lien fonctionne une seule fois et expire dans ${p.expiresInDays} jours; sans confirmation, la demande est supprimée.`,
      'Si vous n’avez pas rempli ce formulaire, ignorez ce message : rien ne sera transmis.',
    ].join('\n'),
  };
}

export function employerRequestUntakenEmail(p: {
  to: string;
  locale: Locale;
  contactName: string;
  title: string;
  link: string;
  days: number;
}): OutgoingEmail {
  if (p.locale === 'en-CA') {
    return {
      to: p.to,
      subject: 'Your hiring need was not taken in charge — Recruit with FIT',
      text: [
        `Hello ${p.contactName},`,
        '',
        `No employment organisation of your region could take your hiring need “${p.title}” in charge within ${p.days} days. It has been deleted, with your contact information.`,
        'If you are still hiring, you may send it again at any time:',
        p.link,
      ].join('\n'),
    };
  }
  return {
    to: p.to,
    subject: 'Votre besoin de main-d’œuvre n’a pas été pris en charge — Recruter avec FIT',
    text: [
      `Bonjour ${p.contactName},`,
      '',
      `Aucun organisme en employabilité de votre région n’a pu prendre en charge votre besoin « ${p.title} » en ${p.days} jours. Il a été supprimé, avec vos coordonnées.`,
      'Si vous recrutez toujours, vous pouvez le transmettre de nouveau en tout temps :',
      p.link,
    ].join('\n'),
  };
}
