import type {
  ClaimStatus,
  EndEarlyReason,
  LedgerEntryKind,
  PairingStatus,
  RejectReason,
} from '../../../shared/money/machines';

export const employerPairingsFr = {
  pairingStatus: {
    active: 'En cours',
    completed: 'Terminé',
    ended_early: 'Fin anticipée',
  } satisfies Record<PairingStatus, string>,
  pairingStatusPlural: {
    active: 'En cours',
    completed: 'Terminés',
    ended_early: 'Terminés avant la date prévue',
  },
  claimStatus: {
    submitted: 'Soumise',
    approved: 'Approuvée',
    rejected: 'Refusée',
    reversed: 'Contrepassée (à soumettre de nouveau)',
  } satisfies Record<ClaimStatus, string>,
  rejectReason: {
    proof_missing_or_unreadable: 'Preuve manquante ou illisible',
    missing_documents: 'Pièces justificatives manquantes',
    hours_not_eligible: 'Heures non admissibles',
    outside_period: 'Période hors du jumelage',
    duplicate: 'Réclamation en double',
    other: 'Autre raison',
  } satisfies Record<RejectReason, string>,
  endReason: {
    quit: 'La personne a quitté l’emploi',
    dismissed: 'L’entreprise a mis fin à l’emploi',
    health: 'Raisons de santé',
    moved: 'La personne a déménagé',
    other_job: 'La personne a trouvé un autre emploi',
    other: 'Autre raison',
  } satisfies Record<EndEarlyReason, string>,
  ledgerKind: {
    wage_subsidy: 'Subvention salariale',
    accompaniment: 'Soutien à l’accompagnement',
    reversal: 'Correction (contrepassation)',
  } satisfies Record<LedgerEntryKind, string>,
  hire: {
    open: 'Confirmer l’embauche',
    title: 'Confirmer l’embauche de {{name}}',
    rules:
      'Règles de la phase {{number}} : {{rate}} du salaire horaire (compté jusqu’à {{cap}}), au moins {{minHours}} h par semaine ({{maxHours}} h comptées au plus), de {{minWeeks}} à {{maxWeeks}} semaines, entrée en poste du {{start}} au {{end}}.',
    startDate: 'Date d’entrée en poste',
    wage: 'Salaire horaire',
    hoursPerWeek: 'Heures par semaine',
    plannedWeeks: 'Durée prévue (semaines)',
    previewLabel: 'Subvention salariale maximale :',
    formula_one: '({{rate}} × {{wage}} × {{hours}} h × {{count}} semaine)',
    formula_many: '({{rate}} × {{wage}} × {{hours}} h × {{count}} semaines)',
    formula_other: '({{rate}} × {{wage}} × {{hours}} h × {{count}} semaines)',
    previewIncomplete:
      'Indiquez le salaire, les heures et la durée pour voir la subvention salariale maximale.',
    wageCapped: 'Le salaire horaire est compté jusqu’à {{cap}} dans le calcul.',
    hoursCapped_one: 'Au plus {{count}} heure par semaine est comptée dans le calcul.',
    hoursCapped_many: 'Au plus {{count}} heures par semaine sont comptées dans le calcul.',
    hoursCapped_other: 'Au plus {{count}} heures par semaine sont comptées dans le calcul.',
    breaksRules: 'Ces conditions ne respectent pas les règles de la phase {{number}} :',
    previewNote:
      'Ce montant est réservé sur le budget du programme à la confirmation. La subvention est ensuite versée sur réclamation, période de paie par période de paie.',
    confirm: 'Confirmer l’embauche',
    edit: 'Modifier les conditions',
    quickTerms_one:
      'Conditions de l’offre : entrée le {{start}}, {{wage}} de l’heure, {{hours}} h par semaine, {{count}} semaine.',
    quickTerms_many:
      'Conditions de l’offre : entrée le {{start}}, {{wage}} de l’heure, {{hours}} h par semaine, {{count}} semaines.',
    quickTerms_other:
      'Conditions de l’offre : entrée le {{start}}, {{wage}} de l’heure, {{hours}} h par semaine, {{count}} semaines.',
    quickNeedsEdit:
      'Les conditions de l’offre ne respectent pas les règles de la phase : modifiez-les pour confirmer l’embauche.',
    confirmPastStart_one:
      'Je confirme que l’emploi a commencé le {{date}}, il y a {{count}} jour (l’embauche est enregistrée après coup).',
    confirmPastStart_many:
      'Je confirme que l’emploi a commencé le {{date}}, il y a {{count}} jours (l’embauche est enregistrée après coup).',
    confirmPastStart_other:
      'Je confirme que l’emploi a commencé le {{date}}, il y a {{count}} jours (l’embauche est enregistrée après coup).',
    confirmPastStartRequired:
      'Cette date d’entrée en poste est passée : confirmez-la, ou choisissez une date à venir.',
    noPhase:
      'Aucune phase du programme n’est ouverte : l’embauche ne peut pas être confirmée dans Passerelle pour l’instant. La coordination du projet annoncera la prochaine phase.',
    seePairings: 'Voir le jumelage dans « Mes jumelages »',
  },
  pairings: {
    title: 'Mes jumelages',
    intro:
      'Chaque embauche confirmée devient un jumelage. Ouvrez-le pour réclamer la subvention salariale à chaque période de paie et suivre vos versements.',
    filtersLabel: 'Filtrer mes jumelages',
    count_one: '{{count}} jumelage affiché',
    count_many: '{{count}} jumelages affichés',
    count_other: '{{count}} jumelages affichés',
    empty:
      'Vous n’avez encore aucun jumelage. Quand vous confirmez l’embauche d’une candidature proposée, le jumelage apparaît ici.',
    emptyFiltered: 'Aucun jumelage ne correspond à ce filtre.',
    showAll: 'Voir tous mes jumelages',
    itemTitle: '{{name}} — {{title}}',
    phase: 'Phase {{number}}',
    datesPlanned: 'du {{start}} au {{end}} (fin prévue)',
    datesEnded: 'du {{start}} au {{end}}',
    terms_one: '{{wage}} l’heure · {{count}} heure par semaine',
    terms_many: '{{wage}} l’heure · {{count}} heures par semaine',
    terms_other: '{{wage}} l’heure · {{count}} heures par semaine',
    maxSubsidy: 'subvention maximale de {{amount}}',
    accompaniedBy: 'Accompagnement : {{organisation}}',
  },
  pairing: {
    notFoundTitle: 'Jumelage introuvable',
    backToList: '← Mes jumelages',
    fallbackName: 'Jumelage',
    statusNote: {
      active: 'Réclamez la subvention salariale à chaque période de paie.',
      completed:
        'Ce jumelage est terminé. Vous pouvez encore réclamer les périodes travaillées, dans le délai prévu.',
      ended_early:
        'Ce jumelage a pris fin avant la date prévue. Vous pouvez encore réclamer les périodes travaillées jusqu’à la fin.',
    } satisfies Record<PairingStatus, string>,
    hiredFlash:
      'Embauche confirmée : le jumelage de {{name}} est créé, avec une subvention salariale maximale de {{amount}}. Réclamez-la ici à chaque période de paie.',
    stats: {
      max: 'Subvention maximale',
      claimed: 'Réclamé',
      paid: 'Versé',
      left: 'Reste à réclamer',
      unused: 'Non utilisé',
    },
    factsTitle: 'L’embauche',
    job: 'Poste',
    organisation: 'Organisme accompagnateur',
    phase: 'Phase',
    phaseValue: '{{number}} — {{name}}',
    start: 'Entrée en poste',
    plannedEnd: 'Fin prévue',
    endedOn: {
      active: 'Fin',
      completed: 'Terminé le',
      ended_early: 'Fin anticipée le',
    } satisfies Record<PairingStatus, string>,
    maxSubsidy: 'Subvention salariale maximale',
  },
  claim: {
    title: 'Réclamer une période de paie',
    formTitle: 'Réclamation de subvention salariale',
    rules:
      'Une réclamation par période de paie, d’au plus {{days}} jours. Selon les règles de la phase {{number}}, la subvention rembourse {{rate}} du salaire horaire (compté jusqu’à {{cap}}), pour au plus {{maxHours}} h par semaine.',
    periodStart: 'Début de la période',
    periodEnd: 'Fin de la période',
    hours: 'Heures travaillées',
    hoursHint: 'Total de la période (ex. : 75,5).',
    hoursFormat: 'Entrez un nombre d’heures, avec au plus deux décimales (ex. : 75,5).',
    gross: 'Salaire brut versé',
    grossHint: 'Total de la période, avant retenues, en dollars.',
    prefillNote:
      'Heures et salaire proposés d’après les conditions de l’embauche : vérifiez-les avec votre registre de paie.',
    previewLabel: 'Montant remboursable :',
    formula: '({{rate}} × {{wage}} × {{hours}} h)',
    paidRateNote:
      'Le salaire horaire compté est celui réellement versé (salaire brut ÷ heures), plus bas que le salaire convenu.',
    cappedByRemaining:
      'Montant limité à ce qui reste de la subvention maximale du jumelage : {{amount}}.',
    refused: 'Cette réclamation serait refusée :',
    periodNotOver:
      'Cette période de paie n’est pas encore terminée : réclamez-la une fois la paie versée.',
    previewIncomplete:
      'Indiquez la période, les heures et le salaire brut pour voir le montant remboursable.',
    submit: 'Soumettre la réclamation',
    allClaimed: 'Toutes les périodes jusqu’au {{end}} sont réclamées.',
    submitted:
      'Réclamation soumise : {{amount}} pour la période du {{start}} au {{end}}. La coordination du projet l’examinera; sa décision paraîtra ci-dessous.',
  },
  claims: {
    title: 'Réclamations ({{count}})',
    empty: 'Aucune réclamation pour l’instant.',
    caption: 'Réclamations de subvention salariale de ce jumelage',
    period: 'Période',
    hours: 'Heures',
    gross: 'Salaire brut',
    amount: 'Montant',
    status: 'Statut',
    hoursValue: '{{hours}} h',
    submittedOn: 'le {{date}}, en attente de la décision de la coordination',
    approvedOn: 'le {{date}}',
    rejectedBecause: 'Raison : {{reason}}',
  },
  payments: {
    title: 'Versements',
    empty:
      'Aucun versement pour l’instant. Une réclamation approuvée par la coordination du projet devient un versement.',
    caption: 'Versements de subvention salariale de ce jumelage',
    approvedOn: 'Approuvé le',
    kind: 'Nature',
    amount: 'Montant',
    payment: 'Paiement',
    paid: 'Payé le {{date}} (réf. {{reference}})',
    toCome: 'Paiement à venir',
    reversal: 'Correction d’une écriture précédente',
  },
  end: {
    sectionTitle: 'Fin d’emploi anticipée',
    intro:
      'Si l’emploi prend fin avant la date prévue, signalez-le : l’organisme qui accompagne la personne le verra dans Passerelle, et la part de subvention non utilisée retourne au budget du programme. Vous pourrez encore réclamer les périodes travaillées jusqu’à la date de fin.',
    open: 'Signaler une fin anticipée',
    title: 'Fin anticipée du jumelage de {{name}}',
    date: 'Date de fin de l’emploi',
    reason: 'Raison',
    commentHint:
      'Lu par l’organisme qui accompagne la personne. Restez factuel : pas de renseignements personnels sensibles.',
    final: 'Cette action est définitive : le jumelage ne pourra pas être rouvert.',
    confirm: 'Confirmer la fin du jumelage',
    done: 'Fin du jumelage enregistrée au {{date}}.',
  },
  glance: {
    title: 'Jumelages et subventions',
    empty:
      'Aucun jumelage pour l’instant. Quand vous confirmez une embauche, le jumelage apparaît ici et vous y réclamez la subvention salariale.',
    active: 'Jumelages en cours',
    waiting: 'Réclamations en examen',
    paid: 'Versé',
    toCome: 'Approuvé, à verser',
    lastClaim: 'Dernière réclamation : {{period}}',
    noClaim: 'Aucune réclamation encore.',
    claim: 'Réclamer une période',
    all: 'Tous mes jumelages ({{count}})',
  },
};
