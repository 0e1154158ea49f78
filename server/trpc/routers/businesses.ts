// businesses.*: employer business profiles.
import {
  businessIdInput,
  createBusinessInput,
  updateBusinessInput,
} from '../../../shared/business/schemas';
import {
  createBusiness,
  getBusiness,
  updateBusiness,
} from '../../features/businesses/saveBusiness';
import { roleProcedure, router } from '../init';

export const businessesRouter = router({
  get: roleProcedure('coordinator', 'org_admin', 'counsellor', 'employer')
    .input(businessIdInput)
    .query(({ ctx, input }) => getBusiness(ctx.deps, ctx.actor, input.businessId)),
  create: roleProcedure('coordinator', 'org_admin', 'counsellor')
    .input(createBusinessInput)
    .mutation(({ ctx, input }) => createBusiness(ctx.deps, ctx.actor, input, ctx.req)),
  update: roleProcedure('coordinator', 'employer')
    .input(updateBusinessInput)
    .mutation(({ ctx, input }) => {
      updateBusiness(ctx.deps, ctx.actor, input);
      return { ok: true as const };
    }),
});
