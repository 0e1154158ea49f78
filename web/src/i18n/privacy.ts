// The public privacy notice (Law 25), in plain language.
import type { Widen } from './widen';

export const privacyFr = {
  accessLog: {
    nav: 'Journal des consultations',
    title: 'Journal des consultations de dossiers',
    intro: 'Qui a consulté ou exporté quel dossier de votre organisme, et quand.',
    person: 'Numéro de dossier',
    user: 'Membre de l’équipe',
    everyone: 'Toute l’équipe',
    from: 'Du',
    to: 'Au',
    filter: 'Filtrer',
    when: 'Quand',
    who: 'Qui',
    file: 'Dossier',
    action: 'Action',
    actions: { view: 'Consultation', export: 'Exportation' },
    empty: 'Aucune consultation pour ces critères.',
    more: 'Afficher plus',
  },
  fileActions: {
    title: 'Renseignements personnels',
    export: 'Exporter toutes les données (JSON et CSV)',
    exported: 'Données exportées : deux fichiers ont été téléchargés.',
    close: 'Fermer le dossier',
    closeConfirm:
      'Fermer ce dossier? Les candidatures en attente seront retirées. Les renseignements seront anonymisés à la fin de la période de conservation.',
    closed: 'Dossier fermé.',
    anonymise: 'Anonymiser maintenant, à la demande de la personne',
    anonymiseConfirm:
      'Anonymiser ce dossier? Le nom, les coordonnées, la date de naissance et les textes seront effacés définitivement. Les montants et les dates restent.',
    anonymised: 'Dossier anonymisé.',
    confirm: 'Confirmer',
    cancel: 'Annuler',
  },
  settings: {
    nav: 'Confidentialité',
    title: 'Confidentialité et conservation',
    retentionYears:
      'Conservation des renseignements personnels (années après la fin du dernier jumelage ou la fermeture du dossier)',
    officerName: 'Nom de la personne responsable',
    officerTitle: 'Titre',
    officerEmail: 'Courriel',
    officerPhone: 'Téléphone',
    save: 'Enregistrer',
    saved: 'Paramètres enregistrés.',
    publicPage: 'Voir la page publique',
  },
  link: 'Confidentialité',
  title: 'Protection des renseignements personnels',
  intro:
    'Passerelle sert au programme FIT : des organismes en employabilité y accompagnent des personnes vers un emploi subventionné. Voici, en mots simples, ce que nous faisons de vos renseignements.',
  sections: {
    what: {
      title: 'Ce que nous recueillons',
      body: 'Votre nom, vos coordonnées, votre région, les emplois que vous visez, vos compétences et vos disponibilités. Votre organisme peut aussi noter les clientèles qu’il dessert (par exemple : jeunes, personnes immigrantes) et des notes internes.',
    },
    why: {
      title: 'Pourquoi',
      body: 'Pour vous accompagner, vous proposer à des employeurs si vous y consentez, et gérer les subventions du programme. Nous ne vendons rien et ne faisons aucune publicité.',
    },
    who: {
      title: 'Qui voit quoi',
      body: 'Seul votre organisme voit votre dossier complet. Un employeur ne voit que votre prénom, l’initiale de votre nom, votre présentation, vos compétences et vos disponibilités — et vos coordonnées seulement s’il vous invite en entrevue et que vous l’avez accepté. La coordination du programme voit les jumelages, jamais les notes internes ni les clientèles d’une personne (seulement des totaux). Chaque consultation d’un dossier est inscrite dans un journal.',
    },
    consent: {
      title: 'Vos consentements',
      body: 'Vous consentez séparément à participer, à être proposé·e à des employeurs et à partager vos coordonnées. Vous pouvez retirer un consentement en tout temps auprès de votre conseiller·ère : il prend effet tout de suite.',
    },
    rights: {
      title: 'Vos droits',
      body: 'Vous pouvez obtenir une copie de tout ce que nous avons à votre sujet, faire corriger un renseignement, fermer votre dossier ou demander qu’il soit anonymisé. Adressez-vous à votre organisme ou à la personne responsable ci-dessous.',
    },
    retention: {
      title: 'Combien de temps',
      body_one:
        'Les renseignements personnels d’un dossier fermé sont anonymisés {{count}} an après la fin du dernier jumelage ou la fermeture du dossier. Les montants versés restent, sans votre nom, pour rendre compte des fonds publics.',
      body_many:
        'Les renseignements personnels d’un dossier fermé sont anonymisés {{count}} ans après la fin du dernier jumelage ou la fermeture du dossier. Les montants versés restent, sans votre nom, pour rendre compte des fonds publics.',
      body_other:
        'Les renseignements personnels d’un dossier fermé sont anonymisés {{count}} ans après la fin du dernier jumelage ou la fermeture du dossier. Les montants versés restent, sans votre nom, pour rendre compte des fonds publics.',
    },
  },
  officer: {
    title: 'Personne responsable de la protection des renseignements personnels',
    notSet:
      'La coordination du programme n’a pas encore indiqué cette personne. Écrivez à votre organisme.',
    email: 'Courriel',
    phone: 'Téléphone',
  },
};

