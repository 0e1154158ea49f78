// TOTP (RFC 6238: six digits, 30 seconds, SHA-1, what every authenticator app reads) with
// otpauth. Set-up is two steps: a secret is made and shown (QR code and text), then the first
// code from the app confirms it. A code is accepted one step either side of now (clock drift),
// and never twice: the last accepted step is kept and a code must be of a later one.
import { and, eq, isNotNull, isNull, lt, or } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { renderSVG } from 'uqr';
import { appError, fieldError } from '../../../shared/errors';
import type { DbOrTx } from '../../db/client';
import { totpCredentials, users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { generateRecoveryCodes, recoveryCodesLeft } from './recoveryCodes';

const PERIOD = 30;

function totpFor(secret: string, label = 'Passerelle'): TOTP {
  return new TOTP({
    issuer: 'Passerelle',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

export interface TotpSetup {
  secret: string;
  uri: string;
  /** The otpauth:// URI as a QR code (SVG data URI) for the authenticator app. */
  qrCode: string;
}

export function beginTotp(deps: Deps, actor: Actor): TotpSetup {
  const { db, clock } = deps;
  const current = db
    .select()
    .from(totpCredentials)
    .where(eq(totpCredentials.userId, actor.userId))
    .get();
  if (current?.confirmedAt) throw appError('secondFactor.totpAlreadyOn');
  const user = db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, actor.userId))
    .get();
  const secret = new Secret({ size: 20 }).base32;
  db.insert(totpCredentials)
    .values({ userId: actor.userId, secret, createdAt: clock.now().toISOString() })
    .onConflictDoUpdate({
      target: totpCredentials.userId,
      set: { secret, createdAt: clock.now().toISOString(), lastUsedStep: null },
    })
    .run();
  const uri = totpFor(secret, user?.email).toString();
  const svg = renderSVG(uri, { border: 2 });
  return {
    secret,
    uri,
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`,
  };
}

/**
 * Checks a code against the account's confirmed (or, for the set-up, pending) secret and, when
 * right, records its step so it cannot be used again. Inside the caller's transaction.
 */
export function checkTotpCode(
  tx: DbOrTx,
  userId: number,
  code: string,
  now: Date,
  which: 'confirmed' | 'pending' = 'confirmed',
): 'ok' | 'invalid' | 'replayed' {
  const row = tx
    .select()
    .from(totpCredentials)
    .where(
      and(
        eq(totpCredentials.userId, userId),
        which === 'confirmed'
          ? isNotNull(totpCredentials.confirmedAt)
          : isNull(totpCredentials.confirmedAt),
      ),
    )
    .get();
  if (!row) return 'invalid';
  const timestamp = now.getTime();
  const delta = totpFor(row.secret).validate({ token: code, timestamp, window: 1 });
  if (delta === null) return 'invalid';
  const step = Math.floor(timestamp / 1000 / PERIOD) + delta;
  const taken = tx
    .update(totpCredentials)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(totpCredentials.id, row.id),
        or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, step)),
      ),
    )
    .run().changes;
  return taken === 1 ? 'ok' : 'replayed';
}

/** The first code confirms the set-up; the first factor of an account brings recovery codes. */
export function confirmTotp(
  deps: Deps,
  actor: Actor,
  code: string,
  req: RequestInfo,
): { recoveryCodes: string[] | null } {
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const result = checkTotpCode(tx, actor.userId, code, now, 'pending');
    if (result !== 'ok') {
      const pending = tx
        .select({ id: totpCredentials.id })
        .from(totpCredentials)
        .where(and(eq(totpCredentials.userId, actor.userId), isNull(totpCredentials.confirmedAt)))
        .get();
      if (!pending) throw appError('secondFactor.totpNotStarted');
      throw fieldError('code', 'secondFactor.codeInvalid');
    }
    tx.update(totpCredentials)
      .set({ confirmedAt: now.toISOString() })
      .where(eq(totpCredentials.userId, actor.userId))
      .run();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'mfa.totp_enabled',
      subjectType: 'user',
      subjectId: actor.userId,
      ip: req.ip,
    });
    return { recoveryCodes: firstRecoveryCodes(tx, actor.userId, now, req) };
  });
}

/** Recovery codes for an account that has none left yet (its first factor), else null. */
export function firstRecoveryCodes(
  tx: DbOrTx,
  userId: number,
  now: Date,
  req: RequestInfo,
): string[] | null {
  if (recoveryCodesLeft(tx, userId) > 0) return null;
  const codes = generateRecoveryCodes(tx, userId, now);
  recordAudit(tx, {
    at: now,
    actorUserId: userId,
    action: 'mfa.recovery_codes_generated',
    subjectType: 'user',
    subjectId: userId,
    ip: req.ip,
  });
  return codes;
}

export function disableTotp(deps: Deps, actor: Actor, req: RequestInfo): void {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const removed = tx
      .delete(totpCredentials)
      .where(eq(totpCredentials.userId, actor.userId))
      .run().changes;
    if (removed === 0) return;
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'mfa.totp_disabled',
      subjectType: 'user',
      subjectId: actor.userId,
      ip: req.ip,
    });
  });
}
