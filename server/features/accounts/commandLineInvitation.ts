// An invitation made by the operator on the server's command line (npm run create-coordinator):
// the first coordinator of a new installation, or a way back in when every coordinator is
// locked out. Same rules as any invitation: an address with an active account is refused, a
// pending one gets a fresh link (the earlier one stops working). The link is emailed when email
// is on, and otherwise returned to the operator who ran the command (never to the server log).
import { eq } from 'drizzle-orm';
import { fieldError } from '../../../shared/errors';
import type { Locale } from '../../../shared/locale';
import { users } from '../../db/schema';
import type { Deps } from '../../deps';
import { invitationEmail } from '../../mail/templates';
import { recordAudit } from '../audit/recordAudit';
import { INVITATION_TTL_DAYS, issueAccountToken } from '../auth/accountTokens';

export function inviteCoordinatorFromCommandLine(
  deps: Deps,
  input: { email: string; name: string; locale: Locale },
): { userId: number; link: string | null } {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const existing = tx.select().from(users).where(eq(users.email, input.email)).get();
    if (existing && existing.status !== 'invited') throw fieldError('email', 'account.emailTaken');
    const values = {
      name: input.name,
      role: 'coordinator' as const,
      organisationId: null,
      businessId: null,
      locale: input.locale,
      updatedAt: now.toISOString(),
    };
    let userId: number;
    if (existing) {
      tx.update(users).set(values).where(eq(users.id, existing.id)).run();
      userId = existing.id;
    } else {
      userId = tx
        .insert(users)
        .values({ ...values, email: input.email, status: 'invited', createdAt: now.toISOString() })
        .returning({ id: users.id })
        .get().id;
    }
    const token = issueAccountToken(tx, {
      purpose: 'invitation',
      userId,
      createdBy: null,
      now,
      ttlMinutes: INVITATION_TTL_DAYS * 24 * 60,
    });
    const link = `${deps.config.appUrl}/invitation#token=${token}`;
    if (deps.mailer.enabled) {
      deps.mailer.enqueue(
        tx,
        invitationEmail({
          to: input.email,
          locale: input.locale,
          inviteeName: input.name,
          inviterName: 'Passerelle',
          role: 'coordinator',
          affiliation: null,
          link,
          expiresInDays: INVITATION_TTL_DAYS,
        }),
      );
    }
    recordAudit(tx, {
      at: now,
      actorUserId: null,
      action: 'invitation.sent',
      subjectType: 'user',
      subjectId: userId,
      details: {
        role: 'coordinator',
        by: 'command_line',
        resent: Boolean(existing),
        delivery: deps.mailer.enabled ? 'email' : 'shown',
      },
    });
    return { userId, link: deps.mailer.enabled ? null : link };
  });
}
