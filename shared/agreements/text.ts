// The wording of the placement agreement and its amendments, in both languages. Shared because
// the server renders it as a PDF and the web shows the same document as a page (both from
// buildAgreementDocument). {{name}} is filled from the agreement's data.

export const agreementTextFr = {
  title: 'Entente de jumelage',
  titleAmendment: 'Avenant n° {{number}} à l’entente de jumelage',
  programme: 'Programme FIT (Formation – Intégration – Travail)',
  subtitlePairing: 'Jumelage n° {{pairingId}} · Phase {{phaseNumber}} : {{phaseName}}',
  subtitlePairingUnnamed: 'Jumelage n° {{pairingId}} · Phase {{phaseNumber}}',
  subtitleVersion: 'Version {{version}} établie le {{date}}',
  footer: 'Jumelage n° {{pairingId}} · version {{version}} · {{date}}',

  partiesHeading: 'Les parties',
  employer: 'Employeur',
  employerValue: '{{name}} (NEQ {{neq}}), {{city}}',
  employerValueNoNeq: '{{name}}, {{city}}',
  organisation: 'Organisme membre',
  organisationValue: '{{name}}, {{city}}',
  counsellor: 'Conseiller·ère qui assure le suivi',
  program: 'Programme',
  programValue: 'Programme FIT, Coordination du projet, phase {{number}} ({{start}} au {{end}})',
  partiesIntro:
    'L’employeur embauche la personne participante, accompagnée par l’organisme membre, dans le cadre du programme FIT. La Coordination du projet verse la subvention salariale à l’employeur et le soutien à l’accompagnement à l’organisme membre selon les règles de la phase ci-dessous.',

  personHeading: 'La personne et le poste',
  person: 'Personne participante',
  job: 'Poste',
  jobValue: '{{title}} (CNP {{noc}})',

  amendmentHeading: 'Objet de l’avenant',
  amendmentKind: 'Modification',
  effectiveFrom: 'En vigueur le',
  change: 'Changement',
  comment: 'Motif',
  kind_weeks: 'Prolongation ou raccourcissement de la durée prévue',
  kind_wage_hours: 'Salaire horaire ou heures par semaine',
  kind_leave: 'Interruption (congé)',
  kind_counsellor: 'Changement de conseiller·ère',
  change_weeks: 'Durée prévue : de {{before}} à {{after}} semaines (fin prévue le {{end}})',
  change_wage_hours:
    'À compter du {{from}} : salaire horaire de {{wageBefore}} à {{wageAfter}}, heures par semaine de {{hoursBefore}} h à {{hoursAfter}} h',
  change_leave:
    'Interruption du {{start}} au {{end}} ({{days}} jours) : le jumelage est suspendu et sa fin prévue passe au {{newEnd}}',
  change_counsellor: 'Suivi assuré par {{after}} (auparavant {{before}})',
  maxChange: 'de {{before}} à {{after}}',

  termsHeading: 'Conditions d’emploi',
  startDate: 'Date d’entrée en fonction',
  plannedEnd: 'Fin prévue',
  plannedWeeks: 'Durée prévue',
  weeksValue: '{{weeks}} semaines',
  hourlyWage: 'Salaire horaire',
  hoursPerWeek: 'Heures par semaine',
  hoursValue: '{{hours}} h',
  ratesIntro: 'Salaire et heures selon la date :',
  ratesFrom: 'À compter du',
  leavesIntro: 'Interruptions (le jumelage est suspendu, sa fin prévue est reportée d’autant) :',
  leaveFrom: 'Du',
  leaveTo: 'Au',
  leaveDays: 'Jours',

  rulesHeading: 'Règles de la phase et montants maximaux',
  rate: 'Taux de la subvention salariale',
  rateValue: '{{rate}} du salaire horaire',
  cap: 'Salaire horaire maximal pris en compte',
  minHours: 'Minimum d’heures par semaine',
  maxHours: 'Maximum d’heures par semaine pris en compte',
  weeksRange: 'Durée d’un jumelage',
  weeksRangeValue: '{{min}} à {{max}} semaines',
  maxWage: 'Subvention salariale maximale pour ce jumelage',
  accompaniment: 'Soutien à l’accompagnement (versé à l’organisme membre)',
  maxExplained:
    'Le maximum est calculé jour par jour avec les conditions en vigueur chaque jour : taux × salaire horaire (plafonné) × heures par semaine (plafonnées) × semaines, hors interruptions.',

  claimsHeading: 'Réclamations de la subvention salariale',
  claimsText:
    'L’employeur réclame la subvention dans Passerelle pour chaque période de paie d’au plus {{weeks}} semaines, une fois la période terminée, en indiquant les heures travaillées et le salaire brut versé, avec une preuve de paie (talon de paie ou registre de paie, PDF, PNG ou JPEG). Le montant remboursé est le taux × le salaire horaire effectivement versé (plafonné) × les heures travaillées (plafonnées), calculé selon les conditions en vigueur chaque jour de la période, sans dépasser le maximum ci-dessus. Aucune réclamation ne peut être soumise avant que les deux parties aient accepté la version en vigueur de la présente entente. Les réclamations sont acceptées jusqu’à {{deadline}} jours après la fin de la phase.',

  tranchesHeading: 'Soutien à l’accompagnement',
  tranchesText:
    'L’organisme membre assure le suivi de la personne et de l’employeur pendant le jumelage. Le soutien à l’accompagnement lui est versé par tranches, à chaque étape franchie :',
  milestone: 'Étape',
  share: 'Part',
  amount: 'Montant',
  milestone_hire: 'Embauche',
  milestone_completion: 'Fin du jumelage',
  milestone_retention: 'Maintien en emploi 12 semaines après la fin',

  privacyHeading: 'Protection des renseignements personnels',
  privacyText:
    'Les parties traitent les renseignements personnels de la personne participante conformément à la Loi sur la protection des renseignements personnels dans le secteur privé (Loi 25) : seulement pour le jumelage, le suivi et le versement des subventions, en ne les communiquant qu’aux personnes qui en ont besoin. La présente entente, ses avenants, les preuves de paie et les signatures sont conservés dans Passerelle et détruits ou anonymisés avec le dossier à la fin de la période de conservation fixée par la Coordination du projet.',

  acceptanceHeading: 'Acceptation électronique',
  acceptanceText:
    'Chaque partie accepte la présente entente électroniquement dans Passerelle : y sont enregistrés le nom et le rôle de la personne qui accepte, la date et l’heure, son adresse IP et l’empreinte SHA-256 du présent document PDF. Un avenant est accepté de la même façon et remplace les conditions qu’il modifie à compter de sa date d’entrée en vigueur.',
  signatureEmployer: 'Pour l’employeur',
  signatureOrganisation: 'Pour l’organisme membre',
};

