// Passkeys (WebAuthn, @simplewebauthn/server): registering one on "my account", removing it,
// and checking an assertion at sign-in — as the second factor after a password, or alone for a
// passwordless sign-in (a discoverable credential with user verification is two factors in
// itself: the device, and the PIN or biometric that unlocks it). The relying party is APP_URL's
// host; the browser's origin must be APP_URL. Challenges are single-use and expire in 5 minutes.
import { randomBytes } from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  AuthenticatorTransportFuture,
  RegistrationResponseJSON,
  VerifiedAuthenticationResponse,
  VerifiedRegistrationResponse,
} from '@simplewebauthn/server';
import { and, eq, lt } from 'drizzle-orm';
import type { z } from 'zod';
import { appError, fieldError } from '../../../shared/errors';
import type {
  authenticationResponseSchema,
  registerPasskeyInput,
} from '../../../shared/security/schemas';
import { addMinutes } from '../../clock';
import type { DbOrTx } from '../../db/client';
import { passkeys, users, webauthnChallenges } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { webAuthn } from '../../lazyModule';
import { recordAudit } from '../audit/recordAudit';
import { firstRecoveryCodes } from './totp';

const CHALLENGE_MINUTES = 5;

export function relyingParty(deps: Pick<Deps, 'config'>) {
  const url = new URL(deps.config.appUrl);
  return { rpID: url.hostname, origin: url.origin, rpName: 'Passerelle' };
}

function storeChallenge(
  deps: Deps,
  challenge: string,
  purpose: 'register' | 'authenticate',
  userId: number | null,
) {
  const now = deps.clock.now();
  deps.db
    .delete(webauthnChallenges)
    .where(lt(webauthnChallenges.expiresAt, now.toISOString()))
    .run();
  deps.db
    .insert(webauthnChallenges)
    .values({
      challenge,
      purpose,
      userId,
      expiresAt: addMinutes(now, CHALLENGE_MINUTES).toISOString(),
    })
    .run();
}

/** The challenge the browser signed, read from its client data. */
function signedChallenge(clientDataJSON: string): string | null {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')) as {
      challenge?: unknown;
    };
    return typeof data.challenge === 'string' ? data.challenge : null;
  } catch {
    return null;
  }
}

/** Takes the challenge out (it works once) if it is live and was issued for this purpose. */
function consumeChallenge(
  deps: Deps,
  clientDataJSON: string,
  purpose: 'register' | 'authenticate',
): { challenge: string; userId: number | null } | null {
  const challenge = signedChallenge(clientDataJSON);
  if (!challenge) return null;
  const row = deps.db
    .delete(webauthnChallenges)
    .where(
      and(eq(webauthnChallenges.challenge, challenge), eq(webauthnChallenges.purpose, purpose)),
    )
    .returning()
    .get();
  if (!row || row.expiresAt <= deps.clock.now().toISOString()) return null;
  return { challenge, userId: row.userId };
}

function webauthnUserId(db: DbOrTx, userId: number): string {
  const u = db
    .select({ handle: users.webauthnUserId })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (u?.handle) return u.handle;
  const handle = randomBytes(32).toString('base64url');
  db.update(users).set({ webauthnUserId: handle }).where(eq(users.id, userId)).run();
  return handle;
}

