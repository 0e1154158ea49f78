// Member organisation screens: job seekers, consents, matching, proposals, open postings,
// pairings and their accompaniment, the organisation's budget in the phase.

import type {
  EndEarlyReason,
  PairingStatus,
  RejectReason,
  RetentionOutcome,
} from '../../../shared/money/machines';
import type { Milestone } from '../../../shared/money/rules';
import type { FollowUpKind, WithWhom } from '../../../shared/pairings/schemas';
import type { ProposalStatus } from '../../../shared/proposals/proposalMachine';
import { organisationPairingsFr } from './organisationPairings';
import { organisationPeopleFr } from './organisationPeople';

export const organisationFr = {
  nav: {
    jobSeekers: 'Personnes participantes',
    postings: 'Offres ouvertes',
    proposals: 'Candidatures',
    pairings: 'Jumelages',
    budget: 'Budget',
  },
  common: {
    cancel: 'Annuler',
    search: 'Rechercher',
    more: 'Afficher plus de résultats',
    moreCandidates: 'Voir plus de personnes à proposer',
    morePostings: 'Voir plus d’offres correspondantes',
    quoted: '« {{text}} »',
  },
  internalFlag: 'Interne — jamais transmis aux employeurs',
  availability: '{{hours}} h/semaine, dès le {{date}}',
  home: {
    register: 'Inscrire une personne',
    openPostings: 'Voir les offres ouvertes',
    countsLabel: 'Votre organisme en chiffres',
    active_one: 'dossier actif',
    active_many: 'dossiers actifs',
    active_other: 'dossiers actifs',
    proposable_one: 'personne peut être proposée',
    proposable_many: 'personnes peuvent être proposées',
    proposable_other: 'personnes peuvent être proposées',
    waitingCount_one: 'candidature attend une réponse',
    waitingCount_many: 'candidatures attendent une réponse',
    waitingCount_other: 'candidatures attendent une réponse',
    answers: 'Nouvelles réponses des employeurs',
    answersWindow_one: 'Réponses du dernier jour pas encore ouvertes.',
    answersWindow_many: 'Réponses des {{count}} derniers jours pas encore ouvertes.',
    answersWindow_other: 'Réponses des {{count}} derniers jours pas encore ouvertes.',
    markAllSeen: 'Tout marquer comme vu',
    allSeen_one: '{{count}} réponse marquée comme vue.',
    allSeen_many: '{{count}} réponses marquées comme vues.',
    allSeen_other: '{{count}} réponses marquées comme vues.',
    noAnswers: 'Aucune nouvelle réponse pour le moment.',
    waiting: 'En attente d’une réponse de l’employeur',
    noWaiting: 'Aucune candidature en attente.',
    proposedOn: 'proposée le {{date}}',
    allWaiting: 'Voir toutes les candidatures en attente',
    followUps: 'Suivis à faire',
    noFollowUps: 'Aucun suivi prévu dans les 7 prochains jours.',
    followUpDue: 'Suivi prévu le {{date}}',
    overdue: 'En retard',
    retention: 'Vérifications à 12 semaines',
    noRetention: 'Aucune vérification à faire dans les 7 prochains jours.',
    retentionDue: 'À vérifier le {{date}} : toujours en emploi?',
    allPairings: 'Voir tous les jumelages',
    budget: 'Budget et cible de la phase',
  },
  consent: {
    proposable: 'Peut être proposée',
    notProposable: 'Ne peut pas être proposée',
    inActivePairing: 'En jumelage actif',
    on: 'En vigueur',
    off: 'Non donné',
    givenOn: 'Donné le {{date}}, consigné par {{name}}.',
    withdrawnOn: 'Retiré le {{date}} (donné le {{given}}).',
    thenWithdrawn: 'Retiré le {{date}}.',
    never: 'Jamais donné.',
    give: 'Consigner ce consentement',
    giveTitle: 'Consigner le consentement : {{purpose}}.',
    confirmGive: 'Consigner le consentement',
    withdraw: 'Retirer ce consentement',
    withdrawTitle: 'Retirer le consentement : {{purpose}}?',
    confirmWithdraw: 'Confirmer le retrait',
    given: 'Consentement consigné : {{purpose}}.',
    withdrawn: 'Consentement retiré : {{purpose}}.',
    history: 'Historique des consentements',
  },
  consentPurpose: {
    participation: 'Participer au programme',
    proposal: 'Être proposée à des employeurs',
    contact_sharing: 'Transmettre ses coordonnées à l’employeur',
    transfer_notes: 'Ses notes et clientèles suivent son dossier en cas de transfert',
  },
  consentExplain: {
    participation:
      'La personne accepte que l’organisme tienne son dossier dans Passerelle pour l’accompagner dans sa recherche d’emploi.',
    proposal:
      'Les employeurs à qui vous la proposez voient son prénom et l’initiale de son nom, sa présentation, ses compétences, ses langues et sa disponibilité. Jamais ses clientèles ni vos notes.',
    contact_sharing:
      'Son courriel et son téléphone sont montrés à l’employeur seulement s’il l’invite en entrevue.',
    transfer_notes:
      'Si son dossier est transféré à un autre organisme membre, vos notes privées et ses clientèles le suivent. Sans ce consentement, elles sont effacées au transfert.',
  },
  consentWithdrawEffect: {
    participation:
      'Tous ses consentements seront retirés et ses candidatures en cours seront retirées. Elle ne sera plus proposée.',
    proposal:
      'Ses candidatures en cours seront retirées et elle ne sera plus proposée à des employeurs.',
    contact_sharing: 'Ses coordonnées ne seront plus montrées aux employeurs.',
    transfer_notes: 'Ses notes et clientèles ne suivront pas son dossier en cas de transfert.',
  },
  proposalStatus: {
    proposed: 'En attente de réponse',
    interview: 'Entrevue demandée',
    hired: 'Embauche confirmée',
    declined: 'Refusée',
    withdrawn: 'Retirée',
    expired: 'Expirée',
  } satisfies Record<ProposalStatus, string>,
  pairingStatus: {
    active: 'En cours',
    completed: 'Terminé',
    ended_early: 'Fin anticipée',
  } satisfies Record<PairingStatus, string>,
  endReason: {
    quit: 'Départ volontaire de la personne',
    dismissed: 'Congédiement par l’employeur',
    health: 'Raison de santé',
    moved: 'Déménagement',
    other_job: 'Autre emploi trouvé',
    other: 'Autre raison',
  } satisfies Record<EndEarlyReason, string>,
  retentionOutcome: {
    employed: 'Toujours en emploi',
    not_employed: 'N’est plus en emploi',
    unknown: 'Inconnu (personne non jointe)',
  } satisfies Record<RetentionOutcome, string>,
  withWhom: {
    person: 'La personne',
    employer: 'L’employeur',
    both: 'Les deux',
  } satisfies Record<WithWhom, string>,
  followUpKind: {
    call: 'Appel',
    visit: 'Visite en entreprise',
    meeting: 'Rencontre',
    other: 'Autre',
  } satisfies Record<FollowUpKind, string>,
  milestone: {
    hire: 'Embauche',
    completion: 'Fin du jumelage',
    retention: 'Vérification à 12 semaines',
  } satisfies Record<Milestone, string>,
  trancheState: {
    due: 'Due — en attente d’approbation',
    approved: 'Approuvée',
    rejected: 'Refusée',
    reversed: 'Contrepassée',
    upcoming: 'À venir',
    notApplicable: 'Sans objet (fin anticipée)',
  },
  trancheWhen: {
    hire: 'À l’embauche',
    completion: 'Quand le jumelage se termine comme prévu',
    retention: 'Quand la vérification à 12 semaines est faite (en emploi ou non)',
  } satisfies Record<Milestone, string>,
  rejectReason: {
    proof_missing_or_unreadable: 'Preuve manquante ou illisible',
    missing_documents: 'Pièces manquantes',
    hours_not_eligible: 'Heures non admissibles',
    outside_period: 'Hors de la période',
    duplicate: 'En double',
    other: 'Autre raison',
  } satisfies Record<RejectReason, string>,
  ...organisationPairingsFr,
  ...organisationPeopleFr,
};
