// Catalogue (français) de la croissance du réseau : « Recruter avec FIT », demandes d'employeurs,
// import de dossiers, transferts de dossiers, jetons de l'API des partenaires.

export const growthErrorsFr = {
  recruit: {
    tooManyRequests:
      'Trop de demandes envoyées depuis cette adresse. Réessayez dans une heure ou appelez un organisme de votre région.',
    notFound: 'Demande introuvable.',
    alreadyTaken: 'Cette demande a déjà été prise en charge.',
  },
  import: {
    unreadable: 'Le fichier est illisible. Enregistrez-le en CSV (UTF-8) ou en XLSX et réessayez.',
    empty: 'Le fichier ne contient aucune personne.',
    tooManyRows: 'Le fichier contient {{count}} personnes; le maximum est {{max}} par import.',
    missingColumns: 'Colonnes obligatoires absentes : {{columns}}.',
    fileChanged: 'Le fichier a changé depuis l’aperçu. Affichez l’aperçu de nouveau.',
    hasErrors_one:
      '{{count}} ligne contient une erreur : corrigez-la dans le fichier, puis réessayez.',
    hasErrors_many:
      '{{count}} lignes contiennent des erreurs : corrigez-les dans le fichier, puis réessayez.',
    hasErrors_other:
      '{{count}} lignes contiennent des erreurs : corrigez-les dans le fichier, puis réessayez.',
  },
  transfer: {
    notFound: 'Demande de transfert introuvable.',
    sameOrganisation: 'Choisissez un autre organisme que le vôtre.',
    alreadyPending: 'Une demande de transfert est déjà en attente pour cette personne.',
    notPending: 'Cette demande de transfert a déjà reçu une réponse.',
  },
  apiToken: {
    notFound: 'Jeton introuvable.',
    scopeNotAllowed: 'Votre rôle ne permet pas ces autorisations : {{scopes}}.',
    expiryOutOfRange:
      'La date d’expiration doit être après aujourd’hui et dans au plus {{max}} jours.',
  },
  api: {
    invalidToken: 'Jeton d’API invalide.',
    tokenExpired: 'Ce jeton d’API est expiré.',
    tokenRevoked: 'Ce jeton d’API a été révoqué.',
    missingScope: 'Ce jeton n’a pas l’autorisation nécessaire.',
    rateLimited: 'Trop d’appels avec ce jeton. Réessayez dans une minute.',
  },
};

export const growthValidationFr = {
  dateInFuture: 'La date ne peut pas être dans le futur.',
  fileTooLarge: 'Le fichier est trop volumineux (5 Mo au plus).',
};

