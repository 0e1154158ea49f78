// tRPC: context, error mapping and the procedure ladder
// public → authed (ctx.actor non-null) → role procedures.
import { initTRPC, TRPCError } from '@trpc/server';
import type { OpenApiMeta } from 'trpc-to-openapi';
import { ZodError } from 'zod';
import {
  AppError,
  type ErrorCode,
  type ErrorParams,
  type FieldErrors,
  statusOf,
  toFieldErrors,
} from '../../shared/errors';
import type { Role } from '../../shared/roles';
import { isDatabaseBusy } from '../db/client';
import type { Actor, Deps, RequestInfo } from '../deps';
import { openWhileOverdue, type SecondFactorGate } from '../features/security/policy';
import type { PendingSignIn } from '../features/security/secondFactorSignIn';
import { noteProcedure } from '../observability/requestContext';
import type { SessionCookies } from './cookies';

export interface Context {
  deps: Deps;
  req: RequestInfo;
  actor: Actor | null;
  cookies: SessionCookies;
  /** A sign-in waiting for its second factor (features/security/secondFactorSignIn.ts). */
  pendingSignIn: PendingSignIn | null;
  /** Past the grace period without a second factor, only its set-up is open. */
  secondFactorGate: SecondFactorGate;
  /** The partner API's bearer token, as sent (the /api/v1 procedures authenticate it). */
  bearer?: string | null;
}

export interface ErrorData {
  appCode: ErrorCode | null;
  params: ErrorParams;
  field: string | null;
  fieldErrors: FieldErrors | null;
}

// Meta: the partner API's procedures (routers/apiV1.ts) say their HTTP method and path.
const t = initTRPC
  .context<Context>()
  .meta<OpenApiMeta>()
  .create({
    errorFormatter({ shape, error }) {
      const cause = error.cause;
      const data: ErrorData = {
        appCode: cause instanceof AppError ? cause.code : null,
        params: cause instanceof AppError ? cause.params : {},
        field: cause instanceof AppError ? cause.field : null,
        fieldErrors: cause instanceof ZodError ? toFieldErrors(cause.issues) : null,
      };
      // Internal errors never leak their message or stack to the client.
      const message = error.code === 'INTERNAL_SERVER_ERROR' ? 'internal' : shape.message;
      return {
        ...shape,
        message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, ...data },
      };
    },
  });

/**
 * Metrics and log facts of every procedure: its duration by outcome, its errors by code (the
 * catalogue's code, request.invalidInput for bad input, internal for the unexpected).
 */
const observe = t.middleware(async ({ ctx, path, type, next }) => {
  noteProcedure(path);
  const started = performance.now();
  const result = await next();
  let outcome = 'ok';
  if (!result.ok) {
    const cause = result.error.cause;
    outcome =
      cause instanceof AppError
        ? cause.code
        : cause instanceof ZodError
          ? 'request.invalidInput'
          : result.error.code === 'INTERNAL_SERVER_ERROR'
            ? 'internal'
            : result.error.code;
    ctx.deps.metrics.errors.inc({ code: outcome });
  }
  ctx.deps.metrics.procedureDuration.observe(
    { procedure: path, type, outcome: result.ok ? 'ok' : 'error' },
    (performance.now() - started) / 1000,
  );
  return result;
});

/** The one mapping from domain errors to tRPC errors. */
const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = isDatabaseBusy(result.error.cause)
    ? new AppError('request.busy')
    : result.error.cause;
  if (cause instanceof AppError) {
    throw new TRPCError({ code: statusOf(cause.code), message: cause.code, cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.use(observe).use(mapErrors);

export const authedProcedure = publicProcedure.use(({ ctx, path, next }) => {
  if (!ctx.actor) throw new AppError('auth.notAuthenticated');
  if (ctx.secondFactorGate === 'overdue' && !openWhileOverdue(path))
    throw new AppError('auth.secondFactorSetupRequired');
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

export function roleProcedure(...allowed: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!allowed.includes(ctx.actor.role)) throw new AppError('auth.forbidden');
    return next({ ctx });
  });
}
