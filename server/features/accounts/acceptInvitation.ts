// Showing and accepting an invitation: the invitee confirms their name, chooses a password,
// and is signed in.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { acceptInvitationInput } from '../../../shared/auth/schemas';
import { appError } from '../../../shared/errors';
import { businesses, organisations, users } from '../../db/schema';
import type { Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { consumeToken, findUsableToken } from '../auth/accountTokens';
import type { LoginResult } from '../auth/login';
import { loadCurrentUser } from '../auth/me';
import { hashPassword } from '../auth/password';
import { sessionAfterPassword } from '../security/secondFactorSignIn';

export function describeInvitation(deps: Deps, token: string) {
  const { db } = deps;
  const row = findUsableToken(db, 'invitation', token, deps.clock.now());
  const u = db
    .select({
      email: users.email,
      name: users.name,
      role: users.role,
      locale: users.locale,
      organisationName: organisations.name,
      businessName: businesses.legalName,
    })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .leftJoin(businesses, eq(businesses.id, users.businessId))
    .where(eq(users.id, row.userId))
    .get();
  if (!u) throw appError('token.invalid');
  return { ...u, expiresAt: row.expiresAt };
}

export async function acceptInvitation(
  deps: Deps,
  input: z.infer<typeof acceptInvitationInput>,
  req: RequestInfo,
): Promise<LoginResult> {
  const passwordHash = await hashPassword(input.password);
  const { db, clock } = deps;
  const now = clock.now();
  const session = db.transaction((tx) => {
    const token = consumeToken(tx, 'invitation', input.token, now);
    const user = tx.select().from(users).where(eq(users.id, token.userId)).get();
    if (user?.status !== 'invited') throw appError('token.used');
    tx.update(users)
      .set({ name: input.name, passwordHash, status: 'active', updatedAt: now.toISOString() })
      .where(eq(users.id, user.id))
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: user.id,
      action: 'invitation.accepted',
      subjectType: 'user',
      subjectId: user.id,
      ip: req.ip,
      details: { invitedBy: token.createdBy },
    });
    // A coordinator's or manager's grace period for the second factor starts now.
    return { userId: user.id, ...sessionAfterPassword(deps, tx, user, req) };
  });
  return {
    user: loadCurrentUser(db, session.userId),
    token: session.token,
    expiresAt: session.expiresAt,
  };
}
