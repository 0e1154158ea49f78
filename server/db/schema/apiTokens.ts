// Partner API tokens (/api/v1): created by an organisation manager for their organisation or by
// the coordinator for program-wide reading. The token is shown once; only its SHA-256 is kept.
// A token acts on behalf of its creator (same role, same organisation), narrowed by its scopes.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { ApiScope } from '../../../shared/apiTokens/scopes';
import { organisations } from './organisations';
import { users } from './users';

export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    name: text().notNull(),
    tokenHash: text().notNull().unique(),
    /** The first characters of the token, so people can tell their tokens apart. */
    prefix: text().notNull(),
    /** The creator's organisation; null for the coordinator's program-wide tokens. */
    organisationId: integer().references(() => organisations.id),
    scopes: text({ mode: 'json' }).$type<ApiScope[]>().notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: text().notNull(),
    expiresAt: text().notNull(),
    revokedAt: text(),
    revokedBy: integer().references(() => users.id),
    lastUsedAt: text(),
  },
  (t) => [
    check('api_tokens_scopes', sql`json_array_length(${t.scopes}) > 0`),
    index('api_tokens_org_idx').on(t.organisationId, t.id),
    index('api_tokens_creator_idx').on(t.createdBy, t.id),
  ],
);
