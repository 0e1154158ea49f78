// Partner API tokens: an organisation manager creates them for their organisation (people and
// pairings, follow-ups due, writing follow-ups), the coordinator for program-wide reading. The
// token is shown once; only its SHA-256 is stored, with a short prefix to recognise it. A token
// acts on behalf of its creator (same role and organisation, narrowed by its scopes), so the
// partner API applies exactly the web's authorization; it stops working when revoked, expired,
// or when its creator's account is disabled or changes role or organisation.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { API_TOKEN_MAX_DAYS, type createApiTokenInput } from '../../../shared/apiTokens/schemas';
import { type ApiScope, organisationScopes, programScopes } from '../../../shared/apiTokens/scopes';
import { addDays, quebecDayStart, quebecToday } from '../../../shared/dates';
import { appError, fieldError } from '../../../shared/errors';
import { apiTokens, users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { hashToken, newToken } from '../auth/tokens';

export const API_TOKEN_PREFIX = 'psr_';

function allowedScopes(actor: Actor): readonly ApiScope[] {
  if (actor.role === 'org_admin') return organisationScopes;
  if (actor.role === 'coordinator') return programScopes;
  throw appError('auth.forbidden');
}

/** Which tokens the actor manages: their organisation's, or the coordination's. */
function ownTokens(actor: Actor) {
  return actor.role === 'coordinator'
    ? isNull(apiTokens.organisationId)
    : eq(apiTokens.organisationId, actor.organisationId ?? -1);
}

export function createApiToken(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof createApiTokenInput>,
  req: RequestInfo,
) {
  const allowed = allowedScopes(actor);
  const refused = input.scopes.filter((s) => !allowed.includes(s));
  if (refused.length > 0) {
    throw fieldError('scopes', 'apiToken.scopeNotAllowed', { scopes: refused.join(', ') });
  }
  const now = deps.clock.now();
  const today = quebecToday(now);
  if (input.expiresOn <= today || input.expiresOn > addDays(today, API_TOKEN_MAX_DAYS)) {
    throw fieldError('expiresOn', 'apiToken.expiryOutOfRange', { max: API_TOKEN_MAX_DAYS });
  }
  const token = `${API_TOKEN_PREFIX}${newToken()}`;
  return deps.db.transaction((tx) => {
    const id = tx
      .insert(apiTokens)
      .values({
        name: input.name,
        tokenHash: hashToken(token),
        prefix: token.slice(0, API_TOKEN_PREFIX.length + 6),
        organisationId: actor.role === 'coordinator' ? null : actor.organisationId,
        scopes: input.scopes,
        createdBy: actor.userId,
        createdAt: now.toISOString(),
        // Works through the whole last day (Quebec time).
        expiresAt: quebecDayStart(addDays(input.expiresOn, 1)),
      })
      .returning({ id: apiTokens.id })
      .get().id;
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'apiToken.created',
      subjectType: 'api_token',
      subjectId: id,
      ip: req.ip,
      details: { name: input.name, scopes: input.scopes, expiresOn: input.expiresOn },
    });
    // The only time the token itself leaves the server.
    return { id, token };
  });
}

export function listApiTokens(deps: Deps, actor: Actor) {
  allowedScopes(actor);
  return deps.db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      scopes: apiTokens.scopes,
      createdAt: apiTokens.createdAt,
      createdByName: users.name,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      lastUsedAt: apiTokens.lastUsedAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .where(ownTokens(actor))
    .orderBy(desc(apiTokens.id))
    .all();
}

export function revokeApiToken(deps: Deps, actor: Actor, tokenId: number, req: RequestInfo) {
  allowedScopes(actor);
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const row = tx
      .select({ id: apiTokens.id, revokedAt: apiTokens.revokedAt })
      .from(apiTokens)
      .where(and(eq(apiTokens.id, tokenId), ownTokens(actor)))
      .get();
    if (!row) throw appError('apiToken.notFound');
    if (row.revokedAt) return;
    tx.update(apiTokens)
      .set({ revokedAt: now.toISOString(), revokedBy: actor.userId })
      .where(eq(apiTokens.id, row.id))
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'apiToken.revoked',
      subjectType: 'api_token',
      subjectId: row.id,
      ip: req.ip,
    });
  });
}

export interface ApiCaller {
  actor: Actor;
  tokenId: number;
  scopes: readonly ApiScope[];
}

/** The caller a bearer token stands for, or api.invalidToken / tokenExpired / tokenRevoked. */
export function authenticateApiToken(deps: Deps, bearer: string | null | undefined): ApiCaller {
  if (!bearer?.startsWith(API_TOKEN_PREFIX) || bearer.length > 200) {
    throw appError('api.invalidToken');
  }
  const now = deps.clock.now();
  const row = deps.db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.tokenHash, hashToken(bearer)))
    .get();
  if (!row) throw appError('api.invalidToken');
  const { token, user } = row;
  if (token.revokedAt) throw appError('api.tokenRevoked');
  if (new Date(token.expiresAt) <= now) throw appError('api.tokenExpired');
  // The creator must still hold the role and organisation the token was made under.
  const stillValid =
    user.status === 'active' &&
    (token.organisationId === null
      ? user.role === 'coordinator'
      : user.role === 'org_admin' && user.organisationId === token.organisationId);
  if (!stillValid) throw appError('api.tokenRevoked');
  deps.db
    .update(apiTokens)
    .set({ lastUsedAt: now.toISOString() })
    .where(eq(apiTokens.id, token.id))
    .run();
  return {
    tokenId: token.id,
    scopes: token.scopes,
    actor: {
      userId: user.id,
      role: user.role,
      organisationId: user.organisationId,
      businessId: user.businessId,
      sessionId: `api-token:${token.id}`,
    },
  };
}
