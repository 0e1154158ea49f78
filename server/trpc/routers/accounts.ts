// accounts.*: invitations, the account list, role changes, and "my account".
import {
  acceptInvitationInput,
  changePasswordInput,
  changeRoleInput,
  invitationTokenInput,
  inviteInput,
  resetLinkInput,
  setLocaleInput,
  updateProfileInput,
} from '../../../shared/auth/schemas';
import { acceptInvitation, describeInvitation } from '../../features/accounts/acceptInvitation';
import { changeRole } from '../../features/accounts/changeRole';
import { invite } from '../../features/accounts/invite';
import { listAccounts } from '../../features/accounts/listAccounts';
import { changePassword, setLocale, updateProfile } from '../../features/accounts/myAccount';
import { issueResetLink } from '../../features/accounts/resetLink';
import { withSecondFactor } from '../../features/security/currentUser';
import { authedProcedure, publicProcedure, roleProcedure, router } from '../init';

export const accountsRouter = router({
  invite: roleProcedure('coordinator', 'org_admin', 'counsellor')
    .input(inviteInput)
    .mutation(({ ctx, input }) => invite(ctx.deps, ctx.actor, input, ctx.req)),
  invitation: publicProcedure
    .input(invitationTokenInput)
    .query(({ ctx, input }) => describeInvitation(ctx.deps, input.token)),
  acceptInvitation: publicProcedure
    .input(acceptInvitationInput)
    .mutation(async ({ ctx, input }) => {
      const result = await acceptInvitation(ctx.deps, input, ctx.req);
      ctx.cookies.set(result.token, result.expiresAt);
      return withSecondFactor(ctx.deps, result.user);
    }),
  list: roleProcedure('coordinator', 'org_admin').query(({ ctx }) =>
    listAccounts(ctx.deps, ctx.actor),
  ),
  changeRole: roleProcedure('coordinator')
    .input(changeRoleInput)
    .mutation(({ ctx, input }) => {
      changeRole(ctx.deps, ctx.actor, input, ctx.req);
      return { ok: true as const };
    }),
  /** A password reset link for an account: emailed, or returned when email is off. */
  resetLink: roleProcedure('coordinator')
    .input(resetLinkInput)
    .mutation(({ ctx, input }) => issueResetLink(ctx.deps, ctx.actor, input, ctx.req)),
  updateProfile: authedProcedure.input(updateProfileInput).mutation(({ ctx, input }) => {
    updateProfile(ctx.deps, ctx.actor, input, ctx.req);
    return { ok: true as const };
  }),
  setLocale: authedProcedure.input(setLocaleInput).mutation(({ ctx, input }) => {
    setLocale(ctx.deps, ctx.actor, input.locale);
    return { ok: true as const };
  }),
  changePassword: authedProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await changePassword(ctx.deps, ctx.actor, input, ctx.req);
    return { ok: true as const };
  }),
});
