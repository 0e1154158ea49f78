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
import { type InvitationResult, writeInvitation } from './invite';

export function inviteCoordinatorFromCommandLine(
  deps: Deps,
  input: { email: string; name: string; locale: Locale },
): InvitationResult {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const existing = tx.select().from(users).where(eq(users.email, input.email)).get();
    if (existing && existing.status !== 'invited') throw fieldError('email', 'account.emailTaken');
    return writeInvitation(deps, tx, {
      existing,
      ...input,
      scope: { role: 'coordinator', organisationId: null, businessId: null },
      affiliationLabel: null,
      inviter: null,
      ip: null,
      now,
    });
  });
}
