// pairings.*: confirming a hire (employer) and its preview.
import { confirmHireInput } from '../../../shared/pairings/schemas';
import { confirmHire, previewHire } from '../../features/pairings/confirmHire';
import { roleProcedure, router } from '../init';

const employer = roleProcedure('employer');

export const pairingsRouter = router({
  previewHire: employer
    .input(confirmHireInput)
    .query(({ ctx, input }) => previewHire(ctx.deps, ctx.actor, input)),
  confirmHire: employer
    .input(confirmHireInput)
    .mutation(({ ctx, input }) => confirmHire(ctx.deps, ctx.actor, input, ctx.req)),
});
