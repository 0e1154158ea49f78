// Email texts, in the recipient's language. The catalog is here (server side) because
// emails are composed on the server; the web's catalogs hold the UI strings.
import type { Locale } from '../../shared/locale';
import type { Role } from '../../shared/roles';
import type { OutgoingEmail } from './mailer';

const roleLabels: Record<Locale, Record<Role, string>> = {
  'fr-CA': {
    coordinator: 'Coordination du projet',
    org_admin: "Direction d'organisme",
    counsellor: 'Conseiller·ère en emploi',
    employer: 'Employeur·e',
  },
  'en-CA': {
    coordinator: 'Program coordinator',
    org_admin: 'Organisation manager',
    counsellor: 'Employment counsellor',
    employer: 'Employer',
  },
};

export function invitationEmail(p: {
  to: string;
  locale: Locale;
  inviteeName: string;
  inviterName: string;
  role: Role;
  affiliation: string | null;
  link: string;
  expiresInDays: number;
}): OutgoingEmail {
  const role = roleLabels[p.locale][p.role];
  if (p.locale === 'en-CA') {
    return {
      to: p.to,
      subject: 'Your invitation to Passerelle (FIT program)',
      text: [
        `Hello ${p.inviteeName},`,
        '',
        `${p.inviterName} invites you to Passerelle, the platform of the FIT program, as: ${role}${p.affiliation ? ` (${p.affiliation})` : ''}.`,
        '',
        'To accept and choose your password, open this link:',
        p.link,
        '',
        `The link works once and expires in ${p.expiresInDays} days.`,
        'If you were not expecting this invitation, ignore this message.',
      ].join('\n'),
    };
  }
  return {
    to: p.to,
    subject: 'Votre invitation à Passerelle (programme FIT)',
    text: [
      `Bonjour ${p.inviteeName},`,
      '',
      `${p.inviterName} vous invite à Passerelle, la plateforme du programme FIT, à titre de : ${role}${p.affiliation ? ` (${p.affiliation})` : ''}.`,
      '',
      'Pour accepter et choisir votre mot de passe, ouvrez ce lien :',
      p.link,
      '',
      `Le lien ne fonctionne qu'une fois et expire dans ${p.expiresInDays} jours.`,
      "Si vous n'attendiez pas cette invitation, ignorez ce message.",
    ].join('\n'),
  };
}

export function passwordResetEmail(p: {
  to: string;
  locale: Locale;
  name: string;
  link: string;
  expiresInMinutes: number;
}): OutgoingEmail {
  if (p.locale === 'en-CA') {
    return {
      to: p.to,
      subject: 'Reset your Passerelle password',
      text: [
        `Hello ${p.name},`,
        '',
        'Someone (hopefully you) asked to reset your Passerelle password. To choose a new one, open this link:',
        p.link,
        '',
        `The link works once and expires in ${p.expiresInMinutes} minutes.`,
        'If you did not ask for this, ignore this message: your password stays the same.',
      ].join('\n'),
    };
  }
  return {
    to: p.to,
    subject: 'Réinitialisation de votre mot de passe Passerelle',
    text: [
      `Bonjour ${p.name},`,
      '',
      'Une demande de réinitialisation du mot de passe de votre compte Passerelle a été faite. Pour choisir un nouveau mot de passe, ouvrez ce lien :',
      p.link,
      '',
      `Le lien ne fonctionne qu'une fois et expire dans ${p.expiresInMinutes} minutes.`,
      "Si vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe reste le même.",
    ].join('\n'),
  };
}
