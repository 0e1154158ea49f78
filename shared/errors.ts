// The one error catalogue. Domain code throws `AppError`s built here; the server maps each
// code to an HTTP/tRPC status in one place; the web translates `errors.<code>` with params.

type Status =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE';

const catalogue = {
  'auth.invalidCredentials': 'UNAUTHORIZED',
  'auth.tooManyAttempts': 'TOO_MANY_REQUESTS',
  'auth.accountLocked': 'TOO_MANY_REQUESTS',
  'auth.notAuthenticated': 'UNAUTHORIZED',
  'auth.forbidden': 'FORBIDDEN',
  'auth.wrongCurrentPassword': 'BAD_REQUEST',
  'token.invalid': 'BAD_REQUEST',
  'token.expired': 'BAD_REQUEST',
  'token.used': 'BAD_REQUEST',
  'account.emailTaken': 'CONFLICT',
  'account.notFound': 'NOT_FOUND',
  'account.roleNotInvitable': 'FORBIDDEN',
  'account.organisationRequired': 'BAD_REQUEST',
  'account.businessRequired': 'BAD_REQUEST',
  'account.businessHasContact': 'CONFLICT',
  'account.cannotChangeOwnRole': 'BAD_REQUEST',
  'account.roleChangeNotAllowed': 'BAD_REQUEST',
  'account.notActive': 'CONFLICT',
  'organisation.notFound': 'NOT_FOUND',
  'business.notFound': 'NOT_FOUND',
  'business.neqTaken': 'CONFLICT',
  'posting.notFound': 'NOT_FOUND',
  'posting.startDateInPast': 'BAD_REQUEST',
  'posting.notEditable': 'CONFLICT',
  'posting.illegalTransition': 'CONFLICT',
  'posting.notOpen': 'CONFLICT',
  'posting.wageBelowMinimum': 'BAD_REQUEST',
  'jobSeeker.notFound': 'NOT_FOUND',
  'jobSeeker.duplicate': 'CONFLICT',
  'jobSeeker.closed': 'CONFLICT',
  'jobSeeker.birthDateInFuture': 'BAD_REQUEST',
  'jobSeeker.activePairing': 'CONFLICT',
  'jobSeeker.anonymised': 'CONFLICT',
  'consent.participationRequired': 'CONFLICT',
  'consent.alreadyGiven': 'CONFLICT',
  'consent.notGiven': 'CONFLICT',
  'consent.givenInFuture': 'BAD_REQUEST',
  'consent.withdrawnBeforeGiven': 'BAD_REQUEST',
  'consent.withdrawnInFuture': 'BAD_REQUEST',
  'proposal.notFound': 'NOT_FOUND',
  'proposal.noConsent': 'CONFLICT',
  'proposal.alreadyActive': 'CONFLICT',
  'proposal.alreadyHired': 'CONFLICT',
  'proposal.illegalTransition': 'CONFLICT',
  'phase.notFound': 'NOT_FOUND',
  'phase.numberTaken': 'CONFLICT',
  'phase.notDraft': 'CONFLICT',
  'phase.illegalTransition': 'CONFLICT',
  'phase.rulesMissing': 'BAD_REQUEST',
  'phase.envelopeMissing': 'BAD_REQUEST',
  'phase.noOrganisations': 'BAD_REQUEST',
  'phase.anotherOpen': 'CONFLICT',
  'phase.noneOpen': 'CONFLICT',
  'pairing.notFound': 'NOT_FOUND',
  'pairing.startOutsidePhase': 'BAD_REQUEST',
  'pairing.startTooFarInPast': 'BAD_REQUEST',
  'pairing.rule.minHourlyWage': 'BAD_REQUEST',
  'pairing.rule.minHoursPerWeek': 'BAD_REQUEST',
  'pairing.rule.minWeeks': 'BAD_REQUEST',
  'pairing.rule.maxWeeks': 'BAD_REQUEST',
  'pairing.organisationNotInPhase': 'CONFLICT',
  'pairing.illegalTransition': 'CONFLICT',
  'budget.exceeded': 'CONFLICT',
  'pairing.retentionNotAllowed': 'CONFLICT',
  'pairing.endBeforeStart': 'BAD_REQUEST',
  'pairing.endInFuture': 'BAD_REQUEST',
  'pairing.endBeforeClaims': 'CONFLICT',
  'pairing.retentionTooEarly': 'BAD_REQUEST',
  'pairing.retentionInFuture': 'BAD_REQUEST',
  'claim.notFound': 'NOT_FOUND',
  'claim.outsidePairing': 'BAD_REQUEST',
  'claim.periodNotEnded': 'BAD_REQUEST',
  'claim.overlaps': 'CONFLICT',
  'claim.deadlinePassed': 'CONFLICT',
  'claim.nothingLeft': 'CONFLICT',
  'claim.invalidDate': 'BAD_REQUEST',
  'claim.periodEndsBeforeStart': 'BAD_REQUEST',
  'claim.periodLongerThanClaimPeriod': 'BAD_REQUEST',
  'claim.hoursAboveWeeklyMaximum': 'BAD_REQUEST',
  'claim.illegalTransition': 'CONFLICT',
  'tranche.notFound': 'NOT_FOUND',
  'tranche.illegalTransition': 'CONFLICT',
  'tranche.notDueYet': 'CONFLICT',
  'ledger.notFound': 'NOT_FOUND',
  'ledger.alreadyPaid': 'CONFLICT',
  'ledger.alreadyReversed': 'CONFLICT',
  'ledger.cannotPayReversal': 'CONFLICT',
  'agreement.notFound': 'NOT_FOUND',
  'agreement.notAParty': 'FORBIDDEN',
  'agreement.superseded': 'CONFLICT',
  'agreement.documentChanged': 'CONFLICT',
  'agreement.alreadySigned': 'CONFLICT',
  'agreement.unsignedByEmployer': 'CONFLICT',
  'agreement.unsignedByOrganisation': 'CONFLICT',
  'agreement.unsignedByBoth': 'CONFLICT',
  'amendment.notActive': 'CONFLICT',
  'amendment.notAllowed': 'FORBIDDEN',
  'amendment.noChange': 'BAD_REQUEST',
  'amendment.effectiveOutsidePairing': 'BAD_REQUEST',
  'amendment.effectiveBeforeLastChange': 'BAD_REQUEST',
  'amendment.beforeClaimedPeriod': 'CONFLICT',
  'amendment.leaveEndsBeforeStart': 'BAD_REQUEST',
  'amendment.leaveOutsidePairing': 'BAD_REQUEST',
  'amendment.leaveOverlaps': 'CONFLICT',
  'amendment.counsellorNotInOrganisation': 'BAD_REQUEST',
  'amendment.belowClaimed': 'CONFLICT',
  'amendment.endBeforeToday': 'BAD_REQUEST',
  'proof.notFound': 'NOT_FOUND',
  'proof.empty': 'BAD_REQUEST',
  'proof.tooLarge': 'BAD_REQUEST',
  'proof.unsupportedType': 'BAD_REQUEST',
  'proof.tooMany': 'CONFLICT',
  'proof.tooManyStaged': 'CONFLICT',
  'proof.alreadyAttached': 'CONFLICT',
  'claim.notSubmitted': 'CONFLICT',
  'notice.notFound': 'NOT_FOUND',
  'ledger.batchKeyReused': 'CONFLICT',
  'ledger.paidInFuture': 'BAD_REQUEST',
  'ledger.paidBeforeApproval': 'BAD_REQUEST',
  'followUp.nextBeforeDate': 'BAD_REQUEST',
  'followUp.inFuture': 'BAD_REQUEST',
  'followUp.beforePairing': 'BAD_REQUEST',
  'followUp.personAnonymised': 'CONFLICT',
  'notification.notFound': 'NOT_FOUND',
  'notification.kindNotForRole': 'BAD_REQUEST',
  // Strong sign-in (second factors, passkeys).
  'auth.secondFactorRequired': 'UNAUTHORIZED',
  'auth.secondFactorInvalid': 'UNAUTHORIZED',
  'auth.secondFactorReplayed': 'UNAUTHORIZED',
  'auth.secondFactorExpired': 'UNAUTHORIZED',
  'auth.recoveryCodeUsed': 'UNAUTHORIZED',
  'auth.passkeyInvalid': 'UNAUTHORIZED',
  'auth.secondFactorSetupRequired': 'FORBIDDEN',
  'secondFactor.totpAlreadyOn': 'CONFLICT',
  'secondFactor.totpNotStarted': 'CONFLICT',
  'secondFactor.codeInvalid': 'BAD_REQUEST',
  'secondFactor.passkeyInvalid': 'BAD_REQUEST',
  'secondFactor.passkeyNotFound': 'NOT_FOUND',
  'secondFactor.noneEnabled': 'CONFLICT',
  'secondFactor.cannotResetOwn': 'BAD_REQUEST',
  'recruit.tooManyRequests': 'TOO_MANY_REQUESTS',
  'recruit.notFound': 'NOT_FOUND',
  'recruit.alreadyTaken': 'CONFLICT',
  'import.unreadable': 'BAD_REQUEST',
  'import.empty': 'BAD_REQUEST',
  'import.tooManyRows': 'BAD_REQUEST',
  'import.missingColumns': 'BAD_REQUEST',
  'import.fileChanged': 'CONFLICT',
  'import.hasErrors': 'BAD_REQUEST',
  'transfer.notFound': 'NOT_FOUND',
  'transfer.sameOrganisation': 'BAD_REQUEST',
  'transfer.alreadyPending': 'CONFLICT',
  'transfer.notPending': 'CONFLICT',
  'apiToken.notFound': 'NOT_FOUND',
  'apiToken.scopeNotAllowed': 'BAD_REQUEST',
  'apiToken.expiryOutOfRange': 'BAD_REQUEST',
  'api.invalidToken': 'UNAUTHORIZED',
  'api.tokenExpired': 'UNAUTHORIZED',
  'api.tokenRevoked': 'UNAUTHORIZED',
  'api.missingScope': 'FORBIDDEN',
  'api.rateLimited': 'TOO_MANY_REQUESTS',
  'request.badOrigin': 'FORBIDDEN',
  'request.tooLarge': 'BAD_REQUEST',
  'request.invalidInput': 'BAD_REQUEST',
  // The database stayed locked longer than the busy timeout (another process writing): nothing
  // was written, and the same request can be sent again.
  'request.busy': 'SERVICE_UNAVAILABLE',
} as const satisfies Record<string, Status>;

