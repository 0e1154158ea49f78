// The second step of signing in, and the passwordless sign-in with a passkey: procedures of
// the auth router (spread into it), public because no full session exists yet.
import { passkeySignInInput, verifySecondFactorInput } from '../../../shared/security/schemas';
import { withSecondFactor } from '../../features/security/currentUser';
import { passkeySignInOptions } from '../../features/security/passkeys';
import { passkeySignIn, verifySecondFactor } from '../../features/security/secondFactorSignIn';
import { publicProcedure } from '../init';

export const secondFactorSignInProcedures = {
  verifySecondFactor: publicProcedure.input(verifySecondFactorInput).mutation(({ ctx, input }) => {
    const result = verifySecondFactor(ctx.deps, ctx.pendingSignIn, input, ctx.req);
    ctx.cookies.set(result.token, result.expiresAt);
    return withSecondFactor(ctx.deps, result.user);
  }),
  /** Options for the browser: the pending account's passkeys, or any (passwordless). */
  passkeyOptions: publicProcedure.mutation(({ ctx }) =>
    passkeySignInOptions(ctx.deps, ctx.pendingSignIn?.userId ?? null),
  ),
  passkeySignIn: publicProcedure.input(passkeySignInInput).mutation(async ({ ctx, input }) => {
    const result = await passkeySignIn(
      ctx.deps,
      ctx.pendingSignIn,
      input,
      ctx.req,
      ctx.actor?.sessionId ?? null,
    );
    ctx.cookies.set(result.token, result.expiresAt);
    return withSecondFactor(ctx.deps, result.user);
  }),
};
