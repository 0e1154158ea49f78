// The partner API, /api/v1: REST endpoints over the same use cases, authorization and error
// catalogue as the web, documented by an OpenAPI 3.1 document generated from these procedures'
// zod schemas (trpc-to-openapi). A bearer token acts for its creator, narrowed by its scopes;
// each call is rate-limited per token and written to the audit history, and reading a person's
// file writes the file's access log.
import { TRPCError } from '@trpc/server';
import {
  apiCreated,
  apiFollowUpsDue,
  apiLedgerPage,
  apiListLedgerInput,
  apiListPairingsInput,
  apiListPeopleInput,
  apiLogFollowUpInput,
  apiPairingsPage,
  apiPeoplePage,
  apiPerson,
  apiPersonIdInput,
  apiPhaseIdInput,
  apiPhaseReport,
} from '../../../shared/api/v1';
import type { ApiScope } from '../../../shared/apiTokens/scopes';
import { AppError, appError } from '../../../shared/errors';
import { type ApiCaller, authenticateApiToken } from '../../features/apiTokens/apiTokens';
import { recordAudit } from '../../features/audit/recordAudit';
import { getJobSeeker, listJobSeekers } from '../../features/jobSeekers/readJobSeekers';
import { listLedger } from '../../features/money/review';
import { accompanimentAgenda, logFollowUp } from '../../features/pairings/followUps';
import { listPairings } from '../../features/pairings/readPairings';
import { takeRateLimit } from '../../features/rateLimits/rateLimit';
import { phaseReport } from '../../features/reports/phaseReport';
import { publicProcedure, router } from '../init';

/** Per token: 120 calls a minute. */
export const apiPerToken = { bucket: 'api.token', max: 120, windowMinutes: 1 };

const errors = [400, 401, 403, 404, 429];

/** A procedure a token with one of `scopes` may call. */
function tokenProcedure(...scopes: ApiScope[]) {
  return publicProcedure.use(async ({ ctx, next, path }) => {
    const caller: ApiCaller = authenticateApiToken(ctx.deps, ctx.bearer);
    const now = ctx.deps.clock.now();
    let outcome = 'ok';
    try {
      if (!takeRateLimit(ctx.deps.db, apiPerToken, String(caller.tokenId), now)) {
        throw appError('api.rateLimited');
      }
      if (!scopes.some((s) => caller.scopes.includes(s))) throw appError('api.missingScope');
      const result = await next({
        ctx: { ...ctx, actor: caller.actor, apiTokenId: caller.tokenId },
      });
      if (!result.ok) {
        const cause = result.error.cause;
        outcome = cause instanceof AppError ? cause.code : result.error.code;
      }
      return result;
    } catch (e) {
      outcome = e instanceof AppError ? e.code : e instanceof TRPCError ? e.code : 'error';
      throw e;
    } finally {
      recordAudit(ctx.deps.db, {
        at: now,
        actorUserId: caller.actor.userId,
        action: 'api.called',
        subjectType: 'api_token',
        subjectId: caller.tokenId,
        ip: ctx.req.ip,
        details: { procedure: path, outcome },
      });
    }
  });
}

const defaultSort = { by: 'newest', dir: 'desc' } as const;

export const apiV1Router = router({
  listPeople: tokenProcedure('people:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/job-seekers',
        tags: ['people'],
        summary: 'The organisation’s job seekers (scope people:read)',
        errorResponses: errors,
      },
    })
    .input(apiListPeopleInput)
    .output(apiPeoplePage)
    .query(({ ctx, input }) =>
      listJobSeekers(ctx.deps, ctx.actor, { ...input, sort: defaultSort }),
    ),
  getPerson: tokenProcedure('people:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/job-seekers/{jobSeekerId}',
        tags: ['people'],
        summary: 'One job seeker’s file, with consents; the read is logged (scope people:read)',
        description: 'Private notes and client groups are never given through the API.',
        errorResponses: errors,
      },
    })
    .input(apiPersonIdInput)
    .output(apiPerson)
    .query(({ ctx, input }) => getJobSeeker(ctx.deps, ctx.actor, input.jobSeekerId, 'api_view')),
  listPairings: tokenProcedure('people:read', 'program:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/pairings',
        tags: ['pairings'],
        summary: 'Pairings: the organisation’s (people:read) or the whole program’s (program:read)',
        errorResponses: errors,
      },
    })
    .input(apiListPairingsInput)
    .output(apiPairingsPage)
    .query(({ ctx, input }) => listPairings(ctx.deps, ctx.actor, { ...input, sort: defaultSort })),
  followUpsDue: tokenProcedure('followups:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/follow-ups/due',
        tags: ['follow-ups'],
        summary: 'Follow-ups and 12-week retention checks due within a week (scope followups:read)',
        errorResponses: errors,
      },
    })
    .output(apiFollowUpsDue)
    .query(({ ctx }) => accompanimentAgenda(ctx.deps, ctx.actor)),
  logFollowUp: tokenProcedure('followups:write')
    .meta({
      openapi: {
        method: 'POST',
        path: '/pairings/{pairingId}/follow-ups',
        tags: ['follow-ups'],
        summary:
          'Record a follow-up of a pairing the organisation accompanies (scope followups:write)',
        errorResponses: errors,
      },
    })
    .input(apiLogFollowUpInput)
    .output(apiCreated)
    .mutation(({ ctx, input }) => logFollowUp(ctx.deps, ctx.actor, input)),
  phaseReport: tokenProcedure('program:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/phases/{phaseId}/report',
        tags: ['program'],
        summary: 'A phase’s report: pairings against targets, outcomes, money (scope program:read)',
        errorResponses: errors,
      },
    })
    .input(apiPhaseIdInput)
    .output(apiPhaseReport)
    .query(({ ctx, input }) => phaseReport(ctx.deps, ctx.actor, input.phaseId)),
  ledger: tokenProcedure('program:read')
    .meta({
      openapi: {
        method: 'GET',
        path: '/ledger',
        tags: ['program'],
        summary: 'The disbursements ledger, newest first (scope program:read)',
        errorResponses: errors,
      },
    })
    .input(apiListLedgerInput)
    .output(apiLedgerPage)
    .query(({ ctx, input }) => listLedger(ctx.deps, ctx.actor, { ...input, sort: defaultSort })),
});

export type ApiV1Router = typeof apiV1Router;
