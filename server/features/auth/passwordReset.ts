// Password reset by single-use link: emailed on request (the request always answers the same
// way, so it cannot be used to learn which emails have accounts), or made by the coordination
// for an account (features/accounts/resetLink.ts) and shown to them when email is off. Using the
// link sets the password, ends every other session, clears the account's login throttle and
// signs the owner in: however often a stranger fails to log in to the account, its owner's
// link always gets them in. A link replaces the password only: an account with a second factor
// gets the half-session a right password gives, and finishes with its second factor.
import { and, eq, gt } from 'drizzle-orm';
import type { z } from 'zod';
import type { requestPasswordResetInput, resetPasswordInput } from '../../../shared/auth/schemas';
import { appError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { accountTokens, users } from '../../db/schema';
import type { Deps, RequestInfo } from '../../deps';
import { passwordResetEmail } from '../../mail/templates';
import { recordAudit } from '../audit/recordAudit';
import { secondFactorMethods, sessionAfterPassword } from '../security/secondFactorSignIn';
import {
  consumeToken,
  issueAccountToken,
  PASSWORD_RESET_TTL_MINUTES,
  retireTokens,
} from './accountTokens';
import type { LoginResult } from './login';
import { clearAccountFailures } from './loginThrottle';
import { loadCurrentUser } from './me';
import { hashPassword } from './password';
import { deleteAllSessions } from './sessions';

/**
 * Makes a reset link for an active account and emails it when email is on. Returns the link,
 * for the caller to show only when email is off. A link the coordination makes replaces any
 * earlier one; a link asked for by email does not: whoever asks again for someone else's
 * account (anyone who knows the address can) cannot spoil the link already in the owner's
 * mailbox. Each works until it expires or one of them is used.
 */
export function makeResetLink(
  deps: Deps,
  tx: DbOrTx,
  user: typeof users.$inferSelect,
  createdBy: number | null,
  now: Date,
): string {
  const token = issueAccountToken(tx, {
    purpose: 'password_reset',
    userId: user.id,
    createdBy,
    now,
    ttlMinutes: PASSWORD_RESET_TTL_MINUTES,
    replaceEarlier: createdBy !== null,
  });
  const link = `${deps.config.appUrl}/reset-password#token=${token}`;
  if (deps.mailer.enabled) {
    deps.mailer.enqueue(
      tx,
      passwordResetEmail({
        to: user.email,
        locale: user.locale,
        name: user.name,
        link,
        expiresInMinutes: PASSWORD_RESET_TTL_MINUTES,
      }),
    );
  }
  return link;
}

/** At most one reset email per account per this many minutes. */
const RESEND_GAP_MINUTES = 2;

export function requestPasswordReset(
  deps: Deps,
  input: z.infer<typeof requestPasswordResetInput>,
  req: RequestInfo,
): void {
  const { db, clock } = deps;
  const now = clock.now();
  const user = db.select().from(users).where(eq(users.email, input.email)).get();
  if (user?.status !== 'active') return;
  // Email off: nobody could receive the link, so none is made; the coordination can make one.
  if (!deps.mailer.enabled) {
    recordAudit(db, {
      at: now,
      actorUserId: null,
      action: 'password.reset_requested',
      subjectType: 'user',
      subjectId: user.id,
      ip: req.ip,
      details: { delivery: 'off' },
    });
    return;
  }
  const recent = db
    .select({ id: accountTokens.id })
    .from(accountTokens)
    .where(
      and(
        eq(accountTokens.userId, user.id),
        eq(accountTokens.purpose, 'password_reset'),
        gt(
          accountTokens.createdAt,
          new Date(now.getTime() - RESEND_GAP_MINUTES * 60_000).toISOString(),
        ),
      ),
    )
    .get();
  if (recent) return;
  db.transaction((tx) => {
    makeResetLink(deps, tx, user, null, now);
    recordAudit(tx, {
      at: now,
      actorUserId: null,
      action: 'password.reset_requested',
      subjectType: 'user',
      subjectId: user.id,
      ip: req.ip,
    });
  });
}

export async function resetPassword(
  deps: Deps,
  input: z.infer<typeof resetPasswordInput>,
  req: RequestInfo,
): Promise<LoginResult> {
  const passwordHash = await hashPassword(input.password);
  const { db, clock } = deps;
  const now = clock.now();
  const session = db.transaction((tx) => {
    const token = consumeToken(tx, 'password_reset', input.token, now);
    const user = tx.select().from(users).where(eq(users.id, token.userId)).get();
    if (user?.status !== 'active') throw appError('token.invalid');
    tx.update(users)
      .set({ passwordHash, updatedAt: now.toISOString() })
      .where(eq(users.id, user.id))
      .run();
    // Whoever knew the old password is signed out everywhere; the other links stop working.
    deleteAllSessions(tx, user.id);
    retireTokens(tx, user.id, 'password_reset', now);
    clearAccountFailures(tx, user.email);
    recordAudit(tx, {
      at: now,
      actorUserId: user.id,
      action: 'password.reset',
      subjectType: 'user',
      subjectId: user.id,
      ip: req.ip,
    });
    return { userId: user.id, ...sessionAfterPassword(deps, tx, user, req) };
  });
  return {
    user: loadCurrentUser(db, session.userId),
    token: session.token,
    expiresAt: session.expiresAt,
    secondFactor:
      session.stage === 'second_factor' ? secondFactorMethods(db, session.userId) : null,
  };
}
