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
  },
): string {
  // A new link replaces any earlier unused one of the same purpose.
  tx.update(accountTokens)
    .set({ usedAt: p.now.toISOString() })
    .where(
      and(
        eq(accountTokens.userId, p.userId),
        eq(accountTokens.purpose, p.purpose),
        isNull(accountTokens.usedAt),
      ),
    )
    .run();
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
