// apiTokens.*: partner API tokens, managed by organisation managers and the coordinator.
import { apiTokenIdInput, createApiTokenInput } from '../../../shared/apiTokens/schemas';
import { createApiToken, listApiTokens, revokeApiToken } from '../../features/apiTokens/apiTokens';
import { roleProcedure, router } from '../init';

const managers = roleProcedure('org_admin', 'coordinator');

export const apiTokensRouter = router({
  list: managers.query(({ ctx }) => listApiTokens(ctx.deps, ctx.actor)),
  create: managers
    .input(createApiTokenInput)
    .mutation(({ ctx, input }) => createApiToken(ctx.deps, ctx.actor, input, ctx.req)),
  revoke: managers.input(apiTokenIdInput).mutation(({ ctx, input }) => {
    revokeApiToken(ctx.deps, ctx.actor, input.tokenId, ctx.req);
    return { ok: true as const };
  }),
});
