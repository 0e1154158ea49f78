// The second step of signing in, and the passwordless sign-in with a passkey: procedures of
// the auth router (spread into it), public because no full session exists yet.

import { AppError } from '../../../shared/errors';
import { passkeySignInInput, verifySecondFactorInput } from '../../../shared/security/schemas';
import { withSecondFactor } from '../../features/security/currentUser';
import { passkeySignInOptions } from '../../features/security/passkeys';
import { passkeySignIn, verifySecondFactor } from '../../features/security/secondFactorSignIn';
import type { Metrics } from '../../observability/metrics';
import { publicProcedure } from '../init';

/** Password failures and throttled attempts, for the login failures metric. */
export function countLoginFailure(metrics: Metrics, err: unknown): void {
  const code = err instanceof AppError ? err.code : null;
  if (code === 'auth.invalidCredentials') metrics.loginFailures.inc({ reason: 'password' });
  if (code === 'auth.tooManyAttempts') metrics.loginFailures.inc({ reason: 'throttled' });
}

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
