// Who must have a second factor and by when. Coordinators and organisation managers (they
// approve money and read access logs) must, once the grace period set by the coordination has
// passed since the requirement first met them (their first sign-in without one, or a reset).
// Everyone else may add one. The gate is checked on every authenticated call (trpc/init.ts) and
// download (exports.ts): past the deadline only the set-up itself is open.
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { secondFactorRoles, type securityPolicyInput } from '../../../shared/security/schemas';
import type { DbOrTx } from '../../db/client';
import { prepared } from '../../db/prepared';
import { securityPolicy } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';

export const DEFAULT_GRACE_DAYS = 14;

/**
 * The coordination's policy. Read by the gate on every call of a coordinator or manager without
 * a second factor: prepared once per database (when given the database handle).
 */
export function readSecurityPolicy(db: DbOrTx): { mfaGraceDays: number } {
  const row = prepared(db, 'security.policy', () =>
    db
      .select({ mfaGraceDays: securityPolicy.mfaGraceDays })
      .from(securityPolicy)
      .where(eq(securityPolicy.id, 1))
      .prepare(),
  ).get();
  return { mfaGraceDays: row?.mfaGraceDays ?? DEFAULT_GRACE_DAYS };
}

export function updateSecurityPolicy(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof securityPolicyInput>,
  req: RequestInfo,
): { mfaGraceDays: number } {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    tx.insert(securityPolicy)
      .values({ id: 1, mfaGraceDays: input.mfaGraceDays, updatedAt: now.toISOString() })
      .onConflictDoUpdate({
        target: securityPolicy.id,
        set: { mfaGraceDays: input.mfaGraceDays, updatedAt: now.toISOString() },
      })
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'mfa.policy_updated',
      ip: req.ip,
      details: { mfaGraceDays: input.mfaGraceDays },
    });
  });
  return { mfaGraceDays: input.mfaGraceDays };
}

export function secondFactorRequired(role: Actor['role']): boolean {
  return (secondFactorRoles as readonly string[]).includes(role);
}

export type SecondFactorGate = 'ok' | 'grace' | 'overdue';

export interface SecondFactorFacts {
  enabled: boolean;
  requiredFrom: string | null;
}

/** When the grace period of an account without a second factor ends. */
export function secondFactorDeadline(db: DbOrTx, requiredFrom: string | null): Date | null {
  if (!requiredFrom) return null;
  const days = readSecurityPolicy(db).mfaGraceDays;
  return new Date(Date.parse(requiredFrom) + days * 86_400_000);
}

export function secondFactorGate(
  deps: Pick<Deps, 'db' | 'clock'>,
  role: Actor['role'],
  facts: SecondFactorFacts,
): SecondFactorGate {
  if (facts.enabled || !secondFactorRequired(role)) return 'ok';
  const deadline = secondFactorDeadline(deps.db, facts.requiredFrom);
  // No date yet: the requirement starts at the next sign-in (login.ts records it).
  if (!deadline) return 'grace';
  return deps.clock.now() < deadline ? 'grace' : 'overdue';
}

/**
 * Procedures open to a session whose second factor is overdue: setting one up, the language of
 * the screens, and leaving.
 */
const openOverdue = new Set([
  'auth.me',
  'auth.logout',
  'auth.logoutEverywhere',
  'accounts.setLocale',
  'security.status',
  'security.totpBegin',
  'security.totpConfirm',
  'security.passkeyOptions',
  'security.passkeyRegister',
]);

export function openWhileOverdue(path: string): boolean {
  return openOverdue.has(path);
}
