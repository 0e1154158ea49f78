// The placement agreement (« entente de jumelage ») and its amendments (« avenants »). Each row
// of agreement_versions is one version of a pairing's terms: version 1 at the hire, one more per
// amendment, each holding the whole terms in force after it and a snapshot of the parties as
// they were then, so the document each party signed can always be rendered again. Signatures
// are append-only evidence: the signer, role, time, IP and the SHA-256 of the exact PDF signed.
// Triggers (migration 0009) refuse UPDATE and DELETE on both tables, except the one update
// anonymisation makes (erasing the person's name from the snapshot, the signer's name and IP).
import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { AgreementSnapshot } from '../../../shared/agreements/snapshot';
import { pairings } from './pairings';
import { users } from './users';

export const agreementVersions = sqliteTable(
  'agreement_versions',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    pairingId: integer()
      .notNull()
      .references(() => pairings.id),
    /** 1 for the agreement made at the hire, then 2, 3, … for each amendment. */
    version: integer().notNull(),
    kind: text({ enum: ['hire', 'weeks', 'wage_hours', 'leave', 'counsellor'] }).notNull(),
    /** From when the change applies (the start date for the hire). */
    effectiveFrom: text().notNull(),
    // The terms in force after this version (for wage and hours: from effectiveFrom on).
    hourlyWageCents: integer().notNull(),
    hoursPerWeek: integer().notNull(),
    plannedWeeks: integer().notNull(),
    plannedEndDate: text().notNull(),
    counsellorId: integer().references(() => users.id),
    /** A leave (interruption): both inclusive; only on kind 'leave'. */
    leaveStart: text(),
    leaveEnd: text(),
    /** The pairing's maximum wage subsidy under these terms. */
    maxWageSubsidyCents: integer().notNull(),
    /** Why (optional free text); erased at anonymisation. */
    comment: text().notNull().default(''),
    snapshot: text({ mode: 'json' }).$type<AgreementSnapshot>().notNull(),
    createdBy: integer().references(() => users.id),
    createdAt: text().notNull(),
    anonymisedAt: text(),
  },
  (t) => [
    uniqueIndex('agreement_versions_pairing_version').on(t.pairingId, t.version),
    check(
      'agreement_versions_kind',
      sql`${t.kind} IN ('hire','weeks','wage_hours','leave','counsellor')`,
    ),
    check(
      'agreement_versions_terms',
      sql`${t.version} >= 1 AND ${t.hourlyWageCents} > 0 AND ${t.hoursPerWeek} > 0 AND ${t.plannedWeeks} > 0 AND ${t.maxWageSubsidyCents} >= 0`,
    ),
    check(
      'agreement_versions_leave',
      sql`(${t.kind} = 'leave') = (${t.leaveStart} IS NOT NULL AND ${t.leaveEnd} IS NOT NULL AND ${t.leaveStart} <= ${t.leaveEnd})`,
    ),
  ],
);

export const agreementSignatures = sqliteTable(
  'agreement_signatures',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    versionId: integer()
      .notNull()
      .references(() => agreementVersions.id),
    pairingId: integer()
      .notNull()
      .references(() => pairings.id),
    /** Which party accepted: the employer's business or the member organisation. */
    party: text({ enum: ['employer', 'organisation'] }).notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    /** As it was at signature; erased at anonymisation (the user id stays). */
    signerName: text().notNull(),
    signerRole: text({ enum: ['employer', 'org_admin', 'counsellor'] }).notNull(),
    signedAt: text().notNull(),
    ip: text(),
    /** The language of the PDF signed, and the SHA-256 of its exact bytes. */
    locale: text({ enum: ['fr-CA', 'en-CA'] }).notNull(),
    documentSha256: text().notNull(),
    anonymisedAt: text(),
  },
  (t) => [
    uniqueIndex('agreement_signatures_version_party').on(t.versionId, t.party),
    index('agreement_signatures_pairing_idx').on(t.pairingId),
    check('agreement_signatures_party', sql`${t.party} IN ('employer','organisation')`),
    check(
      'agreement_signatures_role',
      sql`(${t.party} = 'employer' AND ${t.signerRole} = 'employer') OR (${t.party} = 'organisation' AND ${t.signerRole} IN ('org_admin','counsellor'))`,
    ),
    check('agreement_signatures_sha', sql`length(${t.documentSha256}) = 64`),
  ],
);

/**
 * The exact bytes of an agreement PDF that was signed, one per version and language, kept in
 * FILES_DIR under their hash (the rendering is deterministic, but the evidence does not depend on
 * it). Deleted with the file at anonymisation; the signature keeps the hash.
 */
export const agreementDocuments = sqliteTable(
  'agreement_documents',
  {
    id: integer().primaryKey({ autoIncrement: true }),
    versionId: integer()
      .notNull()
      .references(() => agreementVersions.id),
    locale: text({ enum: ['fr-CA', 'en-CA'] }).notNull(),
    sha256: text().notNull(),
    byteSize: integer().notNull(),
    storedAt: text().notNull(),
  },
  (t) => [
    uniqueIndex('agreement_documents_version_locale').on(t.versionId, t.locale),
    index('agreement_documents_sha_idx').on(t.sha256),
  ],
);
