// Employer screens: the hire, pairings, claims, payments and ending a pairing. (English)
import type { employerPairingsFr } from '../employerPairings';
import type { Widen } from '../widen';

export const employerPairingsEn: Widen<typeof employerPairingsFr> = {
  pairingStatus: { active: 'Active', completed: 'Completed', ended_early: 'Ended early' },
  pairingStatusPlural: {
    active: 'Active',
    completed: 'Completed',
    ended_early: 'Ended before the planned date',
  },
  claimStatus: {
    submitted: 'Submitted',
    approved: 'Approved',
    rejected: 'Rejected',
    reversed: 'Reversed (submit it again)',
  },
  rejectReason: {
    proof_missing_or_unreadable: 'Proof missing or unreadable',
    missing_documents: 'Missing supporting documents',
    hours_not_eligible: 'Hours not eligible',
    outside_period: 'Period outside the pairing',
    duplicate: 'Duplicate claim',
    other: 'Other reason',
  },
  endReason: {
    quit: 'The person quit',
    dismissed: 'The business ended the job',
    health: 'Health reasons',
    moved: 'The person moved away',
    other_job: 'The person found another job',
    other: 'Other reason',
  },
  ledgerKind: {
    wage_subsidy: 'Wage subsidy',
    accompaniment: 'Accompaniment subsidy',
    reversal: 'Correction (reversal)',
  },
  hire: {
    open: 'Confirm the hire',
    title: 'Confirm the hire of {{name}}',
    rules:
      'Phase {{number}} rules: {{rate}} of the hourly wage (counted up to {{cap}}), at least {{minHours}} h a week ({{maxHours}} h counted at most), {{minWeeks}} to {{maxWeeks}} weeks, starting between {{start}} and {{end}}.',
    startDate: 'Start date',
    wage: 'Hourly wage',
    hoursPerWeek: 'Hours per week',
    plannedWeeks: 'Planned duration (weeks)',
    previewLabel: 'Maximum wage subsidy:',
    formula_one: '({{rate}} × {{wage}} × {{hours}} h × {{count}} week)',
    formula_many: '({{rate}} × {{wage}} × {{hours}} h × {{count}} weeks)',
    formula_other: '({{rate}} × {{wage}} × {{hours}} h × {{count}} weeks)',
    previewIncomplete: 'Enter the wage, hours and duration to see the maximum wage subsidy.',
    wageCapped: 'The hourly wage is counted up to {{cap}} in the computation.',
    hoursCapped_one: 'At most {{count}} hour a week is counted in the computation.',
    hoursCapped_many: 'At most {{count}} hours a week are counted in the computation.',
    hoursCapped_other: 'At most {{count}} hours a week are counted in the computation.',
    breaksRules: 'These terms break the rules of phase {{number}}:',
    previewNote:
      'This amount is reserved on the program budget when you confirm. The subsidy is then paid on claim, one pay period at a time.',
    confirm: 'Confirm the hire',
    edit: 'Change the terms',
    quickTerms_one:
      'Terms of the posting: starting {{start}}, {{wage}} an hour, {{hours}} h a week, {{count}} week.',
    quickTerms_many:
      'Terms of the posting: starting {{start}}, {{wage}} an hour, {{hours}} h a week, {{count}} weeks.',
    quickTerms_other:
      'Terms of the posting: starting {{start}}, {{wage}} an hour, {{hours}} h a week, {{count}} weeks.',
    quickNeedsEdit:
      'The posting’s terms do not meet the phase’s rules: change them to confirm the hire.',
    confirmPastStart_one:
      'I confirm that the job started on {{date}}, {{count}} day ago (the hire is recorded afterwards).',
    confirmPastStart_many:
      'I confirm that the job started on {{date}}, {{count}} days ago (the hire is recorded afterwards).',
    confirmPastStart_other:
      'I confirm that the job started on {{date}}, {{count}} days ago (the hire is recorded afterwards).',
    confirmPastStartRequired:
      'This start date is in the past: confirm it, or choose a date to come.',
    noPhase:
      'No phase of the program is open: the hire cannot be confirmed in Passerelle for now. The program coordination will announce the next phase.',
    seePairings: 'See the pairing in “My pairings”',
  },
  pairings: {
    title: 'My pairings',
    intro:
      'Each confirmed hire becomes a pairing. Open it to claim the wage subsidy for each pay period and follow your payments.',
    filtersLabel: 'Filter my pairings',
    count_one: '{{count}} pairing shown',
    count_many: '{{count}} pairings shown',
    count_other: '{{count}} pairings shown',
    empty:
      'You have no pairing yet. When you confirm the hire of a proposed candidate, the pairing appears here.',
    emptyFiltered: 'No pairing matches this filter.',
    showAll: 'See all my pairings',
    itemTitle: '{{name}} — {{title}}',
    phase: 'Phase {{number}}',
    datesPlanned: '{{start}} to {{end}} (planned end)',
    datesEnded: '{{start}} to {{end}}',
    terms_one: '{{wage}} an hour · {{count}} hour a week',
    terms_many: '{{wage}} an hour · {{count}} hours a week',
    terms_other: '{{wage}} an hour · {{count}} hours a week',
    maxSubsidy: 'maximum subsidy {{amount}}',
    accompaniedBy: 'Accompaniment: {{organisation}}',
  },
  pairing: {
    notFoundTitle: 'Pairing not found',
    backToList: '← My pairings',
    fallbackName: 'Pairing',
    statusNote: {
      active: 'Claim the wage subsidy for each pay period.',
      completed:
        'This pairing is completed. You can still claim the periods worked, within the deadline.',
      ended_early:
        'This pairing ended before its planned date. You can still claim the periods worked up to the end.',
    },
    hiredFlash:
      'Hire confirmed: the pairing of {{name}} is created, with a maximum wage subsidy of {{amount}}. Claim it here for each pay period.',
    stats: {
      max: 'Maximum subsidy',
      claimed: 'Claimed',
      paid: 'Paid',
      left: 'Left to claim',
      unused: 'Not used',
    },
    factsTitle: 'The hire',
    job: 'Job',
    organisation: 'Accompanying organisation',
    phase: 'Phase',
    phaseValue: '{{number}} — {{name}}',
    start: 'Start date',
    plannedEnd: 'Planned end',
    endedOn: { active: 'End', completed: 'Completed on', ended_early: 'Ended early on' },
    maxSubsidy: 'Maximum wage subsidy',
  },
  claim: {
    title: 'Claim a pay period',
    formTitle: 'Wage-subsidy claim',
    rules:
      'One claim per pay period, of at most {{days}} days. Under the rules of phase {{number}}, the subsidy reimburses {{rate}} of the hourly wage (counted up to {{cap}}), for at most {{maxHours}} h a week.',
    periodStart: 'Period start',
    periodEnd: 'Period end',
    hours: 'Hours worked',
    hoursHint: 'Total for the period (e.g. 75.5).',
    hoursFormat: 'Enter a number of hours, with at most two decimals (e.g. 75.5).',
    gross: 'Gross wages paid',
    grossHint: 'Total for the period, before deductions, in dollars.',
    prefillNote:
      'Hours and wages suggested from the terms of the hire: check them against your payroll.',
    previewLabel: 'Reimbursable amount:',
    formula: '({{rate}} × {{wage}} × {{hours}} h)',
    paidRateNote:
      'The hourly wage counted is the one actually paid (gross wages ÷ hours), lower than the agreed wage.',
    cappedByRemaining:
      'Amount limited to what is left of the pairing’s maximum subsidy: {{amount}}.',
    refused: 'This claim would be refused:',
    periodNotOver: 'This pay period is not over yet: claim it once its wages are paid.',
    previewIncomplete: 'Enter the period, hours and gross wages to see the reimbursable amount.',
    submit: 'Submit the claim',
    allClaimed: 'Every period up to {{end}} is claimed.',
    submitted:
      'Claim submitted: {{amount}} for the period from {{start}} to {{end}}. The program coordination will review it; its decision will show below.',
  },
  claims: {
    title: 'Claims ({{count}})',
    empty: 'No claim yet.',
    caption: 'Wage-subsidy claims of this pairing',
    period: 'Period',
    hours: 'Hours',
    gross: 'Gross wages',
    amount: 'Amount',
    status: 'Status',
    hoursValue: '{{hours}} h',
    submittedOn: 'on {{date}}, waiting for the coordination’s decision',
    approvedOn: 'on {{date}}',
    rejectedBecause: 'Reason: {{reason}}',
  },
  payments: {
    title: 'Payments',
    empty: 'No payment yet. A claim approved by the program coordination becomes a payment.',
    caption: 'Wage-subsidy payments of this pairing',
    approvedOn: 'Approved on',
    kind: 'Kind',
    amount: 'Amount',
    payment: 'Payment',
    paid: 'Paid on {{date}} (ref. {{reference}})',
    toCome: 'Payment to come',
    reversal: 'Correction of an earlier entry',
  },
  end: {
    sectionTitle: 'Early end of the job',
    intro:
      'If the job ends before the planned date, report it: the organisation accompanying the person will see it in Passerelle, and the unused part of the subsidy goes back to the program budget. You can still claim the periods worked up to the end date.',
    open: 'Report an early end',
    title: 'Early end of the pairing of {{name}}',
    date: 'End date of the job',
    reason: 'Reason',
    commentHint:
      'Read by the organisation accompanying the person. Stick to facts: no sensitive personal information.',
    final: 'This cannot be undone: the pairing cannot be reopened.',
    confirm: 'Confirm the end of the pairing',
    done: 'End of the pairing recorded on {{date}}.',
  },
  glance: {
    title: 'Pairings and subsidies',
    empty:
      'No pairing yet. When you confirm a hire, the pairing appears here and you claim the wage subsidy there.',
    active: 'Active pairings',
    waiting: 'Claims under review',
    paid: 'Paid',
    toCome: 'Approved, to be paid',
    lastClaim: 'Last claim: {{period}}',
    noClaim: 'No claim yet.',
    claim: 'Claim a period',
    all: 'All my pairings ({{count}})',
  },
};
