// Second factors of sign-in: TOTP authenticators, passkeys (WebAuthn credentials), recovery
// codes (only their hashes), the WebAuthn challenges in flight, and the program's policy (the
// grace period, set by the coordination, before coordinators and organisation managers must
// have a second factor).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { users } from './users';

export const totpCredentials = sqliteTable('totp_credentials', {
  id: integer().primaryKey({ autoIncrement: true }),
  userId: integer()
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** Base32 secret shared with the authenticator app. */
  secret: text().notNull(),
  /** Null while the set-up waits for its first code. */
  confirmedAt: text(),
  /** The last 30-second step accepted: a code is never accepted twice (replay). */
  lastUsedStep: integer(),
  createdAt: text().notNull(),
});

export const passkeys = sqliteTable(
  'passkeys',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The credential id (base64url), as the authenticator presents it. */
    credentialId: text().notNull().unique(),
    /** COSE public key (base64url). */
    publicKey: text().notNull(),
    counter: integer().notNull().default(0),
    transports: text({ mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    label: text().notNull(),
    backedUp: integer({ mode: 'boolean' }).notNull().default(false),
    createdAt: text().notNull(),
    lastUsedAt: text(),
  },
  (t) => [index('passkeys_user_idx').on(t.userId)],
);

export const recoveryCodes = sqliteTable(
  'recovery_codes',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the user id and the normalised code: the code itself is shown once, never kept. */
    codeHash: text().notNull(),
    usedAt: text(),
    createdAt: text().notNull(),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_idx').on(t.userId, t.codeHash)],
);

export const webauthnChallenges = sqliteTable(
  'webauthn_challenges',
  {
    /** The challenge (base64url): found again from the browser's signed client data. */
    challenge: text().primaryKey(),
    purpose: text({ enum: ['register', 'authenticate'] }).notNull(),
    /** The account registering, or signing in with a second factor; null for a passwordless sign-in. */
    userId: integer().references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: text().notNull(),
  },
  (t) => [
    check('webauthn_challenges_purpose', sql`${t.purpose} IN ('register','authenticate')`),
    index('webauthn_challenges_expiry_idx').on(t.expiresAt),
  ],
);

export const securityPolicy = sqliteTable(
  'security_policy',
  {
    id: integer().primaryKey(),
    /** Days a coordinator or organisation manager may sign in without a second factor. */
    mfaGraceDays: integer().notNull().default(14),
    updatedAt: text().notNull(),
  },
  (t) => [
    check('security_policy_single', sql`${t.id} = 1`),
    check('security_policy_grace', sql`${t.mfaGraceDays} BETWEEN 0 AND 90`),
  ],
);
