// agreements.*: the placement agreement of a pairing and its amendments as the parties and the
// coordination read them, the acceptance by each party, and what waits for a signature.
import {
  awaitingSignatureInput,
  getAgreementInput,
  signAgreementInput,
} from '../../../shared/agreements/schemas';
import { awaitingSignature, getAgreement } from '../../features/agreements/readAgreement';
import { signAgreement } from '../../features/agreements/signAgreement';
import { authedProcedure, roleProcedure, router } from '../init';

export const agreementsRouter = router({
  get: authedProcedure
    .input(getAgreementInput)
    .query(({ ctx, input }) => getAgreement(ctx.deps, ctx.actor, input)),
  sign: roleProcedure('employer', 'org_admin', 'counsellor')
    .input(signAgreementInput)
    .mutation(({ ctx, input }) => signAgreement(ctx.deps, ctx.actor, input, ctx.req)),
  awaiting: authedProcedure
    .input(awaitingSignatureInput)
    .query(({ ctx, input }) => awaitingSignature(ctx.deps, ctx.actor, input)),
});
