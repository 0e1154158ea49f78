// security.*: one's own second factors (TOTP, passkeys, recovery codes) and, for the
// coordination, the grace period and the reset of someone's second factors.
import {
  confirmTotpInput,
  registerPasskeyInput,
  removePasskeyInput,
  resetSecondFactorsInput,
  securityPolicyInput,
} from '../../../shared/security/schemas';
import {
  regenerateRecoveryCodes,
  resetSecondFactors,
  secondFactorAccounts,
  securityStatus,
} from '../../features/security/manageSecondFactors';
import {
  passkeyRegistrationOptions,
  registerPasskey,
  removePasskey,
} from '../../features/security/passkeys';
import { readSecurityPolicy, updateSecurityPolicy } from '../../features/security/policy';
import { beginTotp, confirmTotp, disableTotp } from '../../features/security/totp';
import { authedProcedure, roleProcedure, router } from '../init';

const ok = { ok: true as const };

export const securityRouter = router({
  status: authedProcedure.query(({ ctx }) => securityStatus(ctx.deps, ctx.actor)),
  totpBegin: authedProcedure.mutation(({ ctx }) => beginTotp(ctx.deps, ctx.actor)),
  totpConfirm: authedProcedure
    .input(confirmTotpInput)
    .mutation(({ ctx, input }) => confirmTotp(ctx.deps, ctx.actor, input.code, ctx.req)),
  totpDisable: authedProcedure.mutation(({ ctx }) => {
    disableTotp(ctx.deps, ctx.actor, ctx.req);
    return ok;
  }),
  /** Creates a registration challenge, hence a mutation. */
  passkeyOptions: authedProcedure.mutation(({ ctx }) =>
    passkeyRegistrationOptions(ctx.deps, ctx.actor),
  ),
  passkeyRegister: authedProcedure
    .input(registerPasskeyInput)
    .mutation(({ ctx, input }) => registerPasskey(ctx.deps, ctx.actor, input, ctx.req)),
  passkeyRemove: authedProcedure.input(removePasskeyInput).mutation(({ ctx, input }) => {
    removePasskey(ctx.deps, ctx.actor, input.id, ctx.req);
    return ok;
  }),
  regenerateRecoveryCodes: authedProcedure.mutation(({ ctx }) =>
    regenerateRecoveryCodes(ctx.deps, ctx.actor, ctx.req),
  ),
  policy: roleProcedure('coordinator').query(({ ctx }) => readSecurityPolicy(ctx.deps.db)),
  setPolicy: roleProcedure('coordinator')
    .input(securityPolicyInput)
    .mutation(({ ctx, input }) => updateSecurityPolicy(ctx.deps, ctx.actor, input, ctx.req)),
  accounts: roleProcedure('coordinator').query(({ ctx }) => secondFactorAccounts(ctx.deps)),
  resetForUser: roleProcedure('coordinator')
    .input(resetSecondFactorsInput)
    .mutation(({ ctx, input }) => resetSecondFactors(ctx.deps, ctx.actor, input.userId, ctx.req)),
});
