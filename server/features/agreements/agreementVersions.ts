// Agreement versions: the snapshot of the parties taken when a version is made, writing a new
// version (the hire's, or an amendment's) inside the caller's transaction, and reading a
// pairing's versions and signatures. The terms schedule that claims and maxima are computed with
// comes from these rows (shared/money/schedule.ts).
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AgreementVersionData } from '../../../shared/agreements/document';
import {
  type AgreementSnapshot,
  anonymisedDisplayName,
  displayNameOf,
} from '../../../shared/agreements/snapshot';
import { scheduleOf, type TermsSchedule } from '../../../shared/money/schedule';
import type { Db, DbOrTx } from '../../db/client';
import { prepared } from '../../db/prepared';
import {
  agreementSignatures,
  agreementVersions,
  businesses,
  jobSeekers,
  organisations,
  pairings,
  phases,
  postings,
  users,
} from '../../db/schema';

export type AgreementVersionRow = typeof agreementVersions.$inferSelect;
export type SignatureRow = typeof agreementSignatures.$inferSelect;
export type Party = SignatureRow['party'];
export const parties: readonly Party[] = ['employer', 'organisation'];

// The reads and the insert of a new version, prepared once per database (every hire and
// amendment makes one): given the database handle, they run in its open transaction.
const param = sql.placeholder;
const statements = (db: Db) =>
  prepared(db, 'agreements.versions', () => ({
    parties: db
      .select({
        startDate: pairings.startDate,
        business: {
          legalName: businesses.legalName,
          neq: businesses.neq,
          city: businesses.city,
        },
        organisation: { name: organisations.name, city: organisations.city },
        jobSeekerId: jobSeekers.id,
        firstName: jobSeekers.firstName,
        lastName: jobSeekers.lastName,
        anonymisedAt: jobSeekers.anonymisedAt,
        counsellorName: users.name,
        posting: { title: postings.title, nocCode: postings.nocCode },
        phase: {
          number: phases.number,
          name: phases.name,
          startDate: phases.startDate,
          endDate: phases.endDate,
          rules: phases.rules,
        },
      })
      .from(pairings)
      .innerJoin(businesses, eq(businesses.id, pairings.businessId))
      .innerJoin(organisations, eq(organisations.id, pairings.organisationId))
      .innerJoin(jobSeekers, eq(jobSeekers.id, pairings.jobSeekerId))
      .innerJoin(postings, eq(postings.id, pairings.postingId))
      .innerJoin(phases, eq(phases.id, pairings.phaseId))
      .leftJoin(users, eq(users.id, pairings.counsellorId))
      .where(eq(pairings.id, param('pairingId')))
      .prepare(),
    lastVersion: db
      .select({ version: agreementVersions.version })
      .from(agreementVersions)
      .where(eq(agreementVersions.pairingId, param('pairingId')))
      .orderBy(desc(agreementVersions.version))
      .limit(1)
      .prepare(),
    insert: db
      .insert(agreementVersions)
      .values({
        pairingId: param('pairingId'),
        version: param('version'),
        kind: param('kind'),
        effectiveFrom: param('effectiveFrom'),
        hourlyWageCents: param('hourlyWageCents'),
        hoursPerWeek: param('hoursPerWeek'),
        plannedWeeks: param('plannedWeeks'),
        plannedEndDate: param('plannedEndDate'),
        counsellorId: param('counsellorId'),
        leaveStart: param('leaveStart'),
        leaveEnd: param('leaveEnd'),
        maxWageSubsidyCents: param('maxWageSubsidyCents'),
        comment: param('comment'),
        snapshot: param('snapshot'),
        createdBy: param('createdBy'),
        createdAt: param('createdAt'),
        anonymisedAt: param('anonymisedAt'),
      })
      .returning()
      .prepare(),
  }));

/**
 * The parties as they are now, for a new version; whether the person was anonymised. Pass the
 * database handle (not a transaction's) for the prepared statement.
 */
export function snapshotOf(
  db: Db,
  pairingId: number,
): { snapshot: AgreementSnapshot; anonymised: boolean } {
  const row = statements(db).parties.get({ pairingId });
  if (!row?.phase.rules) throw new Error(`pairing ${pairingId} has no phase rules`);
  const snapshot: AgreementSnapshot = {
    business: row.business,
    organisation: row.organisation,
    person: {
      displayName: row.anonymisedAt
        ? anonymisedDisplayName(row.jobSeekerId)
        : displayNameOf(row.firstName, row.lastName),
    },
    counsellor: { name: row.counsellorName ?? '' },
    posting: row.posting,
    phase: { ...row.phase, rules: row.phase.rules },
    pairingStartDate: row.startDate,
  };
  return { snapshot, anonymised: row.anonymisedAt !== null };
}

export interface NewVersion {
  pairingId: number;
  kind: AgreementVersionRow['kind'];
  effectiveFrom: string;
  hourlyWageCents: number;
  hoursPerWeek: number;
  plannedWeeks: number;
  plannedEndDate: string;
  counsellorId: number | null;
  leaveStart?: string | null;
  leaveEnd?: string | null;
  maxWageSubsidyCents: number;
  comment?: string;
  createdBy: number | null;
  at: Date;
}

