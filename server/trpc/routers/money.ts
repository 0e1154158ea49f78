// money.*: claims and their proofs of pay (employer), reviews, payments and reversals
// (coordinator), the ledger.

import { attachProofsInput } from '../../../shared/money/proofs';
import {
  claimInput,
  ledgerListInput,
  listClaimsInput,
  markPaidInput,
  payBatchInput,
  queuePageInput,
  reverseEntryInput,
  reviewInput,
} from '../../../shared/money/schemas';
import { previewClaim, submitClaim } from '../../features/money/claims';
import { listClaims } from '../../features/money/listClaims';
import { markPaid, payBatch } from '../../features/money/payments';
import { listLedger, reverseEntry, reviewClaim, reviewTranche } from '../../features/money/review';
import {
  claimsToReview,
  entriesToPay,
  reviewQueue,
  tranchesToReview,
} from '../../features/money/reviewQueue';
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
  /** Counts and totals of what waits (claims, tranches, entries to pay). */
  reviewQueue: coordinator.query(({ ctx }) => reviewQueue(ctx.deps)),
  claimsToReview: coordinator
    .input(queuePageInput)
    .query(({ ctx, input }) => claimsToReview(ctx.deps, input)),
  tranchesToReview: coordinator
    .input(queuePageInput)
    .query(({ ctx, input }) => tranchesToReview(ctx.deps, input)),
  entriesToPay: coordinator
    .input(queuePageInput)
    .query(({ ctx, input }) => entriesToPay(ctx.deps, input)),
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
  /** Several entries paid at once: all or none, idempotent on the client's batch key. */
  payBatch: coordinator
    .input(payBatchInput)
    .mutation(({ ctx, input }) => payBatch(ctx.deps, ctx.actor, input, ctx.req)),
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
