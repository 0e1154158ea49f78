// recruit.*: « Recruter avec FIT » — the public form and its confirmation, and the requests
// counsellors take in charge.
import {
  confirmEmployerRequestInput,
  employerRequestIdInput,
  employerRequestListInput,
  submitEmployerRequestInput,
} from '../../../shared/recruit/schemas';
import { confirmEmployerRequest } from '../../features/recruit/confirmRequest';
import { listEmployerRequests } from '../../features/recruit/readRequests';
import { recruitRules } from '../../features/recruit/recruitRules';
import { submitEmployerRequest } from '../../features/recruit/submitRequest';
import { takeEmployerRequest } from '../../features/recruit/takeRequest';
import { publicProcedure, roleProcedure, router } from '../init';

export const recruitRouter = router({
  rules: publicProcedure.query(({ ctx }) => recruitRules(ctx.deps)),
  submit: publicProcedure
    .input(submitEmployerRequestInput)
    .mutation(({ ctx, input }) => submitEmployerRequest(ctx.deps, input, ctx.req)),
  confirm: publicProcedure
    .input(confirmEmployerRequestInput)
    .mutation(({ ctx, input }) => confirmEmployerRequest(ctx.deps, input.token, ctx.req)),
  list: roleProcedure('coordinator', 'org_admin', 'counsellor')
    .input(employerRequestListInput)
    .query(({ ctx, input }) => listEmployerRequests(ctx.deps, ctx.actor, input)),
  take: roleProcedure('org_admin', 'counsellor')
    .input(employerRequestIdInput)
    .mutation(({ ctx, input }) =>
      takeEmployerRequest(ctx.deps, ctx.actor, input.requestId, ctx.req),
    ),
});