/**
 * Appends the next version of the pairing's agreement (call after updating the pairing, inside
 * the transaction, with the database handle). For a person already anonymised the version keeps
 * no free text (its reason) and is marked so: text written after the erasure would outlive it.
 */
export function appendVersion(db: Db, v: NewVersion): AgreementVersionRow {
  const q = statements(db);
  const last = q.lastVersion.get({ pairingId: v.pairingId });
  const { snapshot, anonymised } = snapshotOf(db, v.pairingId);
  const row = q.insert.get({
    pairingId: v.pairingId,
    version: (last?.version ?? 0) + 1,
    kind: v.kind,
    effectiveFrom: v.effectiveFrom,
    hourlyWageCents: v.hourlyWageCents,
    hoursPerWeek: v.hoursPerWeek,
    plannedWeeks: v.plannedWeeks,
    plannedEndDate: v.plannedEndDate,
    counsellorId: v.counsellorId,
    leaveStart: v.leaveStart ?? null,
    leaveEnd: v.leaveEnd ?? null,
    maxWageSubsidyCents: v.maxWageSubsidyCents,
    comment: anonymised ? '' : (v.comment ?? ''),
    snapshot,
    createdBy: v.createdBy,
    createdAt: v.at.toISOString(),
    anonymisedAt: anonymised ? v.at.toISOString() : null,
  });
  if (!row) throw new Error(`agreement version of pairing ${v.pairingId} not written`);
  return row;
}

export function versionsOf(tx: DbOrTx, pairingId: number): AgreementVersionRow[] {
  return tx
    .select()
    .from(agreementVersions)
    .where(eq(agreementVersions.pairingId, pairingId))
    .orderBy(asc(agreementVersions.version))
    .all();
}

export function signaturesOf(tx: DbOrTx, pairingId: number): SignatureRow[] {
  return tx
    .select()
    .from(agreementSignatures)
    .where(eq(agreementSignatures.pairingId, pairingId))
    .orderBy(asc(agreementSignatures.id))
    .all();
}

/** The parties that have not accepted the given version yet. */
export function missingParties(signatures: readonly SignatureRow[], versionId: number): Party[] {
  const signed = new Set(signatures.filter((s) => s.versionId === versionId).map((s) => s.party));
  return parties.filter((p) => !signed.has(p));
}

/** Who has not accepted the pairing's version in force (its latest), and which version that is. */
export function unsignedParties(tx: DbOrTx, pairingId: number) {
  const latest = tx
    .select({ id: agreementVersions.id, version: agreementVersions.version })
    .from(agreementVersions)
    .where(eq(agreementVersions.pairingId, pairingId))
    .orderBy(desc(agreementVersions.version))
    .limit(1)
    .get();
  if (!latest) return { version: 0, missing: [...parties] };
  const signed = tx
    .select({ party: agreementSignatures.party })
    .from(agreementSignatures)
    .where(eq(agreementSignatures.versionId, latest.id))
    .all()
    .map((r) => r.party);
  return { version: latest.version, missing: parties.filter((p) => !signed.includes(p)) };
}

export function toDocumentData(row: AgreementVersionRow): AgreementVersionData {
  return {
    pairingId: row.pairingId,
    version: row.version,
    kind: row.kind,
    effectiveFrom: row.effectiveFrom,
    hourlyWageCents: row.hourlyWageCents,
    hoursPerWeek: row.hoursPerWeek,
    plannedWeeks: row.plannedWeeks,
    plannedEndDate: row.plannedEndDate,
    leaveStart: row.leaveStart,
    leaveEnd: row.leaveEnd,
    maxWageSubsidyCents: row.maxWageSubsidyCents,
    comment: row.comment,
    snapshot: row.snapshot,
    createdAt: row.createdAt,
  };
}

/**
 * The pairing's terms over time. A pairing made before agreements existed in the database (only
 * data written directly, e.g. by the benchmark's generator) has its terms from its own row.
 */
export function scheduleOfPairing(
  tx: DbOrTx,
  pairing: Pick<
    typeof pairings.$inferSelect,
    'id' | 'startDate' | 'hourlyWageCents' | 'hoursPerWeek' | 'plannedWeeks'
  >,
  versions?: readonly AgreementVersionRow[],
): TermsSchedule {
  const rows = versions ?? versionsOf(tx, pairing.id);
  if (rows.length > 0) return scheduleOf(pairing.startDate, rows);
  return {
    startDate: pairing.startDate,
    plannedWeeks: pairing.plannedWeeks,
    rates: [
      {
        from: pairing.startDate,
        hourlyWageCents: pairing.hourlyWageCents,
        hoursPerWeek: pairing.hoursPerWeek,
      },
    ],
    leaves: [],
  };
}

/** Version ids of several pairings' agreements (anonymisation). */
export function versionIdsOfPairings(tx: DbOrTx, pairingIds: number[]): number[] {
  if (pairingIds.length === 0) return [];
  return tx
    .select({ id: agreementVersions.id })
    .from(agreementVersions)
    .where(and(inArray(agreementVersions.pairingId, pairingIds)))
    .all()
    .map((r) => r.id);
}
