// The public privacy notice (Law 25), in plain language.

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
    actions: {
      view: 'Consultation',
      export: 'Exportation',
      proof: {
        download: 'Téléchargement d’une preuve de paie',
        download_refused: 'Téléchargement d’une preuve refusé',
      },
      agreement: { download: 'Téléchargement de l’entente' },
    },
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
    officerTitle: 'Titre (en français)',
    officerTitleEn: 'Titre (en anglais)',
    officerEmail: 'Courriel',
    officerPhone: 'Téléphone',
    save: 'Enregistrer',
    saved: 'Paramètres enregistrés.',
    publicPage: 'Voir la page publique',
  },
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