export const privacyEn: Widen<typeof privacyFr> = {
  accessLog: {
    nav: 'Access log',
    title: 'Log of file access',
    intro: 'Who read or exported which file of your organisation, and when.',
    person: 'File number',
    user: 'Team member',
    everyone: 'Whole team',
    from: 'From',
    to: 'To',
    filter: 'Filter',
    when: 'When',
    who: 'Who',
    file: 'File',
    action: 'Action',
    actions: { view: 'Read', export: 'Export' },
    empty: 'No access for these criteria.',
    more: 'Show more',
  },
  fileActions: {
    title: 'Personal information',
    export: 'Export all data (JSON and CSV)',
    exported: 'Data exported: two files were downloaded.',
    close: 'Close the file',
    closeConfirm:
      'Close this file? Waiting proposals will be withdrawn. The information will be anonymised at the end of the retention period.',
    closed: 'File closed.',
    anonymise: 'Anonymise now, at the person’s request',
    anonymiseConfirm:
      'Anonymise this file? Name, contact details, birth date and texts will be erased for good. Amounts and dates remain.',
    anonymised: 'File anonymised.',
    confirm: 'Confirm',
    cancel: 'Cancel',
  },
  settings: {
    nav: 'Privacy',
    title: 'Privacy and retention',
    retentionYears:
      'Retention of personal information (years after the last pairing ended or the file closed)',
    officerName: 'Name of the person responsible',
    officerTitle: 'Title',
    officerEmail: 'Email',
    officerPhone: 'Phone',
    save: 'Save',
    saved: 'Settings saved.',
    publicPage: 'See the public page',
  },
  link: 'Privacy',
  title: 'Protection of personal information',
  intro:
    'Passerelle runs the FIT program: employment organisations use it to accompany people toward a subsidised job. Here is, in plain words, what we do with your information.',
  sections: {
    what: {
      title: 'What we collect',
      body: 'Your name, contact details, region, the jobs you are looking for, your skills and availability. Your organisation may also note the client groups it serves (for example: youth, immigrants) and internal notes.',
    },
    why: {
      title: 'Why',
      body: 'To accompany you, to propose you to employers if you agree, and to manage the program’s subsidies. We sell nothing and show no advertising.',
    },
    who: {
      title: 'Who sees what',
      body: 'Only your organisation sees your whole file. An employer sees only your first name, the initial of your last name, your presentation, skills and availability — and your contact details only if they invite you to an interview and you agreed. The program coordination sees pairings, never a person’s internal notes or client groups (only totals). Every time a file is read, it is written in a log.',
    },
    consent: {
      title: 'Your consents',
      body: 'You agree separately to take part, to be proposed to employers and to share your contact details. You can withdraw a consent at any time through your counsellor: it takes effect at once.',
    },
    rights: {
      title: 'Your rights',
      body: 'You can get a copy of everything we hold about you, have information corrected, close your file or ask for it to be anonymised. Contact your organisation or the person responsible below.',
    },
    retention: {
      title: 'For how long',
      body_one:
        'Personal information in a closed file is anonymised {{count}} year after the last pairing ended or the file closed. Amounts paid remain, without your name, to account for public money.',
      body_many:
        'Personal information in a closed file is anonymised {{count}} years after the last pairing ended or the file closed. Amounts paid remain, without your name, to account for public money.',
      body_other:
        'Personal information in a closed file is anonymised {{count}} years after the last pairing ended or the file closed. Amounts paid remain, without your name, to account for public money.',
    },
  },
  officer: {
    title: 'Person responsible for the protection of personal information',
    notSet: 'The program coordination has not named this person yet. Write to your organisation.',
    email: 'Email',
    phone: 'Phone',
  },
};
