// postings.*: hiring needs.
import {
  createPostingInput,
  listPostingsInput,
  postingActionInput,
  postingIdInput,
  updatePostingInput,
} from '../../../shared/postings/schemas';
import { getPosting, listPostings } from '../../features/postings/readPostings';
import { createPosting, updatePosting } from '../../features/postings/savePosting';
import { transitionPosting } from '../../features/postings/transitionPosting';
import { authedProcedure, roleProcedure, router } from '../init';

export const postingsRouter = router({
  list: authedProcedure
    .input(listPostingsInput)
    .query(({ ctx, input }) => listPostings(ctx.deps, ctx.actor, input)),
  get: authedProcedure
    .input(postingIdInput)
    .query(({ ctx, input }) => getPosting(ctx.deps, ctx.actor, input.postingId)),
  create: roleProcedure('employer')
    .input(createPostingInput)
    .mutation(({ ctx, input }) => createPosting(ctx.deps, ctx.actor, input)),
  update: roleProcedure('employer')
    .input(updatePostingInput)
    .mutation(({ ctx, input }) => {
      updatePosting(ctx.deps, ctx.actor, input);
      return { ok: true as const };
    }),
  transition: roleProcedure('employer')
    .input(postingActionInput)
    .mutation(({ ctx, input }) => transitionPosting(ctx.deps, ctx.actor, input)),
});
