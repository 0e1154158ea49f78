// auth.login: email + password → a new session. One generic failure message whatever the
// cause; attempts are counted before the password is checked and throttled per account and IP,
// per IP and per account (features/auth/loginThrottle.ts).
import { eq } from 'drizzle-orm';
import type { LoginInput } from '../../../shared/auth/schemas';
import { appError } from '../../../shared/errors';
import { users } from '../../db/schema';
import type { Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { secondFactorMethods, sessionAfterPassword } from '../security/secondFactorSignIn';
import { releaseSuccessfulAttempt, reserveLoginAttempt } from './loginThrottle';
import { type CurrentUser, loadCurrentUser } from './me';
import { decoyPasswordHash, verifyPassword } from './password';
import { deleteSession } from './sessions';

export interface LoginResult {
  user: CurrentUser;
  token: string;
  expiresAt: Date;
  /** Set when the session only awaits a second factor: the methods the account has. */
  secondFactor?: string | null;
}

export async function login(
  deps: Deps,
  input: LoginInput,
  req: RequestInfo,
  previousSessionId: string | null,
): Promise<LoginResult> {
  const { db, clock } = deps;
  // Counted now, before the slow hash: 25 parallel attempts cannot all get through.
  const reserved = reserveLoginAttempt(db, clock.now(), input.email, req.ip);

  const user = db.select().from(users).where(eq(users.email, input.email)).get();
  const usable = user && user.status === 'active' && user.passwordHash;
  // Always verify a real hash so response time does not reveal whether the account exists.
  const ok = usable
    ? await verifyPassword(user.passwordHash ?? '', input.password)
    : (await verifyPassword(await decoyPasswordHash(), input.password)) && false;

  const now = clock.now();
  if (!ok || !user) {
    // The attempt's rows stay: they are its failure.
    db.transaction((tx) => {
      recordAudit(tx, {
        at: now,
        actorUserId: user?.id ?? null,
        action: 'auth.login_failed',
        subjectType: user ? 'user' : undefined,
        subjectId: user?.id,
        ip: req.ip,
        details: { email: input.email },
      });
    });
    throw appError('auth.invalidCredentials');
  }

  const session = db.transaction((tx) => {
    // A new session id at every login; the one presented before (if any) ends.
    if (previousSessionId) deleteSession(tx, previousSessionId);
    releaseSuccessfulAttempt(tx, reserved, input.email, req.ip);
    // Straight to a full session, or a half-session awaiting the second factor.
    const s = sessionAfterPassword(deps, tx, user, req);
    recordAudit(tx, {
      at: now,
      actorUserId: user.id,
      action: 'auth.login_succeeded',
      subjectType: 'user',
      subjectId: user.id,
      ip: req.ip,
      ...(s.stage === 'second_factor' ? { details: { secondFactor: 'awaited' } } : {}),
    });
    return s;
  });
  return {
    user: loadCurrentUser(db, user.id),
    token: session.token,
    expiresAt: session.expiresAt,
    secondFactor: session.stage === 'second_factor' ? secondFactorMethods(db, user.id) : null,
  };
}