export async function passkeyRegistrationOptions(deps: Deps, actor: Actor) {
  const { rpID, rpName } = relyingParty(deps);
  const user = deps.db
    .select({ email: users.email, name: users.name })
    .from(users)
    .where(eq(users.id, actor.userId))
    .get();
  if (!user) throw appError('auth.notAuthenticated');
  const existing = deps.db
    .select({ id: passkeys.credentialId, transports: passkeys.transports })
    .from(passkeys)
    .where(eq(passkeys.userId, actor.userId))
    .all();
  const { generateRegistrationOptions } = await webAuthn();
  const options = await generateRegistrationOptions({
    rpName,
    rpID,
    userName: user.email,
    userDisplayName: user.name,
    userID: Buffer.from(webauthnUserId(deps.db, actor.userId), 'base64url'),
    attestationType: 'none',
    excludeCredentials: existing.map((c) => ({
      id: c.id,
      transports: c.transports as AuthenticatorTransportFuture[],
    })),
    // Discoverable and verified: the passkey can sign in alone.
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  storeChallenge(deps, options.challenge, 'register', actor.userId);
  return options;
}

export async function registerPasskey(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof registerPasskeyInput>,
  req: RequestInfo,
): Promise<{ recoveryCodes: string[] | null }> {
  const { rpID, origin } = relyingParty(deps);
  const response = input.response as RegistrationResponseJSON;
  const issued = consumeChallenge(deps, response.response.clientDataJSON, 'register');
  if (!issued || issued.userId !== actor.userId)
    throw fieldError('response', 'secondFactor.passkeyInvalid');
  const { verifyRegistrationResponse } = await webAuthn();
  let verification: VerifiedRegistrationResponse;
  try {
    verification = await verifyRegistrationResponse({
      response,
      expectedChallenge: issued.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
  } catch {
    throw fieldError('response', 'secondFactor.passkeyInvalid');
  }
  if (!verification.verified || !verification.registrationInfo)
    throw fieldError('response', 'secondFactor.passkeyInvalid');
  const { credential, credentialBackedUp } = verification.registrationInfo;
  const now = deps.clock.now();
  return deps.db.transaction((tx) => {
    const taken = tx
      .select({ id: passkeys.id })
      .from(passkeys)
      .where(eq(passkeys.credentialId, credential.id))
      .get();
    if (taken) throw fieldError('response', 'secondFactor.passkeyInvalid');
    const row = tx
      .insert(passkeys)
      .values({
        userId: actor.userId,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey).toString('base64url'),
        counter: credential.counter,
        transports: credential.transports ?? [],
        label: input.label,
        backedUp: credentialBackedUp,
        createdAt: now.toISOString(),
      })
      .returning({ id: passkeys.id })
      .get();
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'mfa.passkey_added',
      subjectType: 'user',
      subjectId: actor.userId,
      ip: req.ip,
      details: { passkeyId: row.id },
    });
    return { recoveryCodes: firstRecoveryCodes(tx, actor.userId, now, req) };
  });
}

export function removePasskey(deps: Deps, actor: Actor, id: number, req: RequestInfo): void {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const removed = tx
      .delete(passkeys)
      .where(and(eq(passkeys.id, id), eq(passkeys.userId, actor.userId)))
      .run().changes;
    if (removed === 0) throw appError('secondFactor.passkeyNotFound');
    recordAudit(tx, {
      at: now,
      actorUserId: actor.userId,
      action: 'mfa.passkey_removed',
      subjectType: 'user',
      subjectId: actor.userId,
      ip: req.ip,
      details: { passkeyId: id },
    });
  });
}

/**
 * Options for navigator.credentials.get(): for a second factor, the account's own passkeys;
 * for a passwordless sign-in (no account yet), any passkey of this site the device holds.
 */
export async function passkeySignInOptions(deps: Deps, userId: number | null) {
  const { rpID } = relyingParty(deps);
  const allow = userId
    ? deps.db
        .select({ id: passkeys.credentialId, transports: passkeys.transports })
        .from(passkeys)
        .where(eq(passkeys.userId, userId))
        .all()
    : [];
  const { generateAuthenticationOptions } = await webAuthn();
  const options = await generateAuthenticationOptions({
    rpID,
    userVerification: 'required',
    allowCredentials: allow.map((c) => ({
      id: c.id,
      transports: c.transports as AuthenticatorTransportFuture[],
    })),
  });
  storeChallenge(deps, options.challenge, 'authenticate', userId);
  return options;
}

/**
 * Checks an assertion; returns the account it proves, or null. A challenge issued for one
 * account's second factor only accepts that account's passkeys.
 */
export async function verifyPasskeyAssertion(
  deps: Deps,
  input: z.infer<typeof authenticationResponseSchema>,
): Promise<{ userId: number; passkeyId: number } | null> {
  const { rpID, origin } = relyingParty(deps);
  const response = input as AuthenticationResponseJSON;
  const issued = consumeChallenge(deps, response.response.clientDataJSON, 'authenticate');
  if (!issued) return null;
  const key = deps.db.select().from(passkeys).where(eq(passkeys.credentialId, response.id)).get();
  if (!key || (issued.userId !== null && key.userId !== issued.userId)) return null;
  const { verifyAuthenticationResponse } = await webAuthn();
  let verification: VerifiedAuthenticationResponse;
  try {
    verification = await verifyAuthenticationResponse({
      response,
      expectedChallenge: issued.challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      credential: {
        id: key.credentialId,
        publicKey: Buffer.from(key.publicKey, 'base64url'),
        counter: key.counter,
        transports: key.transports as AuthenticatorTransportFuture[],
      },
    });
  } catch {
    return null;
  }
  if (!verification.verified) return null;
  deps.db
    .update(passkeys)
    .set({
      counter: verification.authenticationInfo.newCounter,
      lastUsedAt: deps.clock.now().toISOString(),
    })
    .where(eq(passkeys.id, key.id))
    .run();
  return { userId: key.userId, passkeyId: key.id };
}
