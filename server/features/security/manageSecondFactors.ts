// An account's second factors as "my account" shows them, new recovery codes on request, and
// the coordination's view and reset: a person who lost their phone or passkey asks a
// coordinator, who checks who they are outside Passerelle and resets their second factors (all
// of them, and their sessions); the person sets a new one up at their next sign-in, with a new
// grace period. The reset is audited with who did it.
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import { passkeys, recoveryCodes, sessions, totpCredentials, users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import {
  readSecurityPolicy,
  secondFactorDeadline,
  secondFactorGate,
  secondFactorRequired,
} from './policy';
import { generateRecoveryCodes, recoveryCodesLeft } from './recoveryCodes';
import { hasSecondFactor } from './secondFactorSignIn';

export interface SecondFactorSummary {
  /** Must this account have one (coordinator, organisation manager)? */
  required: boolean;
  enabled: boolean;
  /** ok: nothing to do; grace: required, not set up yet; overdue: nothing else is open. */
  gate: 'ok' | 'grace' | 'overdue';
  /** End of the grace period, while one runs. */
  deadline: string | null;
}

export function secondFactorSummary(deps: Deps, userId: number): SecondFactorSummary {
  const u = deps.db
    .select({ role: users.role, requiredFrom: users.mfaRequiredFrom })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!u) throw appError('auth.notAuthenticated');
  const enabled = hasSecondFactor(deps.db, userId);
  const gate = secondFactorGate(deps, u.role, { enabled, requiredFrom: u.requiredFrom });
  const deadline = gate === 'ok' ? null : secondFactorDeadline(deps.db, u.requiredFrom);
  return {
    required: secondFactorRequired(u.role),
    enabled,
    gate,
    deadline: deadline?.toISOString() ?? null,
  };
}

export function securityStatus(deps: Deps, actor: Actor) {
  const totp = deps.db
    .select({ confirmedAt: totpCredentials.confirmedAt })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, actor.userId), isNotNull(totpCredentials.confirmedAt)))
    .get();
  return {
    ...secondFactorSummary(deps, actor.userId),
    totp: totp ? { since: totp.confirmedAt } : null,
    passkeys: deps.db
      .select({
        id: passkeys.id,
        label: passkeys.label,
        createdAt: passkeys.createdAt,
        lastUsedAt: passkeys.lastUsedAt,
        backedUp: passkeys.backedUp,
      })
      .from(passkeys)
      .where(eq(passkeys.userId, actor.userId))
      .orderBy(asc(passkeys.id))
      .all(),
    recoveryCodesLeft: recoveryCodesLeft(deps.db, actor.userId),
    graceDays: readSecurityPolicy(deps.db).mfaGraceDays,
  };
}

export function regenerateRecoveryCodes(
  deps: Deps,
  actor: Actor,
  req: RequestInfo,
): { recoveryCodes: string[] } {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    if (!hasSecondFactor(tx, actor.userId)) throw appError('secondFactor.noneEnabled');
    const codes = generateRecoveryCodes(tx, actor.userId, now);
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'mfa.recovery_codes_generated',
      subjectType: 'user',
      subjectId: actor.userId,
      ip: req.ip,
    });
    return { recoveryCodes: codes };
  });
}

/** Accounts with a second factor, or required to have one, for the coordination's page. */
export function secondFactorAccounts(deps: Deps) {
  const rows = deps.db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      requiredFrom: users.mfaRequiredFrom,
      totp: sql<number>`EXISTS (SELECT 1 FROM totp_credentials t WHERE t.user_id = "users"."id" AND t.confirmed_at IS NOT NULL)`,
      passkeys: sql<number>`(SELECT count(*) FROM passkeys p WHERE p.user_id = "users"."id")`,
    })
    .from(users)
    .where(
      and(
        eq(users.status, 'active'),
        sql`(${inArray(users.role, ['coordinator', 'org_admin'])} OR EXISTS (SELECT 1 FROM totp_credentials t WHERE t.user_id = "users"."id" AND t.confirmed_at IS NOT NULL) OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = "users"."id"))`,
      ),
    )
    .orderBy(asc(users.name))
    .all();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    email: r.email,
    role: r.role,
    totp: r.totp === 1,
    passkeys: r.passkeys,
    gate: secondFactorGate(deps, r.role, {
      enabled: r.totp === 1 || r.passkeys > 0,
      requiredFrom: r.requiredFrom,
    }),
  }));
}

export function resetSecondFactors(
  deps: Deps,
  actor: Actor,
  userId: number,
  req: RequestInfo,
): { ok: true } {
  if (userId === actor.userId) throw appError('secondFactor.cannotResetOwn');
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const target = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
    if (!target) throw appError('account.notFound');
    const removed = {
      totp: tx.delete(totpCredentials).where(eq(totpCredentials.userId, userId)).run().changes,
      passkeys: tx.delete(passkeys).where(eq(passkeys.userId, userId)).run().changes,
      recoveryCodes: tx
        .delete(recoveryCodes)
        .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
        .run().changes,
    };
    tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
    // A new grace period from now; whoever held the account's sessions is signed out.
    tx.update(users).set({ mfaRequiredFrom: now.toISOString() }).where(eq(users.id, userId)).run();
    tx.delete(sessions).where(eq(sessions.userId, userId)).run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'mfa.reset',
      subjectType: 'user',
      subjectId: userId,
      ip: req.ip,
      details: removed,
    });
  });
  return { ok: true };
}