export type AgreementText = typeof agreementTextFr;

export const agreementTextEn: AgreementText = {
  title: 'Placement agreement',
  titleAmendment: 'Amendment no. {{number}} to the placement agreement',
  programme: 'FIT program (Formation – Intégration – Travail)',
  subtitlePairing: 'Pairing no. {{pairingId}} · Phase {{phaseNumber}}: {{phaseName}}',
  subtitlePairingUnnamed: 'Pairing no. {{pairingId}} · Phase {{phaseNumber}}',
  subtitleVersion: 'Version {{version}} made on {{date}}',
  footer: 'Pairing no. {{pairingId}} · version {{version}} · {{date}}',

  partiesHeading: 'The parties',
  employer: 'Employer',
  employerValue: '{{name}} (NEQ {{neq}}), {{city}}',
  employerValueNoNeq: '{{name}}, {{city}}',
  organisation: 'Member organisation',
  organisationValue: '{{name}}, {{city}}',
  counsellor: 'Counsellor in charge of the follow-up',
  program: 'Program',
  programValue: 'FIT program, Program coordination, phase {{number}} ({{start}} to {{end}})',
  partiesIntro:
    'The employer hires the participant, accompanied by the member organisation, under the FIT program. The Program coordination pays the wage subsidy to the employer and the accompaniment subsidy to the member organisation under the phase’s rules below.',

  personHeading: 'The person and the job',
  person: 'Participant',
  job: 'Job',
  jobValue: '{{title}} (NOC {{noc}})',

  amendmentHeading: 'Purpose of the amendment',
  amendmentKind: 'Change',
  effectiveFrom: 'Effective on',
  change: 'What changes',
  comment: 'Reason',
  kind_weeks: 'Extension or shortening of the planned length',
  kind_wage_hours: 'Hourly wage or hours per week',
  kind_leave: 'Interruption (leave)',
  kind_counsellor: 'Change of counsellor',
  change_weeks: 'Planned length: from {{before}} to {{after}} weeks (planned end {{end}})',
  change_wage_hours:
    'From {{from}}: hourly wage from {{wageBefore}} to {{wageAfter}}, hours per week from {{hoursBefore}} h to {{hoursAfter}} h',
  change_leave:
    'Interruption from {{start}} to {{end}} ({{days}} days): the pairing is paused and its planned end moves to {{newEnd}}',
  change_counsellor: 'Follow-up by {{after}} (previously {{before}})',
  maxChange: 'from {{before}} to {{after}}',

  termsHeading: 'Terms of employment',
  startDate: 'Start date',
  plannedEnd: 'Planned end',
  plannedWeeks: 'Planned length',
  weeksValue: '{{weeks}} weeks',
  hourlyWage: 'Hourly wage',
  hoursPerWeek: 'Hours per week',
  hoursValue: '{{hours}} h',
  ratesIntro: 'Wage and hours by date:',
  ratesFrom: 'From',
  leavesIntro: 'Interruptions (the pairing is paused and its planned end moves by as many days):',
  leaveFrom: 'From',
  leaveTo: 'To',
  leaveDays: 'Days',

  rulesHeading: 'The phase’s rules and the maximum amounts',
  rate: 'Wage subsidy rate',
  rateValue: '{{rate}} of the hourly wage',
  cap: 'Highest hourly wage counted',
  minHours: 'Minimum hours per week',
  maxHours: 'Most hours per week counted',
  weeksRange: 'Length of a pairing',
  weeksRangeValue: '{{min}} to {{max}} weeks',
  maxWage: 'Maximum wage subsidy for this pairing',
  accompaniment: 'Accompaniment subsidy (paid to the member organisation)',
  maxExplained:
    'The maximum is computed day by day with the terms in force each day: rate × hourly wage (capped) × hours per week (capped) × weeks, leaves excluded.',

  claimsHeading: 'Wage-subsidy claims',
  claimsText:
    'The employer claims the subsidy in Passerelle for each pay period of at most {{weeks}} weeks, once the period has ended, stating the hours worked and the gross wages paid, with a proof of pay (pay stub or payroll register, PDF, PNG or JPEG). The amount reimbursed is the rate × the hourly wage actually paid (capped) × the hours worked (capped), computed with the terms in force on each day of the period, never above the maximum above. No claim can be submitted before both parties have accepted the version of this agreement in force. Claims are accepted until {{deadline}} days after the phase ends.',

  tranchesHeading: 'Accompaniment subsidy',
  tranchesText:
    'The member organisation follows the person and the employer during the pairing. The accompaniment subsidy is paid to it in tranches, as each milestone is reached:',
  milestone: 'Milestone',
  share: 'Share',
  amount: 'Amount',
  milestone_hire: 'Hire',
  milestone_completion: 'End of the pairing',
  milestone_retention: 'Still employed 12 weeks after the end',

  privacyHeading: 'Protection of personal information',
  privacyText:
    'The parties handle the participant’s personal information under Quebec’s Act respecting the protection of personal information in the private sector (Law 25): only for the pairing, the follow-up and the payment of the subsidies, sharing it only with the people who need it. This agreement, its amendments, the proofs of pay and the signatures are kept in Passerelle and destroyed or anonymised with the file at the end of the retention period set by the Program coordination.',

  acceptanceHeading: 'Electronic acceptance',
  acceptanceText:
    'Each party accepts this agreement electronically in Passerelle, which records the name and role of the person accepting, the date and time, their IP address and the SHA-256 fingerprint of this PDF document. An amendment is accepted the same way and replaces the terms it changes from its effective date.',
  signatureEmployer: 'For the employer',
  signatureOrganisation: 'For the member organisation',
};

export const agreementText = { 'fr-CA': agreementTextFr, 'en-CA': agreementTextEn } as const;
