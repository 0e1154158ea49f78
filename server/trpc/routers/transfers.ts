// transfers.*: moving a job seeker's file to another member organisation.
import {
  declineTransferInput,
  listTransfersInput,
  requestTransferInput,
  transferIdInput,
} from '../../../shared/transfers/schemas';
import {
  acceptTransfer,
  cancelTransfer,
  declineTransfer,
  getTransfer,
  listTransfers,
  requestTransfer,
} from '../../features/transfers/transfers';
import { roleProcedure, router } from '../init';

const organisationProcedure = roleProcedure('org_admin', 'counsellor');

export const transfersRouter = router({
  request: organisationProcedure
    .input(requestTransferInput)
    .mutation(({ ctx, input }) => requestTransfer(ctx.deps, ctx.actor, input, ctx.req)),
  list: organisationProcedure
    .input(listTransfersInput)
    .query(({ ctx, input }) => listTransfers(ctx.deps, ctx.actor, input)),
  // Reading a request is logged in the person's access log, hence a mutation-free query that
  // writes (as jobSeekers.get).
  get: organisationProcedure
    .input(transferIdInput)
    .query(({ ctx, input }) => getTransfer(ctx.deps, ctx.actor, input.transferId)),
  accept: organisationProcedure
    .input(transferIdInput)
    .mutation(({ ctx, input }) => acceptTransfer(ctx.deps, ctx.actor, input.transferId, ctx.req)),
  decline: organisationProcedure.input(declineTransferInput).mutation(({ ctx, input }) => {
    declineTransfer(ctx.deps, ctx.actor, input, ctx.req);
    return { ok: true as const };
  }),
  cancel: organisationProcedure.input(transferIdInput).mutation(({ ctx, input }) => {
    cancelTransfer(ctx.deps, ctx.actor, input.transferId, ctx.req);
    return { ok: true as const };
  }),
});
