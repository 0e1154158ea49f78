// Error and validation messages, by code (the server’s codes and the shared schemas’ keys).
import { growthErrorsFr, growthValidationFr } from './growthErrors';

export const messagesFr = {
  errors: {
    ...growthErrorsFr,
    generic: 'Une erreur inattendue s’est produite. Réessayez dans un instant.',
    network: 'Impossible de joindre le serveur. Vérifiez votre connexion.',
    auth: {
      invalidCredentials: 'Adresse courriel ou mot de passe incorrect.',
      tooManyAttempts_one: 'Trop de tentatives. Réessayez dans {{count}} minute.',
      tooManyAttempts_many: 'Trop de tentatives. Réessayez dans {{count}} minutes.',
      tooManyAttempts_other: 'Trop de tentatives. Réessayez dans {{count}} minutes.',
      accountLocked_one:
        'Trop de tentatives sur ce compte. Choisissez un nouveau mot de passe avec « Mot de passe oublié? », ou réessayez dans {{count}} minute.',
      accountLocked_many:
        'Trop de tentatives sur ce compte. Choisissez un nouveau mot de passe avec « Mot de passe oublié? », ou réessayez dans {{count}} minutes.',
      accountLocked_other:
        'Trop de tentatives sur ce compte. Choisissez un nouveau mot de passe avec « Mot de passe oublié? », ou réessayez dans {{count}} minutes.',
      notAuthenticated: 'Votre session a pris fin. Veuillez vous reconnecter.',
      forbidden: 'Vous n’avez pas accès à cette action.',
      wrongCurrentPassword: 'Le mot de passe actuel est incorrect.',
      secondFactorRequired:
        'Entrez le code de votre application d’authentification, ou utilisez une clé d’accès.',
      secondFactorInvalid:
        'Ce code n’est pas le bon. Vérifiez l’heure de votre téléphone et réessayez.',
      secondFactorReplayed:
        'Ce code vient d’être utilisé. Attendez le suivant (30 secondes au plus).',
      secondFactorExpired:
        'L’étape de connexion a expiré. Reconnectez-vous avec votre mot de passe.',
      recoveryCodeUsed:
        'Ce code de récupération a déjà été utilisé. Chaque code ne sert qu’une fois.',
      passkeyInvalid:
        'La clé d’accès n’a pas été reconnue. Réessayez ou connectez-vous avec votre mot de passe.',
      secondFactorSetupRequired:
        'Le délai pour configurer la double authentification est passé : configurez-la pour continuer.',
    },
    secondFactor: {
      totpAlreadyOn: 'Une application d’authentification est déjà configurée pour ce compte.',
      totpNotStarted: 'Commencez par afficher le code QR, puis entrez le code de l’application.',
      codeInvalid:
        'Ce code n’est pas le bon. Entrez le code à 6 chiffres affiché dans l’application.',
      passkeyInvalid: 'La clé d’accès n’a pas pu être enregistrée. Réessayez.',
      passkeyNotFound: 'Clé d’accès introuvable.',
      noneEnabled: 'Configurez d’abord une application d’authentification ou une clé d’accès.',
      cannotResetOwn:
        'Vous ne pouvez pas réinitialiser votre propre double authentification : demandez-le à une autre personne de la coordination.',
    },
    token: {
      invalid: 'Ce lien n’est pas valide.',
      expired: 'Ce lien a expiré. Demandez-en un nouveau.',
      used: 'Ce lien a déjà été utilisé.',
    },
    account: {
      emailTaken: 'Un compte existe déjà avec cette adresse courriel.',
      notFound: 'Compte introuvable.',
      roleNotInvitable: 'Vous ne pouvez pas inviter une personne à ce rôle.',
      organisationRequired: 'Choisissez un organisme membre.',
      businessRequired: 'Choisissez une entreprise.',
      businessHasContact:
        'Cette entreprise a déjà une personne-ressource. Demandez-lui ou à la coordination d’inviter ses collègues.',
      cannotChangeOwnRole: 'Vous ne pouvez pas changer votre propre rôle.',
      roleChangeNotAllowed: 'Ce rôle ne peut pas être changé ici.',
      notActive: 'Ce compte n’est pas actif : invitez la personne de nouveau.',
    },
    organisation: { notFound: 'Organisme introuvable.' },
    business: {
      notFound: 'Entreprise introuvable.',
      neqTaken: 'Une entreprise avec ce NEQ existe déjà.',
    },
    posting: {
      notFound: 'Offre introuvable.',
      startDateInPast: 'La date d’entrée en poste ne peut pas être passée.',
      notEditable: 'Cette offre ne peut plus être modifiée (elle est pourvue ou fermée).',
      illegalTransition: 'Cette action n’est pas possible pour une offre dans cet état.',
      notOpen: 'Cette offre n’est pas ouverte.',
      wageBelowMinimum:
        'Le salaire horaire doit être d’au moins {{limitCents}} (salaire minimum); vous avez indiqué {{actualCents}}.',
    },
    jobSeeker: {
      notFound: 'Dossier introuvable.',
      duplicate:
        'Une personne semblable existe déjà dans votre organisme : {{name}}. Vérifiez avant de créer un doublon.',
      closed: 'Ce dossier est fermé.',
      birthDateInFuture: 'La date de naissance ne peut pas être dans le futur.',
      activePairing: 'Cette personne est dans un jumelage actif : terminez-le d’abord.',
      anonymised: 'Ce dossier est déjà anonymisé.',
    },
    consent: {
      participationRequired: 'Le consentement à la participation doit d’abord être donné.',
      alreadyGiven: 'Ce consentement est déjà en vigueur.',
      notGiven: 'Ce consentement n’est pas en vigueur.',
      givenInFuture:
        'Un consentement ne peut pas être daté d’après aujourd’hui : le {{date}} est après le {{today}}.',
      withdrawnBeforeGiven:
        'Le retrait (le {{date}}) ne peut pas précéder le jour où le consentement a été donné (le {{givenOn}}).',
      withdrawnInFuture:
        'Un retrait ne peut pas être daté d’après aujourd’hui : le {{date}} est après le {{today}}.',
    },
    proposal: {
      notFound: 'Candidature introuvable.',
      noConsent: 'Cette personne n’a pas consenti à être proposée à des employeurs.',
      alreadyActive: 'Cette personne est déjà proposée pour cette offre.',
      alreadyHired: 'Cette personne est déjà embauchée dans un jumelage actif.',
      illegalTransition: 'Cette action n’est pas possible pour une candidature dans cet état.',
    },
    phase: {
      notFound: 'Phase introuvable.',
      numberTaken: 'Une phase porte déjà ce numéro.',
      notDraft: 'Seule une phase en préparation peut être modifiée.',
      illegalTransition: 'Cette action n’est pas possible pour une phase dans cet état.',
      rulesMissing: 'Définissez les règles de subvention avant d’ouvrir la phase.',
      envelopeMissing: 'Définissez l’enveloppe des subventions salariales avant d’ouvrir la phase.',
      noOrganisations: 'Ajoutez au moins un organisme participant avant d’ouvrir la phase.',
      anotherOpen: 'La phase {{number}} est déjà ouverte : fermez-la d’abord.',
      noneOpen:
        'Aucune phase n’est ouverte : l’embauche ne peut pas être subventionnée pour l’instant.',
    },
    pairing: {
      notFound: 'Jumelage introuvable.',
      startOutsidePhase: 'La date d’entrée doit être dans la phase (du {{start}} au {{end}}).',
      startTooFarInPast:
        'La date d’entrée (le {{date}}) est trop loin dans le passé : aujourd’hui, la phase l’accepte à partir du {{earliest}}.',
      rule: {
        minHourlyWage:
          'Le salaire horaire doit être d’au moins {{limitCents}} (règle de la phase); vous avez indiqué {{actualCents}}.',
        minHoursPerWeek:
          'Au moins {{limit}} heures par semaine sont requises (vous avez indiqué {{actual}}).',
        minWeeks: 'Le stage doit durer au moins {{limit}} semaines (vous avez indiqué {{actual}}).',
        maxWeeks: 'Le stage peut durer au plus {{limit}} semaines (vous avez indiqué {{actual}}).',
      },
      organisationNotInPhase:
        'L’organisme de cette personne ne participe pas à la phase {{phase}}.',
      illegalTransition: 'Cette action n’est pas possible pour un jumelage dans cet état.',
      retentionNotAllowed: 'La vérification à 12 semaines se fait une fois le jumelage terminé.',
      endBeforeStart:
        'La date de fin (le {{date}}) ne peut pas précéder la date d’entrée (le {{start}}).',
      endBeforeClaims:
        'La date de fin (le {{date}}) précède la fin des périodes déjà réclamées (le {{claimedUntil}}) : une réclamation doit rester dans le jumelage.',
      endInFuture:
        'La date de fin (le {{date}}) ne peut pas être après aujourd’hui (le {{today}}) : un jumelage se termine un jour arrivé.',
      retentionTooEarly:
        'La vérification à 12 semaines se consigne à partir du {{dueOn}} : le {{date}} est trop tôt.',
      retentionInFuture:
        'La date de la vérification (le {{date}}) ne peut pas être après aujourd’hui (le {{today}}).',
    },
    budget: {
      exceeded: 'Budget insuffisant : il reste {{remainingCents}}, il faut {{neededCents}}.',
    },
    claim: {
      notFound: 'Réclamation introuvable.',
      outsidePairing: 'La période doit être comprise dans le jumelage (du {{start}} au {{end}}).',
      periodNotEnded:
        'Cette période de paie n’est pas encore terminée : elle se termine le {{end}} et se réclame à partir de ce jour (aujourd’hui : le {{today}}).',
      overlaps: 'Cette période chevauche une réclamation déjà faite (du {{start}} au {{end}}).',
      deadlinePassed: 'Le délai pour réclamer sur cette phase est passé (le {{deadline}}).',
      nothingLeft: 'Le maximum de subvention de ce jumelage est déjà atteint.',
      invalidDate: 'Entrez des dates valides.',
      periodEndsBeforeStart: 'La fin de la période doit suivre son début.',
      periodLongerThanClaimPeriod:
        'Une réclamation couvre au plus {{limit}} jours (vous avez indiqué {{actual}}).',
      hoursAboveWeeklyMaximum:
        'Au plus {{limit}} heures peuvent être réclamées pour cette période (vous avez indiqué {{actual}}).',
      illegalTransition: 'Cette réclamation a déjà été traitée.',
      notSubmitted: 'Cette réclamation a déjà été examinée : on ne peut plus y joindre de preuve.',
    },
    agreement: {
      notFound: 'Entente introuvable.',
      notAParty: 'Seuls l’employeur et l’organisme membre du jumelage acceptent l’entente.',
      superseded:
        'Cette version a été remplacée par la version {{version}} : relisez la version en vigueur avant de l’accepter.',
      documentChanged:
        'Le document a changé depuis que vous l’avez ouvert : relisez-le avant de l’accepter.',
      alreadySigned: 'Votre partie a déjà accepté cette version de l’entente.',
      unsignedByEmployer:
        'Aucune réclamation avant que les deux parties aient accepté l’entente : l’employeur ne l’a pas encore acceptée (version {{version}}).',
      unsignedByOrganisation:
        'Aucune réclamation avant que les deux parties aient accepté l’entente : l’organisme membre ne l’a pas encore acceptée (version {{version}}).',
      unsignedByBoth:
        'Aucune réclamation avant que les deux parties aient accepté l’entente : ni l’employeur ni l’organisme membre ne l’ont encore acceptée (version {{version}}).',
    },
    amendment: {
      notActive: 'Seul un jumelage en cours peut être modifié par avenant.',
      notAllowed: 'Ce type d’avenant ne relève pas de votre rôle.',
      noChange: 'Ces conditions sont déjà celles du jumelage.',
      effectiveOutsidePairing:
        'La date d’entrée en vigueur doit être dans le jumelage (du {{start}} au {{end}}).',
      effectiveBeforeLastChange:
        'La date d’entrée en vigueur ne peut pas précéder le dernier changement (le {{date}}).',
      beforeClaimedPeriod:
        'Une réclamation couvre déjà la période jusqu’au {{date}} : le changement doit venir après.',
      leaveEndsBeforeStart: 'La fin du congé doit suivre son début.',
      leaveOutsidePairing: 'Le congé doit commencer pendant le jumelage (du {{start}} au {{end}}).',
      leaveOverlaps: 'Ce congé chevauche un congé déjà noté (du {{start}} au {{end}}).',
      counsellorNotInOrganisation:
        'Choisissez un·e conseiller·ère actif·ve de l’organisme membre du jumelage.',
      belowClaimed:
        'Le nouveau maximum ({{maxCents}}) serait inférieur aux montants déjà réclamés ({{usedCents}}).',
      endBeforeToday:
        'La nouvelle fin prévue (le {{date}}) serait déjà passée : terminez plutôt le jumelage (fin ou fin anticipée).',
    },
    proof: {
      notFound: 'Preuve introuvable.',
      empty: 'Choisissez un fichier.',
      tooLarge: 'Un fichier peut peser au plus {{maxMb}} Mo.',
      unsupportedType:
        'Ce fichier n’est pas un PDF, un PNG ni un JPEG (son contenu est de type {{detected}}).',
      tooMany: 'Au plus {{max}} preuves par réclamation.',
      tooManyStaged:
        'Trop de fichiers envoyés sans réclamation ({{max}}) : soumettez d’abord une réclamation.',
      alreadyAttached: 'Ce fichier est déjà joint à une réclamation.',
    },
    notice: { notFound: 'Avis introuvable.' },
    tranche: {
      notFound: 'Versement introuvable.',
      illegalTransition: 'Ce versement a déjà été traité.',
      notDueYet:
        'Ce versement sera dû le {{dueOn}}, jour de son étape : il ne peut pas être approuvé avant (aujourd’hui : le {{today}}).',
    },
    ledger: {
      notFound: 'Écriture introuvable.',
      alreadyPaid: 'Ce versement est déjà marqué payé.',
      alreadyReversed: 'Cette écriture a déjà été contrepassée.',
      cannotPayReversal: 'Une contrepassation ne se paie pas.',
      batchKeyReused:
        'Ce lot de paiements a déjà été enregistré avec d’autres écritures, une autre date ou une autre référence. Rouvrez le formulaire.',
      paidInFuture:
        'La date de paiement (le {{date}}) ne peut pas être après aujourd’hui (le {{today}}).',
      paidBeforeApproval:
        'La date de paiement (le {{date}}) ne peut pas précéder l’approbation (le {{approvedOn}}).',
    },
    notification: {
      notFound: 'Notification introuvable.',
      kindNotForRole: 'Ce type de notification ne concerne pas votre rôle.',
    },
    followUp: {
      nextBeforeDate: 'Le prochain suivi doit suivre la date de ce suivi.',
      inFuture:
        'Un suivi ne peut pas être daté d’après aujourd’hui : le {{date}} est après le {{today}} (le prochain suivi, lui, peut être à venir).',
      beforePairing: 'Ce suivi (le {{date}}) précède le jumelage, qui commence le {{earliest}}.',
      personAnonymised:
        'La personne a été anonymisée : aucun suivi ne peut plus être ajouté à ce jumelage.',
    },
    request: {
      badOrigin: 'Requête refusée : elle ne provient pas de Passerelle.',
      tooLarge: 'La requête est trop volumineuse.',
      invalidInput: 'Certaines informations sont invalides.',
      busy: 'Le serveur est très occupé en ce moment : rien n’a été enregistré. Réessayez dans quelques secondes.',
    },
  },
  validation: {
    ...growthValidationFr,
    required: 'Ce champ est obligatoire.',
    email: 'Entrez une adresse courriel valide (ex. : nom@exemple.ca).',
    passwordTooShort: 'Le mot de passe doit contenir au moins {{min}} caractères.',
    passwordTooLong: 'Le mot de passe doit contenir au plus {{max}} caractères.',
    too_small_string: 'Au moins {{min}} caractères.',
    too_big_string: 'Au plus {{max}} caractères.',
    too_small_number: 'La valeur doit être au moins {{min}}.',
    too_big_number: 'La valeur doit être au plus {{max}}.',
    invalid_format: 'Le format n’est pas valide.',
    invalid_type: 'Valeur invalide.',
    invalid_value: 'Choisissez une valeur de la liste.',
    invalid: 'Valeur invalide.',
    neq: 'Le NEQ compte 10 chiffres (ex. : 1171234567).',
    date: 'Entrez une date valide (AAAA-MM-JJ).',
    region: 'Choisissez une région.',
    noc: 'Entrez un code CNP 2021 valide (5 chiffres, ex. : 65100).',
    phone: 'Entrez un numéro de téléphone valide (ex. : 514 555-0123).',
    integer: 'Entrez un nombre entier.',
    money: 'Entrez un montant en dollars, ex. : 18,50 (au plus deux décimales).',
    hours: 'Entrez un nombre d’heures, ex. : 37,5 (au plus deux décimales).',
    percent: 'Entrez un pourcentage, ex. : 50 ou 33,33.',
    tooMany: 'Trop d’éléments.',
    endBeforeStart: 'La date de fin doit suivre la date de début.',
    duplicateOrganisation: 'Cet organisme est déjà dans la liste.',
    rules: {
      maxHoursBelowMin: 'Doit être au moins égal au minimum d’heures par semaine.',
      maxWeeksBelowMin: 'Doit être au moins égal au nombre minimal de semaines.',
      sharesNotFull: 'Les parts des versements doivent totaliser 100 %.',
      duplicateMilestone: 'Chaque étape ne peut avoir qu’un versement.',
    },
    twoDecimals: 'Au plus deux décimales.',
    totpCode: 'Entrez les 6 chiffres du code.',
    recoveryCode: 'Un code de récupération compte 16 caractères (ex. : ABCD-EFGH-JKMN-PQRS).',
    controlCharacters:
      'Ce texte contient un caractère invisible non permis (caractère de contrôle ou de direction du texte) : retirez-le.',
    lineBreak: 'Ce champ tient sur une ligne : retirez les retours à la ligne et les tabulations.',
    consentNeedsParticipation:
      'Le consentement à la participation est nécessaire avant les autres.',
    mustAccept: 'Cochez la case pour confirmer que vous acceptez le document.',
    amendment: {
      leaveEndsBeforeStart: 'La fin du congé doit suivre son début.',
      leaveTooLong: 'Un congé dure au plus un an.',
    },
  },
};