export type ErrorCode = keyof typeof catalogue;
export type ErrorParams = Record<string, string | number>;

export const errorCodes = Object.keys(catalogue) as ErrorCode[];

export function statusOf(code: ErrorCode): Status {
  return catalogue[code];
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in catalogue;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
    /** The input field the error is about, so the UI shows it next to that field. */
    readonly field: string | null = null,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function appError(code: ErrorCode, params?: ErrorParams, field?: string): AppError {
  return new AppError(code, params, field ?? null);
}

/** An error about one input field (e.g. "this email already has an account"). */
export function fieldError(field: string, code: ErrorCode, params?: ErrorParams): AppError {
  return new AppError(code, params, field);
}

/** A field's validation problem: an i18n key under `validation.` and its parameters. */
export interface FieldIssue {
  key: string;
  params: ErrorParams;
}
export type FieldErrors = Record<string, FieldIssue[]>;

interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  origin?: string;
}

/**
 * Turns zod issues into field errors the UI can translate. Schemas in shared/ give their own
 * `validation.*` keys as messages; zod's built-in messages fall back to a key per issue code.
 */
export function toFieldErrors(issues: readonly IssueLike[]): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_form';
    const params: ErrorParams = {};
    if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint') {
      params.min = Number(issue.minimum);
    }
    if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint') {
      params.max = Number(issue.maximum);
    }
    let key: string;
    if (issue.message.startsWith('validation.')) key = issue.message;
    else if (issue.code === 'too_small' && issue.origin === 'string' && params.min === 1)
      key = 'validation.required';
    else if (issue.code === 'too_small' || issue.code === 'too_big')
      key = `validation.${issue.code}_${issue.origin === 'string' ? 'string' : 'number'}`;
    else if (issue.code === 'invalid_format') key = `validation.invalid_format`;
    else if (issue.code === 'invalid_type') key = 'validation.invalid_type';
    else if (issue.code === 'invalid_value') key = 'validation.invalid_value';
    else key = 'validation.invalid';
    const list = out[field] ?? [];
    list.push({ key, params });
    out[field] = list;
  }
  return out;
}
