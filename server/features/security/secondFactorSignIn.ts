// Sign-in with a second factor. After a right password, an account with a second factor gets
// a half-session (stage 'second_factor', 10 minutes, no access) and the sign-in finishes with a
// TOTP code, a recovery code or a passkey, which turns it into a full session with a new id.
// A passkey can also sign in alone (passwordless). Wrong codes count as failed logins for the
// account on a key of their own (secondFactorThrottle.ts), and are audited.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import { appError, type ErrorCode } from '../../../shared/errors';
import type { passkeySignInInput, VerifySecondFactorInput } from '../../../shared/security/schemas';
import type { DbOrTx, Tx } from '../../db/client';
import { passkeys, totpCredentials, users } from '../../db/schema';
import type { Deps, RequestInfo } from '../../deps';
import type { LoginFailureReason } from '../../observability/metrics';
import { recordAudit } from '../audit/recordAudit';
import { type CurrentUser, loadCurrentUser } from '../auth/me';
import { createSession, deleteSession, type NewSession } from '../auth/sessions';
import { verifyPasskeyAssertion } from './passkeys';
import { secondFactorRequired } from './policy';
import { spendRecoveryCode } from './recoveryCodes';
import { assertSecondFactorNotThrottled, recordSecondFactorFailure } from './secondFactorThrottle';
import { checkTotpCode } from './totp';

export interface PendingSignIn {
  userId: number;
  sessionId: string;
}

export interface SignedIn {
  user: CurrentUser;
  token: string;
  expiresAt: Date;
}

export function hasSecondFactor(db: DbOrTx, userId: number): boolean {
  const totp = db
    .select({ id: totpCredentials.id })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)))
    .get();
  if (totp) return true;
  return !!db.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId)).get();
}

/** The methods an account can finish its sign-in with, for the second step's screen. */
export function secondFactorMethods(db: DbOrTx, userId: number): string {
  const methods: string[] = [];
  const totp = db
    .select({ id: totpCredentials.id })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)))
    .get();
  if (totp) methods.push('totp');
  if (db.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId)).get())
    methods.push('passkey');
  methods.push('recovery');
  return methods.join(',');
}

/**
 * After the password was accepted (inside login's transaction): which session to open. An
 * account that must have a second factor and has none starts its grace period now.
 */
export function sessionAfterPassword(
  deps: Pick<Deps, 'clock' | 'config'>,
  tx: Tx,
  user: { id: number; role: CurrentUser['role']; mfaRequiredFrom: string | null },
  req: RequestInfo,
): NewSession & { stage: 'full' | 'second_factor' } {
  if (hasSecondFactor(tx, user.id)) {
    return { ...createSession(deps, tx, user.id, req, 'second_factor'), stage: 'second_factor' };
  }
  if (secondFactorRequired(user.role) && !user.mfaRequiredFrom) {
    tx.update(users)
      .set({ mfaRequiredFrom: deps.clock.now().toISOString() })
      .where(eq(users.id, user.id))
      .run();
  }
  return { ...createSession(deps, tx, user.id, req), stage: 'full' };
}

function fail(
  deps: Deps,
  userId: number | null,
  req: RequestInfo,
  reason: LoginFailureReason,
  code: ErrorCode,
): never {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    if (userId) recordSecondFactorFailure(tx, now, userId);
    recordAudit(tx, {
      at: now,
      actorUserId: userId,
      action: 'auth.second_factor_failed',
      subjectType: userId ? 'user' : undefined,
      subjectId: userId ?? undefined,
      ip: req.ip,
      details: { reason, code },
    });
  });
  deps.metrics.loginFailures.inc({ reason });
  throw appError(code);
}

function finish(
  deps: Deps,
  tx: Tx,
  userId: number,
  pendingSessionId: string | null,
  req: RequestInfo,
  how: string,
): NewSession {
  if (pendingSessionId) deleteSession(tx, pendingSessionId);
  const session = createSession(deps, tx, userId, req);
  recordAudit(tx, {
    at: deps.clock.now(),
    actorUserId: userId,
    action: how === 'passkey-only' ? 'auth.passkey_sign_in' : 'auth.login_succeeded',
    subjectType: 'user',
    subjectId: userId,
    ip: req.ip,
    details: { secondFactor: how },
  });
  return session;
}

function activeUser(deps: Deps, userId: number) {
  const user = deps.db.select().from(users).where(eq(users.id, userId)).get();
  return user && user.status === 'active' ? user : null;
}

export function verifySecondFactor(
  deps: Deps,
  pending: PendingSignIn | null,
  input: VerifySecondFactorInput,
  req: RequestInfo,
): SignedIn {
  if (!pending) throw appError('auth.secondFactorExpired');
  const user = activeUser(deps, pending.userId);
  if (!user) throw appError('auth.secondFactorExpired');
  const now = deps.clock.now();
  assertSecondFactorNotThrottled(deps.db, now, user.id);
  const outcome = deps.db.transaction((tx) => {
    const result =
      input.method === 'totp'
        ? checkTotpCode(tx, user.id, input.code, now)
        : spendRecoveryCode(tx, user.id, input.code, now);
    if (result !== 'ok') return { result };
    if (input.method === 'recovery') {
      recordAudit(tx, {
        at: now,
        actorUserId: user.id,
        action: 'mfa.recovery_code_used',
        subjectType: 'user',
        subjectId: user.id,
        ip: req.ip,
      });
    }
    return { result, session: finish(deps, tx, user.id, pending.sessionId, req, input.method) };
  });
  if (!outcome.session) {
    const reason = input.method === 'totp' ? 'second_factor' : 'recovery_code';
    const code: ErrorCode =
      outcome.result === 'replayed'
        ? 'auth.secondFactorReplayed'
        : outcome.result === 'used'
          ? 'auth.recoveryCodeUsed'
          : 'auth.secondFactorInvalid';
    fail(deps, user.id, req, reason, code);
  }
  const { token, expiresAt } = outcome.session;
  return { user: loadCurrentUser(deps.db, user.id), token, expiresAt };
}

/**
 * A passkey finishes a sign-in started with a password (it must then be the same account's),
 * or signs in alone. Either way the result is a full session with a new id.
 */
export async function passkeySignIn(
  deps: Deps,
  pending: PendingSignIn | null,
  input: z.infer<typeof passkeySignInInput>,
  req: RequestInfo,
  previousSessionId: string | null,
): Promise<SignedIn> {
  const proven = await verifyPasskeyAssertion(deps, input.response);
  const user = proven ? activeUser(deps, proven.userId) : null;
  if (!proven || !user || (pending && pending.userId !== proven.userId)) {
    fail(deps, pending?.userId ?? null, req, 'passkey', 'auth.passkeyInvalid');
  }
  const session = deps.db.transaction((tx) => {
    if (previousSessionId) deleteSession(tx, previousSessionId);
    return finish(
      deps,
      tx,
      user.id,
      pending?.sessionId ?? null,
      req,
      pending ? 'passkey' : 'passkey-only',
    );
  });
  return {
    user: loadCurrentUser(deps.db, user.id),
    token: session.token,
    expiresAt: session.expiresAt,
  };
}
