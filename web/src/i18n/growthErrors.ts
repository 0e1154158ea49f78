// Catalogue (français) : les erreurs et messages de validation de la croissance du réseau, dans
// la première partie du catalogue (fr-CA.ts) avec les autres erreurs.

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