export const growthFr = {
  nav: {
    requests: 'Demandes d’employeurs',
    transfers: 'Transferts',
    import: 'Importer des dossiers',
    apiTokens: 'Accès API',
  },
  recruit: {
    loginLink: 'Vous êtes un employeur? Recruter avec FIT',
    title: 'Recruter avec FIT',
    intro:
      'Le programme FIT (Formation – Intégration – Travail) vous met en relation avec des organismes en employabilité de votre région. Ils vous proposent des personnes prêtes à travailler et les accompagnent après l’embauche. Une partie du salaire peut être remboursée par une subvention salariale.',
    how: 'Décrivez votre besoin ci-dessous. Vous recevrez un courriel pour confirmer votre adresse; votre besoin est ensuite transmis aux organismes de votre région, qui vous contacteront.',
    rulesTitle: 'Les règles de la phase en cours',
    rulesText:
      'Pour une subvention : au moins {{minHours}} heures par semaine, un stage de {{minWeeks}} à {{maxWeeks}} semaines; {{rate}} % du salaire horaire est remboursé, jusqu’à un salaire de {{cap}} de l’heure.',
    noRules: 'Aucune phase n’est ouverte en ce moment : votre besoin sera tout de même transmis.',
    business: 'Votre entreprise',
    contact: 'Personne à joindre',
    need: 'Votre besoin de main-d’œuvre',
    legalName: 'Nom de l’entreprise',
    neq: 'Numéro d’entreprise du Québec (NEQ)',
    neqHint: '10 chiffres, inscrit au Registraire des entreprises.',
    contactName: 'Votre nom',
    contactEmail: 'Votre adresse courriel',
    contactPhone: 'Votre téléphone',
    region: 'Région',
    city: 'Ville',
    title_: 'Titre du poste',
    noc: 'Code CNP 2021 du poste',
    hoursPerWeek: 'Heures par semaine',
    hourlyWage: 'Salaire horaire ($)',
    positions: 'Nombre de postes',
    startDate: 'Date d’entrée en poste souhaitée',
    durationWeeks: 'Durée prévue (semaines)',
    description: 'Description des tâches',
    requirements: 'Exigences',
    website: 'Site Web (laissez vide)',
    hoursBelowMin:
      'Moins de {{min}} heures par semaine : ce poste ne donnerait pas droit à la subvention.',
    weeksOutside: 'La subvention couvre un stage de {{min}} à {{max}} semaines.',
    wageAboveCap: 'Le remboursement est calculé sur au plus {{cap}} de l’heure.',
    submit: 'Envoyer ma demande',
    sent: 'Merci! Si l’adresse est valide, vous recevrez un courriel pour confirmer votre demande. Elle sera transmise aux organismes de votre région après votre confirmation (lien valide 7 jours).',
    confirmTitle: 'Confirmer votre demande',
    confirmIntro:
      'Confirmez votre adresse courriel pour transmettre votre besoin aux organismes de votre région.',
    confirm: 'Confirmer ma demande',
    confirmed:
      'Votre besoin « {{title}} » a été transmis à : {{organisations}}. Un·e conseiller·ère vous contactera.',
    noToken: 'Ce lien est incomplet. Ouvrez le lien reçu par courriel.',
  },
  requests: {
    title: 'Demandes d’employeurs',
    intro:
      'Besoins envoyés par des employeurs de votre région par « Recruter avec FIT », après confirmation de leur courriel. Prendre en charge crée l’entreprise (ou la relie à celle du même NEQ), invite l’employeur et crée l’offre en brouillon.',
    waiting: 'À prendre en charge',
    taken: 'Prises en charge',
    empty: 'Aucune demande pour le moment.',
    take: 'Prendre en charge',
    takenBy: 'Prise en charge par {{name}} ({{organisation}})',
    takenInvited:
      'Demande prise en charge : l’entreprise, l’invitation de l’employeur et l’offre en brouillon sont créées.',
    takenExisting:
      'Demande prise en charge : l’offre en brouillon est créée dans le compte existant de l’entreprise.',
    takenBusinessHasAccount:
      'Demande prise en charge : l’offre en brouillon est créée. L’entreprise a déjà un compte tenu par une autre personne : aucune invitation n’a été envoyée.',
    contactLine: '{{name}} · {{email}} · {{phone}}',
    needLine:
      '{{positions}} poste(s), {{hours}} h/sem., {{wage}}/h, dès le {{start}}, {{weeks}} semaines',
  },
  imports: {
    title: 'Importer des dossiers',
    intro:
      'Importez les personnes que votre organisme accompagne déjà, à partir d’un fichier CSV ou XLSX. Rien n’est enregistré avant que vous confirmiez; l’import se fait d’un seul coup.',
    templates: 'Modèles à télécharger',
    templateCsv: 'Modèle CSV (français)',
    templateXlsx: 'Modèle XLSX (français)',
    templateCsvEn: 'CSV template (English)',
    templateXlsxEn: 'XLSX template (English)',
    columnsTitle: 'Colonnes du fichier',
    columnsIntro:
      'Les en-têtes peuvent être en français ou en anglais, dans n’importe quel ordre. Dates au format AAAA-MM-JJ; listes séparées par « | »; consentements : oui ou non, avec leur date.',
    column: 'Colonne (fr / en)',
    requiredCol: 'Obligatoire',
    example: 'Exemple',
    yes: 'oui',
    no: 'non',
    file: 'Fichier CSV ou XLSX',
    preview: 'Afficher l’aperçu',
    summary:
      '{{rows}} ligne(s) : {{errors}} avec erreur(s), {{duplicates}} doublon(s) probable(s).',
    ignored: 'Colonnes ignorées : {{columns}}.',
    line: 'Ligne',
    person: 'Personne',
    birthDate: 'Naissance',
    email: 'Courriel',
    consents: 'Consentements',
    problems: 'Erreurs et doublons',
    ok: 'Prête',
    duplicateFile: 'Doublon probable de la ligne {{line}}',
    duplicateOrg: 'Déjà dans votre organisme : {{name}}',
    onlyProblems: 'Afficher seulement les lignes à vérifier',
    includeDuplicates: 'Importer aussi les doublons probables',
    fixFirst: 'Corrigez les lignes en erreur dans votre fichier, puis choisissez-le de nouveau.',
    run_one: 'Importer {{count}} personne',
    run_many: 'Importer {{count}} personnes',
    run_other: 'Importer {{count}} personnes',
    done: '{{created}} dossier(s) créé(s), {{skipped}} doublon(s) probable(s) non importé(s).',
    moreRows: '… et {{count}} autres lignes.',
  },
  transfers: {
    title: 'Transferts de dossiers',
    incoming: 'Reçus',
    outgoing: 'Envoyés',
    empty: 'Aucune demande de transfert.',
    sectionTitle: 'Transférer le dossier',
    sectionIntro:
      'Demandez à un autre organisme membre de prendre le dossier (par exemple si la personne déménage). Ses notes privées et ses clientèles ne suivent que si elle y a consenti.',
    to: 'Organisme qui recevra le dossier',
    reason: 'Raison',
    message: 'Message à l’organisme',
    send: 'Demander le transfert',
    sent: 'Demande de transfert envoyée.',
    reasons: {
      moved: 'La personne déménage',
      closer_services: 'Services plus proches',
      specialised_services: 'Services spécialisés',
      person_request: 'À la demande de la personne',
      other: 'Autre raison',
    },
    statuses: {
      pending: 'En attente',
      accepted: 'Accepté',
      declined: 'Refusé',
      cancelled: 'Annulé',
    },
    open: 'Voir la demande',
    from: 'De : {{name}}',
    toOrg: 'Vers : {{name}}',
    requestedBy: 'Demandé par {{name}} le {{date}}',
    availability: '{{hours}} h/sem., disponible le {{date}}',
    activePairing:
      'La personne est en jumelage : vous en assurerez le suivi (le jumelage reste attribué à l’organisme d’origine).',
    notesMove: 'La personne a consenti à ce que ses notes et ses clientèles suivent son dossier.',
    notesStay:
      'Sans son consentement, ses notes privées et ses clientèles ne suivront pas (elles seront effacées).',
    accept: 'Accepter le dossier',
    decline: 'Refuser',
    declineComment: 'Raison du refus (facultatif)',
    cancel: 'Annuler la demande',
    accepted: 'Dossier accepté : il fait maintenant partie de votre organisme.',
    declined: 'Demande refusée.',
  },
  apiTokens: {
    title: 'Accès à l’API des partenaires',
    intro:
      'Un jeton permet au logiciel de votre organisme (ou d’un partenaire) de lire et d’écrire dans Passerelle, avec les mêmes droits que vous, limités aux autorisations choisies. Chaque appel est consigné.',
    docs: 'Documentation de l’API (OpenAPI)',
    name: 'Nom du jeton',
    scopes: 'Autorisations',
    expiresOn: 'Dernier jour de validité',
    create: 'Créer le jeton',
    created: 'Copiez ce jeton maintenant : il ne sera plus jamais affiché.',
    list: 'Jetons',
    empty: 'Aucun jeton.',
    prefix: 'Début',
    createdBy: 'Créé par',
    lastUsed: 'Dernière utilisation',
    never: 'Jamais',
    expires: 'Expire',
    status: 'État',
    active: 'Actif',
    revoked: 'Révoqué',
    expired: 'Expiré',
    revoke: 'Révoquer',
    scopeLabels: {
      'people:read': 'Lire les personnes et les jumelages',
      'followups:read': 'Lire les suivis à faire',
      'followups:write': 'Consigner des suivis',
      'program:read': 'Lire le programme (rapports de phase, jumelages, grand livre)',
    },
  },
};
