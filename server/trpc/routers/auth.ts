// auth.*: login, logout, me, log out everywhere, password reset.
import {
  loginInput,
  requestPasswordResetInput,
  resetPasswordInput,
} from '../../../shared/auth/schemas';
import { appError } from '../../../shared/errors';
import { login } from '../../features/auth/login';
import { logout, logoutEverywhere } from '../../features/auth/logout';
import { loadCurrentUser } from '../../features/auth/me';
import { requestPasswordReset, resetPassword } from '../../features/auth/passwordReset';
import { withSecondFactor } from '../../features/security/currentUser';
import { authedProcedure, publicProcedure, router } from '../init';
import { countLoginFailure, secondFactorSignInProcedures } from './secondFactorSignIn';

export const authRouter = router({
  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const previous = ctx.actor?.sessionId ?? null;
    const result = await login(ctx.deps, input, ctx.req, previous).catch((err: unknown) => {
      countLoginFailure(ctx.deps.metrics, err);
      throw err;
    });
    ctx.cookies.set(result.token, result.expiresAt);
    // Password right, second factor awaited: the half-session's cookie is set, the web asks for it.
    if (result.secondFactor)
      throw appError('auth.secondFactorRequired', { methods: result.secondFactor });
    return withSecondFactor(ctx.deps, result.user);
  }),
  logout: authedProcedure.mutation(({ ctx }) => {
    logout(ctx.deps, ctx.actor, ctx.req);
    ctx.cookies.clear();
    return { ok: true as const };
  }),
  logoutEverywhere: authedProcedure.mutation(({ ctx }) => {
    logoutEverywhere(ctx.deps, ctx.actor, ctx.req);
    ctx.cookies.clear();
    return { ok: true as const };
  }),
  /** The signed-in user, or null: the SPA asks this first to choose the screen. */
  me: publicProcedure.query(({ ctx }) =>
    ctx.actor ? withSecondFactor(ctx.deps, loadCurrentUser(ctx.deps.db, ctx.actor.userId)) : null,
  ),
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .mutation(({ ctx, input }) => {
      requestPasswordReset(ctx.deps, input, ctx.req);
      return { ok: true as const };
    }),
  /** Sets the new password and signs the owner in (a new session; every other one ends). */
  resetPassword: publicProcedure.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    const result = await resetPassword(ctx.deps, input, ctx.req);
    ctx.cookies.set(result.token, result.expiresAt);
    // The password is new, the second factor still stands: the sign-in finishes with it.
    if (result.secondFactor)
      throw appError('auth.secondFactorRequired', { methods: result.secondFactor });
    return withSecondFactor(ctx.deps, result.user);
  }),
  ...secondFactorSignInProcedures,
});
