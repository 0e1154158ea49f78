// The coordination makes a password reset link for an account (someone locked out, or an
// installation without email): the link is emailed to the account's owner when email is on,
// and shown once to the coordinator who made it when email is off (no SMTP_URL). Like every
// account link it is single-use, expires, replaces any earlier one, and only its hash is kept.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { resetLinkInput } from '../../../shared/auth/schemas';
import { appError } from '../../../shared/errors';
import { users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { PASSWORD_RESET_TTL_MINUTES } from '../auth/accountTokens';
import { makeResetLink } from '../auth/passwordReset';

export function issueResetLink(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof resetLinkInput>,
  req: RequestInfo,
): { link: string | null; expiresInMinutes: number } {
  if (actor.role !== 'coordinator') throw appError('auth.forbidden');
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const user = tx.select().from(users).where(eq(users.id, input.userId)).get();
    if (!user) throw appError('account.notFound');
    if (user.status !== 'active') throw appError('account.notActive');
    const link = makeResetLink(deps, tx, user, actor.userId, now);
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'password.reset_link_issued',
      subjectType: 'user',
      subjectId: user.id,
      ip: req.ip,
      details: { delivery: deps.mailer.enabled ? 'email' : 'shown' },
    });
    return {
      link: deps.mailer.enabled ? null : link,
      expiresInMinutes: PASSWORD_RESET_TTL_MINUTES,
    };
  });
}
