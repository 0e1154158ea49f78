// Proofs of pay attached to wage-subsidy claims (pay stubs, payroll registers): the files live in
// FILES_DIR under their SHA-256, their metadata here. An upload is first staged (claimId null,
// owned by the uploader's business) and attached when the claim is submitted, in the claim's
// transaction. Deleted (rows and files) when the person's file is anonymised.
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { claims } from './money';
import { businesses } from './organisations';
import { users } from './users';

export const claimProofs = sqliteTable(
  'claim_proofs',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Null while staged (uploaded, not yet attached to a claim). */
    claimId: integer().references(() => claims.id),
    businessId: integer()
      .notNull()
      .references(() => businesses.id),
    uploadedBy: integer()
      .notNull()
      .references(() => users.id),
    sha256: text().notNull(),
    byteSize: integer().notNull(),
    /** Recognised from the content, never from the name. */
    mediaType: text({ enum: ['application/pdf', 'image/png', 'image/jpeg'] }).notNull(),
    /** The name the file had on the uploader's computer (shown, never used as a path). */
    fileName: text().notNull(),
    uploadedAt: text().notNull(),
    attachedAt: text(),
  },
  (t) => [
    check(
      'claim_proofs_media_type',
      sql`${t.mediaType} IN ('application/pdf','image/png','image/jpeg')`,
    ),
    check('claim_proofs_size', sql`${t.byteSize} > 0 AND ${t.byteSize} <= 10485760`),
    check('claim_proofs_sha', sql`length(${t.sha256}) = 64`),
    index('claim_proofs_claim_idx').on(t.claimId),
    index('claim_proofs_staged_idx').on(t.businessId, t.claimId),
    index('claim_proofs_sha_idx').on(t.sha256),
  ],
);
