// Recovery codes: ten random codes of 16 characters (80 bits) shown once when the first second
// factor is set up (or on request), kept only as SHA-256 hashes salted with the account id; each
// works once. Generating new ones replaces the old.
import { createHash, randomInt } from 'node:crypto';
import { and, count, eq, isNull } from 'drizzle-orm';
import { RECOVERY_CODE_COUNT } from '../../../shared/security/schemas';
import type { DbOrTx } from '../../db/client';
import { recoveryCodes } from '../../db/schema';

// Crockford's base32 without I, L, O, U: nothing to confuse when read aloud or copied by hand.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function hashCode(userId: number, normalised: string): string {
  return createHash('sha256').update(`${userId}:${normalised}`).digest('hex');
}

/** What a person types, as stored: upper case, no spaces or dashes, confusable letters mapped. */
export function normaliseRecoveryCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
}

function newCode(): string {
  let s = '';
  for (let i = 0; i < 16; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8, 12)}-${s.slice(12)}`;
}

/** Replaces the account's codes with new ones and returns them (to be shown once). */
export function generateRecoveryCodes(tx: DbOrTx, userId: number, now: Date): string[] {
  tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId)).run();
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newCode);
  for (const code of codes) {
    tx.insert(recoveryCodes)
      .values({
        userId,
        codeHash: hashCode(userId, normaliseRecoveryCode(code)),
        createdAt: now.toISOString(),
      })
      .run();
  }
  return codes;
}

/** Spends one code: 'ok' once, 'used' after, 'invalid' for a code this account never had. */
export function spendRecoveryCode(
  tx: DbOrTx,
  userId: number,
  code: string,
  now: Date,
): 'ok' | 'used' | 'invalid' {
  const codeHash = hashCode(userId, normaliseRecoveryCode(code));
  const spent = tx
    .update(recoveryCodes)
    .set({ usedAt: now.toISOString() })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .run().changes;
  if (spent === 1) return 'ok';
  const known = tx
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash)))
    .get();
  return known ? 'used' : 'invalid';
}

export function recoveryCodesLeft(db: DbOrTx, userId: number): number {
  const [row] = db
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)))
    .all();
  return row?.n ?? 0;
}
