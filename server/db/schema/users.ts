// Accounts, server-side sessions, single-use tokens (invitations, password resets) and
// login attempts used for rate limiting.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { businesses, organisations } from './organisations';

export const users = sqliteTable(
  'users',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    email: text().notNull().unique(),
    name: text().notNull(),
    /** Accent- and case-folded name for sorting, kept by triggers (db/sortKey.ts). */
    nameKey: text().notNull().default(''),
    role: text({ enum: ['coordinator', 'org_admin', 'counsellor', 'employer'] }).notNull(),
    organisationId: integer().references(() => organisations.id),
    businessId: integer().references(() => businesses.id),
    locale: text({ enum: ['fr-CA', 'en-CA'] })
      .notNull()
      .default('fr-CA'),
    /** argon2id PHC string; null until the invitation is accepted. */
    passwordHash: text(),
    status: text({ enum: ['invited', 'active', 'disabled'] }).notNull(),
    createdAt: text().notNull(),
    updatedAt: text().notNull(),
    /**
     * When a second factor became required of this account without one (its first sign-in
     * as coordinator or organisation manager, or a reset): the grace period counts from it.
     */
    mfaRequiredFrom: text(),
    /** Random WebAuthn user handle (base64url): passkeys name the account by it, not by email. */
    webauthnUserId: text().unique(),
  },
  (t) => [
    check('users_role', sql`${t.role} IN ('coordinator','org_admin','counsellor','employer')`),
    check('users_status', sql`${t.status} IN ('invited','active','disabled')`),
    check('users_locale', sql`${t.locale} IN ('fr-CA','en-CA')`),
    check(
      'users_affiliation',
      sql`(${t.role} = 'coordinator' AND ${t.organisationId} IS NULL AND ${t.businessId} IS NULL)
       OR (${t.role} IN ('org_admin','counsellor') AND ${t.organisationId} IS NOT NULL AND ${t.businessId} IS NULL)
       OR (${t.role} = 'employer' AND ${t.businessId} IS NOT NULL AND ${t.organisationId} IS NULL)`,
    ),
    check(
      'users_active_has_password',
      sql`${t.status} <> 'active' OR ${t.passwordHash} IS NOT NULL`,
    ),
    index('users_organisation_idx').on(t.organisationId),
    index('users_business_idx').on(t.businessId),
    // The accounts list (features/accounts/listAccounts.ts) by name.
    index('users_name_key_idx').on(t.nameKey, t.id),
  ],
);

export const sessions = sqliteTable(
  'sessions',
  {
    /** SHA-256 of the cookie token (hex): the token itself is never stored. */
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text().notNull(),
    expiresAt: text().notNull(),
    /** Absolute limit: sliding renewal never goes past it. */
    absoluteExpiresAt: text().notNull(),
    /** 'second_factor': the password was right, a second factor is awaited (no access yet). */
    stage: text({ enum: ['full', 'second_factor'] })
      .notNull()
      .default('full'),
    ip: text(),
    userAgent: text(),
  },
  // (No CHECK on stage: drizzle-kit would rebuild the table and copy a column it lacks.)
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const accountTokens = sqliteTable(
  'account_tokens',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    purpose: text({ enum: ['invitation', 'password_reset'] }).notNull(),
    tokenHash: text().notNull().unique(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdBy: integer().references(() => users.id),
    createdAt: text().notNull(),
    expiresAt: text().notNull(),
    usedAt: text(),
  },
  (t) => [
    check('account_tokens_purpose', sql`${t.purpose} IN ('invitation','password_reset')`),
    index('account_tokens_user_idx').on(t.userId, t.purpose),
  ],
);

export const loginFailures = sqliteTable(
  'login_failures',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** 'email:<address>' or 'ip:<address>'. */
    key: text().notNull(),
    at: text().notNull(),
  },
  (t) => [index('login_failures_key_at_idx').on(t.key, t.at)],
);
