// Server-side sessions: the cookie holds a random token, the table holds its SHA-256.
// Idle expiry slides forward on use (at most once per minute, to spare writes) but never
// past the absolute limit set at login.
import { and, eq, lt, sql } from 'drizzle-orm';
import { addMinutes } from '../../clock';
import { type DbOrTx, isDatabaseBusy } from '../../db/client';
import { prepared } from '../../db/prepared';
import { sessions, users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { hashToken, newToken } from './tokens';

type Tx = DbOrTx;

export interface NewSession {
  token: string;
  sessionId: string;
  expiresAt: Date;
}

/** A password accepted, a second factor awaited: that half-session lasts this long. */
export const SECOND_FACTOR_MINUTES = 10;

export function createSession(
  deps: Pick<Deps, 'clock' | 'config'>,
  tx: Tx,
  userId: number,
  req: RequestInfo,
  stage: 'full' | 'second_factor' = 'full',
): NewSession {
  const now = deps.clock.now();
  const token = newToken();
  const sessionId = hashToken(token);
  const pending = stage === 'second_factor';
  const expiresAt = addMinutes(
    now,
    pending ? SECOND_FACTOR_MINUTES : deps.config.SESSION_IDLE_HOURS * 60,
  );
  const absolute = pending ? expiresAt : addMinutes(now, deps.config.SESSION_MAX_DAYS * 24 * 60);
  tx.insert(sessions)
    .values({
      id: sessionId,
      userId,
      createdAt: now.toISOString(),
      expiresAt: new Date(Math.min(expiresAt.getTime(), absolute.getTime())).toISOString(),
      absoluteExpiresAt: absolute.toISOString(),
      stage,
      ip: req.ip,
      userAgent: req.userAgent?.slice(0, 300) ?? null,
    })
    .run();
  return { token, sessionId, expiresAt };
}

export interface ValidSession {
  actor: Actor;
  /** Set when the expiry moved: the cookie must be sent again with the new expiry. */
  renewedUntil: Date | null;
  /** 'second_factor': the password was accepted, no access until a second factor is. */
  stage: 'full' | 'second_factor';
  /** Whether the account has a second factor, and since when one is required without it. */
  secondFactor: { enabled: boolean; requiredFrom: string | null };
}

// Every authenticated request runs this lookup: prepared once per database.
function sessionLookup(db: Deps['db']) {
  return prepared(db, 'sessions.lookup', () =>
    db
      .select({
        id: sessions.id,
        expiresAt: sessions.expiresAt,
        absoluteExpiresAt: sessions.absoluteExpiresAt,
        userId: users.id,
        role: users.role,
        organisationId: users.organisationId,
        businessId: users.businessId,
        status: users.status,
        stage: sessions.stage,
        mfaRequiredFrom: users.mfaRequiredFrom,
        mfaEnabled: sql<number>`(EXISTS (SELECT 1 FROM totp_credentials t WHERE t.user_id = "users"."id" AND t.confirmed_at IS NOT NULL) OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = "users"."id"))`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sql.placeholder('id')))
      .prepare(),
  );
}

export function validateSession(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  token: string,
): ValidSession | null {
  const { db, clock, config } = deps;
  const id = hashToken(token);
  const row = sessionLookup(db).get({ id });
  if (!row) return null;
  const now = clock.now();
  if (new Date(row.expiresAt) <= now || row.status !== 'active') {
    try {
      db.delete(sessions).where(eq(sessions.id, id)).run();
    } catch (err) {
      // Locked by another process: the session opens nothing either way; housekeeping purges it.
      if (!isDatabaseBusy(err)) throw err;
    }
    return null;
  }
  const idle = addMinutes(now, config.SESSION_IDLE_HOURS * 60);
  const absolute = new Date(row.absoluteExpiresAt);
  const target = idle < absolute ? idle : absolute;
  let renewedUntil: Date | null = null;
  // A half-session (second factor awaited) never slides.
  if (row.stage === 'full' && target.getTime() - new Date(row.expiresAt).getTime() > 60_000) {
    try {
      db.update(sessions).set({ expiresAt: target.toISOString() }).where(eq(sessions.id, id)).run();
      renewedUntil = target;
    } catch (err) {
      // The database is locked by another process: the session is still valid, and the next
      // request renews it; the request itself must not fail for this.
      if (!isDatabaseBusy(err)) throw err;
    }
  }
  return {
    actor: {
      userId: row.userId,
      role: row.role,
      organisationId: row.organisationId,
      businessId: row.businessId,
      sessionId: row.id,
    },
    renewedUntil,
    stage: row.stage,
    secondFactor: { enabled: row.mfaEnabled === 1, requiredFrom: row.mfaRequiredFrom },
  };
}

export function deleteSession(tx: Tx, sessionId: string): void {
  tx.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function deleteAllSessions(tx: Tx, userId: number): void {
  tx.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export function purgeExpiredSessions(deps: Pick<Deps, 'db' | 'clock'>): number {
  return deps.db
    .delete(sessions)
    .where(and(lt(sessions.expiresAt, deps.clock.now().toISOString())))
    .run().changes;
}
