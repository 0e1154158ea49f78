// Error and validation messages, by code (the server’s codes and the shared schemas’ keys). (English)
import type { messagesFr } from '../messages';
import type { Widen } from '../widen';
import { growthErrorsEn, growthValidationEn } from './growth';

export const messagesEn: Widen<typeof messagesFr> = {
  errors: {
    ...growthErrorsEn,
    generic: 'Something unexpected happened. Try again in a moment.',
    network: 'Cannot reach the server. Check your connection.',
    auth: {
      invalidCredentials: 'Wrong email address or password.',
      tooManyAttempts_one: 'Too many attempts. Try again in {{count}} minute.',
      tooManyAttempts_many: 'Too many attempts. Try again in {{count}} minutes.',
      tooManyAttempts_other: 'Too many attempts. Try again in {{count}} minutes.',
      accountLocked_one:
        'Too many attempts on this account. Choose a new password with “Forgot your password?”, or try again in {{count}} minute.',
      accountLocked_many:
        'Too many attempts on this account. Choose a new password with “Forgot your password?”, or try again in {{count}} minutes.',
      accountLocked_other:
        'Too many attempts on this account. Choose a new password with “Forgot your password?”, or try again in {{count}} minutes.',
      notAuthenticated: 'Your session has ended. Please log in again.',
      forbidden: 'You do not have access to this action.',
      secondFactorRequired: 'Enter the code from your authenticator app, or use a passkey.',
      secondFactorInvalid: 'That code is not right. Check your phone’s clock and try again.',
      secondFactorReplayed: 'That code was just used. Wait for the next one (30 seconds at most).',
      secondFactorExpired: 'The sign-in step expired. Sign in again with your password.',
      recoveryCodeUsed: 'That recovery code was already used. Each code works once.',
      passkeyInvalid: 'The passkey was not recognised. Try again or sign in with your password.',
      secondFactorSetupRequired:
        'The time to set up two-step sign-in is over: set it up to continue.',
      wrongCurrentPassword: 'The current password is wrong.',
    },
    secondFactor: {
      totpAlreadyOn: 'An authenticator app is already set up for this account.',
      totpNotStarted: 'Show the QR code first, then enter the code from the app.',
      codeInvalid: 'That code is not right. Enter the 6-digit code shown in the app.',
      passkeyInvalid: 'The passkey could not be saved. Try again.',
      passkeyNotFound: 'Passkey not found.',
      noneEnabled: 'Set up an authenticator app or a passkey first.',
      cannotResetOwn: 'You cannot reset your own two-step sign-in: ask another coordinator.',
    },
    token: {
      invalid: 'This link is not valid.',
      expired: 'This link has expired. Ask for a new one.',
      used: 'This link has already been used.',
    },
    account: {
      emailTaken: 'An account already exists with this email address.',
      notFound: 'Account not found.',
      roleNotInvitable: 'You cannot invite someone to this role.',
      organisationRequired: 'Choose a member organisation.',
      businessRequired: 'Choose a business.',
      businessHasContact:
        'This business already has a contact. Ask them or the coordination to invite their colleagues.',
      cannotChangeOwnRole: 'You cannot change your own role.',
      roleChangeNotAllowed: 'This role cannot be changed here.',
      notActive: 'This account is not active: invite the person again.',
    },
    organisation: { notFound: 'Organisation not found.' },
    business: {
      notFound: 'Business not found.',
      neqTaken: 'A business with this NEQ already exists.',
    },
    posting: {
      notFound: 'Posting not found.',
      startDateInPast: 'The start date cannot be in the past.',
      notEditable: 'This posting can no longer be changed (it is filled or closed).',
      illegalTransition: 'This action is not possible for a posting in this state.',
      notOpen: 'This posting is not open.',
      wageBelowMinimum:
        'The hourly wage must be at least {{limitCents}} (minimum wage); you entered {{actualCents}}.',
    },
    jobSeeker: {
      notFound: 'File not found.',
      duplicate:
        'A similar person already exists in your organisation: {{name}}. Check before creating a duplicate.',
      closed: 'This file is closed.',
      birthDateInFuture: 'The birth date cannot be in the future.',
      activePairing: 'This person is in an active pairing: end it first.',
      anonymised: 'This file is already anonymised.',
    },
    consent: {
      participationRequired: 'Consent to take part must be given first.',
      alreadyGiven: 'This consent is already in force.',
      notGiven: 'This consent is not in force.',
      givenInFuture: 'A consent cannot be dated after today: {{date}} is after {{today}}.',
      withdrawnBeforeGiven:
        'The withdrawal ({{date}}) cannot come before the day the consent was given ({{givenOn}}).',
      withdrawnInFuture: 'A withdrawal cannot be dated after today: {{date}} is after {{today}}.',
    },
    proposal: {
      notFound: 'Proposal not found.',
      noConsent: 'This person has not agreed to be proposed to employers.',
      alreadyActive: 'This person is already proposed for this posting.',
      alreadyHired: 'This person is already hired in an active pairing.',
      illegalTransition: 'This action is not possible for a proposal in this state.',
    },
    phase: {
      notFound: 'Phase not found.',
      numberTaken: 'A phase already has this number.',
      notDraft: 'Only a phase in preparation can be changed.',
      illegalTransition: 'This action is not possible for a phase in this state.',
      rulesMissing: 'Set the subsidy rules before opening the phase.',
      envelopeMissing: 'Set the wage subsidy envelope before opening the phase.',
      noOrganisations: 'Add at least one participating organisation before opening the phase.',
      anotherOpen: 'Phase {{number}} is already open: close it first.',
      noneOpen: 'No phase is open: the hire cannot be subsidised for now.',
    },
    pairing: {
      notFound: 'Pairing not found.',
      startOutsidePhase: 'The start date must fall within the phase ({{start}} to {{end}}).',
      startTooFarInPast:
        'The start date ({{date}}) is too far in the past: today, the phase accepts it from {{earliest}}.',
      rule: {
        minHourlyWage:
          'The hourly wage must be at least {{limitCents}} (phase rule); you entered {{actualCents}}.',
        minHoursPerWeek: 'At least {{limit}} hours per week are required (you entered {{actual}}).',
        minWeeks: 'The placement must last at least {{limit}} weeks (you entered {{actual}}).',
        maxWeeks: 'The placement can last at most {{limit}} weeks (you entered {{actual}}).',
      },
      organisationNotInPhase: "This person's organisation does not take part in phase {{phase}}.",
      illegalTransition: 'This action is not possible for a pairing in this state.',
      retentionNotAllowed: 'The 12-week check is recorded once the pairing has ended.',
      endBeforeStart: 'The end date ({{date}}) cannot come before the start date ({{start}}).',
      endBeforeClaims:
        'The end date ({{date}}) comes before the end of the periods already claimed ({{claimedUntil}}): a claim must stay within the pairing.',
      endInFuture:
        'The end date ({{date}}) cannot be after today ({{today}}): a pairing ends on a day that has come.',
      retentionTooEarly: 'The 12-week check is recorded from {{dueOn}}: {{date}} is too early.',
      retentionInFuture: 'The check date ({{date}}) cannot be after today ({{today}}).',
    },
    budget: {
      exceeded: 'Not enough budget: {{remainingCents}} remaining, {{neededCents}} needed.',
    },
    claim: {
      notFound: 'Claim not found.',
      outsidePairing: 'The period must fall within the pairing ({{start}} to {{end}}).',
      periodNotEnded:
        'This pay period has not ended yet: it ends on {{end}} and can be claimed from that day (today: {{today}}).',
      overlaps: 'This period overlaps a claim already made ({{start}} to {{end}}).',
      deadlinePassed: 'The deadline to claim on this phase has passed ({{deadline}}).',
      nothingLeft: "This pairing's maximum subsidy has already been reached.",
      invalidDate: 'Enter valid dates.',
      periodEndsBeforeStart: 'The end of the period must come after its start.',
      periodLongerThanClaimPeriod:
        'A claim covers at most {{limit}} days (you entered {{actual}}).',
      hoursAboveWeeklyMaximum:
        'At most {{limit}} hours can be claimed for this period (you entered {{actual}}).',
      illegalTransition: 'This claim has already been reviewed.',
      notSubmitted: 'This claim was already reviewed: no more proofs can be attached to it.',
    },
    agreement: {
      notFound: 'Agreement not found.',
      notAParty: 'Only the pairing’s employer and member organisation accept the agreement.',
      superseded:
        'This version was replaced by version {{version}}: read the version in force before accepting it.',
      documentChanged:
        'The document changed since you opened it: read it again before accepting it.',
      alreadySigned: 'Your party already accepted this version of the agreement.',
      unsignedByEmployer:
        'No claim before both parties accepted the agreement: the employer has not accepted it yet (version {{version}}).',
      unsignedByOrganisation:
        'No claim before both parties accepted the agreement: the member organisation has not accepted it yet (version {{version}}).',
      unsignedByBoth:
        'No claim before both parties accepted the agreement: neither the employer nor the member organisation has accepted it yet (version {{version}}).',
    },
    amendment: {
      notActive: 'Only an ongoing pairing can be amended.',
      notAllowed: 'This kind of amendment is not up to your role.',
      noChange: 'These are already the pairing’s terms.',
      effectiveOutsidePairing:
        'The effective date must be within the pairing ({{start}} to {{end}}).',
      effectiveBeforeLastChange:
        'The effective date cannot come before the last change ({{date}}).',
      beforeClaimedPeriod:
        'A claim already covers the period up to {{date}}: the change must come after it.',
      leaveEndsBeforeStart: 'The leave must end after it starts.',
      leaveOutsidePairing: 'The leave must start during the pairing ({{start}} to {{end}}).',
      leaveOverlaps: 'This leave overlaps a leave already recorded ({{start}} to {{end}}).',
      counsellorNotInOrganisation:
        'Choose an active counsellor of the pairing’s member organisation.',
      belowClaimed:
        'The new maximum ({{maxCents}}) would be below the amounts already claimed ({{usedCents}}).',
      endBeforeToday:
        'The new planned end ({{date}}) would already be past: end the pairing instead (completion or early end).',
    },
    proof: {
      notFound: 'Proof not found.',
      empty: 'Choose a file.',
      tooLarge: 'A file can weigh at most {{maxMb}} MB.',
      unsupportedType: 'This file is not a PDF, PNG or JPEG (its content is {{detected}}).',
      tooMany: 'At most {{max}} proofs per claim.',
      tooManyStaged: 'Too many files sent without a claim ({{max}}): submit a claim first.',
      alreadyAttached: 'This file is already attached to a claim.',
    },
    notice: { notFound: 'Notice not found.' },
    tranche: {
      notFound: 'Tranche not found.',
      illegalTransition: 'This tranche has already been reviewed.',
      notDueYet:
        'This tranche becomes due on {{dueOn}}, the day of its milestone: it cannot be approved before (today: {{today}}).',
    },
    ledger: {
      notFound: 'Entry not found.',
      alreadyPaid: 'This disbursement is already marked paid.',
      alreadyReversed: 'This entry has already been reversed.',
      cannotPayReversal: 'A reversal is not paid.',
      batchKeyReused:
        'This batch of payments was already recorded with other entries, another date or another reference. Open the form again.',
      paidInFuture: 'The payment date ({{date}}) cannot be after today ({{today}}).',
      paidBeforeApproval:
        'The payment date ({{date}}) cannot come before the approval ({{approvedOn}}).',
    },
    notification: {
      notFound: 'Notification not found.',
      kindNotForRole: 'This kind of notification does not apply to your role.',
    },
    followUp: {
      nextBeforeDate: 'The next follow-up must come after this one.',
      inFuture:
        'A follow-up cannot be dated after today: {{date}} is after {{today}} (the next follow-up may be in the future).',
      beforePairing:
        'This follow-up ({{date}}) comes before the pairing, which starts on {{earliest}}.',
      personAnonymised:
        'The person has been anonymised: no follow-up can be added to this pairing any more.',
    },
    request: {
      badOrigin: 'Request refused: it does not come from Passerelle.',
      tooLarge: 'The request is too large.',
      invalidInput: 'Some information is invalid.',
      busy: 'The server is very busy right now: nothing was saved. Try again in a few seconds.',
    },
  },
  validation: {
    ...growthValidationEn,
    required: 'This field is required.',
    email: 'Enter a valid email address (e.g. name@example.ca).',
    passwordTooShort: 'The password must have at least {{min}} characters.',
    passwordTooLong: 'The password must have at most {{max}} characters.',
    too_small_string: 'At least {{min}} characters.',
    too_big_string: 'At most {{max}} characters.',
    too_small_number: 'The value must be at least {{min}}.',
    too_big_number: 'The value must be at most {{max}}.',
    invalid_format: 'The format is not valid.',
    invalid_type: 'Invalid value.',
    invalid_value: 'Choose a value from the list.',
    invalid: 'Invalid value.',
    neq: 'The NEQ has 10 digits (e.g. 1171234567).',
    date: 'Enter a valid date (YYYY-MM-DD).',
    region: 'Choose a region.',
    noc: 'Enter a valid NOC 2021 code (5 digits, e.g. 65100).',
    phone: 'Enter a valid phone number (e.g. 514 555-0123).',
    integer: 'Enter a whole number.',
    money: 'Enter an amount in dollars, e.g. 18.50 (at most two decimals).',
    hours: 'Enter a number of hours, e.g. 37.5 (at most two decimals).',
    percent: 'Enter a percentage, e.g. 50 or 33.33.',
    tooMany: 'Too many items.',
    endBeforeStart: 'The end date must come after the start date.',
    duplicateOrganisation: 'This organisation is already in the list.',
    rules: {
      maxHoursBelowMin: 'Must be at least the minimum hours per week.',
      maxWeeksBelowMin: 'Must be at least the minimum number of weeks.',
      sharesNotFull: 'The tranche shares must add up to 100 %.',
      duplicateMilestone: 'Each milestone can have only one tranche.',
    },
    controlCharacters:
      'This text holds an invisible character that is not allowed (a control or text-direction character): remove it.',
    lineBreak: 'This field holds one line: remove the line breaks and tabs.',
    twoDecimals: 'At most two decimals.',
    totpCode: 'Enter the 6 digits of the code.',
    recoveryCode: 'A recovery code has 16 characters (e.g. ABCD-EFGH-JKMN-PQRS).',
    consentNeedsParticipation: 'Consent to take part is needed before the others.',
    mustAccept: 'Tick the box to confirm that you accept the document.',
    amendment: {
      leaveEndsBeforeStart: 'The leave must end after it starts.',
      leaveTooLong: 'A leave lasts at most a year.',
    },
  },
};
