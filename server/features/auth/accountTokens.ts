// Single-use, expiring tokens sent by email (invitations, password resets).
import { and, eq, isNull } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import { addMinutes } from '../../clock';
import type { DbOrTx } from '../../db/client';
import { accountTokens } from '../../db/schema';
import { hashToken, newToken } from './tokens';

export type TokenPurpose = 'invitation' | 'password_reset';

export const INVITATION_TTL_DAYS = 7;
export const PASSWORD_RESET_TTL_MINUTES = 60;

export function issueAccountToken(
  tx: DbOrTx,
  p: {
    purpose: TokenPurpose;
    userId: number;
    createdBy: number | null;
    now: Date;
    ttlMinutes: number;
    /** False: earlier unused links stay valid until they expire or one of them is used. */
    replaceEarlier?: boolean;
  },
): string {
  // A new link replaces any earlier unused one of the same purpose (unless told otherwise).
  if (p.replaceEarlier !== false) retireTokens(tx, p.userId, p.purpose, p.now);
  const token = newToken();
  tx.insert(accountTokens)
    .values({
      purpose: p.purpose,
      tokenHash: hashToken(token),
      userId: p.userId,
      createdBy: p.createdBy,
      createdAt: p.now.toISOString(),
      expiresAt: addMinutes(p.now, p.ttlMinutes).toISOString(),
    })
    .run();
  return token;
}

/** Every unused link of this purpose for the account stops working. */
export function retireTokens(tx: DbOrTx, userId: number, purpose: TokenPurpose, now: Date) {
  tx.update(accountTokens)
    .set({ usedAt: now.toISOString() })
    .where(
      and(
        eq(accountTokens.userId, userId),
        eq(accountTokens.purpose, purpose),
        isNull(accountTokens.usedAt),
      ),
    )
    .run();
}

/** Finds a usable token or throws token.invalid / token.expired / token.used. */
export function findUsableToken(tx: DbOrTx, purpose: TokenPurpose, token: string, now: Date) {
  const row = tx
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, hashToken(token)), eq(accountTokens.purpose, purpose)))
    .get();
  if (!row) throw appError('token.invalid');
  if (row.usedAt) throw appError('token.used');
  if (new Date(row.expiresAt) <= now) throw appError('token.expired');
  return row;
}

/** Marks the token used; the caller runs this inside the transaction that acts on it. */
export function consumeToken(tx: DbOrTx, purpose: TokenPurpose, token: string, now: Date) {
  const row = findUsableToken(tx, purpose, token, now);
  const changed = tx
    .update(accountTokens)
    .set({ usedAt: now.toISOString() })
    .where(and(eq(accountTokens.id, row.id), isNull(accountTokens.usedAt)))
    .run().changes;
  if (changed !== 1) throw appError('token.used');
  return row;
}
