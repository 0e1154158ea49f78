// money.*: claims and their proofs of pay (employer), reviews, payments and reversals
// (coordinator), the ledger.

import { attachProofsInput } from '../../../shared/money/proofs';
import {
  claimInput,
  ledgerListInput,
  listClaimsInput,
  markPaidInput,
  reverseEntryInput,
  reviewInput,
} from '../../../shared/money/schemas';
import { previewClaim, submitClaim } from '../../features/money/claims';
import { listClaims } from '../../features/money/listClaims';
import {
  listLedger,
  markPaid,
  reverseEntry,
  reviewClaim,
  reviewQueue,
  reviewTranche,
} from '../../features/money/review';
import { attachProofs, stagedProofs } from '../../features/proofs/proofs';
import { authedProcedure, roleProcedure, router } from '../init';

const employer = roleProcedure('employer');
const coordinator = roleProcedure('coordinator');

export const moneyRouter = router({
  previewClaim: employer
    .input(claimInput)
    .query(({ ctx, input }) => previewClaim(ctx.deps, ctx.actor, input)),
  submitClaim: employer
    .input(claimInput)
    .mutation(({ ctx, input }) => submitClaim(ctx.deps, ctx.actor, input, ctx.req)),
  attachProofs: employer
    .input(attachProofsInput)
    .mutation(({ ctx, input }) => attachProofs(ctx.deps, ctx.actor, input, ctx.req)),
  stagedProofs: employer.query(({ ctx }) => stagedProofs(ctx.deps, ctx.actor)),
  reviewQueue: coordinator.query(({ ctx }) => reviewQueue(ctx.deps)),
  reviewClaim: coordinator
    .input(reviewInput)
    .mutation(({ ctx, input }) => reviewClaim(ctx.deps, ctx.actor, input, ctx.req)),
  reviewTranche: coordinator
    .input(reviewInput)
    .mutation(({ ctx, input }) => reviewTranche(ctx.deps, ctx.actor, input, ctx.req)),
  markPaid: coordinator.input(markPaidInput).mutation(({ ctx, input }) => {
    markPaid(ctx.deps, ctx.actor, input, ctx.req);
    return { ok: true as const };
  }),
  reverse: coordinator
    .input(reverseEntryInput)
    .mutation(({ ctx, input }) => reverseEntry(ctx.deps, ctx.actor, input, ctx.req)),
  claims: roleProcedure('employer', 'coordinator')
    .input(listClaimsInput)
    .query(({ ctx, input }) => listClaims(ctx.deps, ctx.actor, input)),
  ledger: authedProcedure
    .input(ledgerListInput)
    .query(({ ctx, input }) => listLedger(ctx.deps, ctx.actor, input)),
});
