// Reading a pairing's agreement: every version (the terms history), its signatures, and the
// version in force as a document in the reader's language with the fingerprint of its PDF; and
// the list of pairings whose agreement in force waits for one party or both.
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { buildAgreementDocument } from '../../../shared/agreements/document';
import type { AgreementParty, awaitingSignatureInput } from '../../../shared/agreements/schemas';
import type { Locale } from '../../../shared/locale';
import { plannedEndOf } from '../../../shared/money/schedule';
import {
  agreementSignatures,
  agreementVersions,
  businesses,
  organisations,
  pairings,
  postings,
  users,
} from '../../db/schema';
import type { Actor, Deps } from '../../deps';
import { keyset, type SortKeys } from '../lists/keyset';
import { pairingScope, visiblePairing } from '../pairings/pairingGuards';
import {
  missingParties,
  scheduleOfPairing,
  signaturesOf,
  toDocumentData,
  versionsOf,
} from './agreementVersions';
import { agreementFingerprint } from './renderAgreement';

/** The party the actor signs for on this pairing, if any. */
export function partyOf(
  actor: Actor,
  pairing: { businessId: number; organisationId: number },
): AgreementParty | null {
  if (actor.role === 'employer' && actor.businessId === pairing.businessId) return 'employer';
  if (
    (actor.role === 'org_admin' || actor.role === 'counsellor') &&
    actor.organisationId === pairing.organisationId
  )
    return 'organisation';
  return null;
}

export async function getAgreement(
  deps: Deps,
  actor: Actor,
  input: { pairingId: number; locale: Locale },
) {
  const pairing = visiblePairing(deps.db, actor, input.pairingId);
  const versions = versionsOf(deps.db, pairing.id);
  const signatures = signaturesOf(deps.db, pairing.id);
  const latest = versions.at(-1);
  const party = partyOf(actor, pairing);
  const data = versions.map(toDocumentData);
  const schedule = scheduleOfPairing(deps.db, pairing, versions);
  const current = latest
    ? {
        versionId: latest.id,
        version: latest.version,
        locale: input.locale,
        document: buildAgreementDocument(data, latest.version, input.locale),
        documentSha256: await agreementFingerprint(data, latest.version, input.locale),
        missing: missingParties(signatures, latest.id),
      }
    : null;
  // Who may follow the pairing instead (the counsellor amendment): the organisation's active
  // counsellors and managers, for the organisation and the coordination only.
  const counsellors =
    actor.role === 'employer'
      ? []
      : deps.db
          .select({ id: users.id, name: users.name, role: users.role })
          .from(users)
          .where(
            and(
              eq(users.organisationId, pairing.organisationId),
              inArray(users.role, ['counsellor', 'org_admin']),
              eq(users.status, 'active'),
            ),
          )
          .orderBy(asc(users.name))
          .all();
  return {
    pairingId: pairing.id,
    organisationId: pairing.organisationId,
    counsellorId: pairing.counsellorId,
    counsellors,
    status: pairing.status,
    party,
    canSign: Boolean(current && party && current.missing.includes(party)),
    current,
    schedule: {
      ...schedule,
      plannedEndDate: plannedEndOf(schedule.startDate, schedule.plannedWeeks, schedule.leaves),
    },
    versions: versions
      .map((v) => ({
        id: v.id,
        version: v.version,
        kind: v.kind,
        effectiveFrom: v.effectiveFrom,
        hourlyWageCents: v.hourlyWageCents,
        hoursPerWeek: v.hoursPerWeek,
        plannedWeeks: v.plannedWeeks,
        plannedEndDate: v.plannedEndDate,
        leaveStart: v.leaveStart,
        leaveEnd: v.leaveEnd,
        maxWageSubsidyCents: v.maxWageSubsidyCents,
        counsellorName: v.snapshot.counsellor.name,
        comment: v.comment,
        createdAt: v.createdAt,
        signatures: signatures
          .filter((s) => s.versionId === v.id)
          .map((s) => ({
            party: s.party,
            signerName: s.signerName,
            signerRole: s.signerRole,
            signedAt: s.signedAt,
            ip: s.ip,
            locale: s.locale,
            documentSha256: s.documentSha256,
          })),
        missing: missingParties(signatures, v.id),
      }))
      .reverse(),
  };
}

const latestVersion = sql`${agreementVersions.version} = (SELECT max(v2.version) FROM agreement_versions v2 WHERE v2.pairing_id = ${agreementVersions.pairingId})`;
const signedBy = (party: AgreementParty) =>
  sql<number>`EXISTS (SELECT 1 FROM ${agreementSignatures} s WHERE s.version_id = ${agreementVersions.id} AND s.party = ${party})`.mapWith(
    Number,
  );

const awaitingSorts: SortKeys<'newest', { id: number }> = {
  newest: { column: pairings.id, type: 'int', value: (r) => r.id },
};

/**
 * Pairings whose agreement in force (latest version) is not accepted by both parties yet: the
 * coordinator's whole list, an organisation's or a business's own.
 */
export function awaitingSignature(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof awaitingSignatureInput>,
) {
  const page = keyset(awaitingSorts, pairings.id, { by: 'newest', dir: 'desc' }, input.cursor);
  const where: (SQL | undefined)[] = [
    pairingScope(actor),
    latestVersion,
    sql`(SELECT count(*) FROM ${agreementSignatures} s WHERE s.version_id = ${agreementVersions.id}) < 2`,
    page.after,
  ];
  const rows = deps.db
    .select({
      id: pairings.id,
      status: pairings.status,
      startDate: pairings.startDate,
      versionId: agreementVersions.id,
      version: agreementVersions.version,
      kind: agreementVersions.kind,
      since: agreementVersions.createdAt,
      businessName: businesses.legalName,
      organisationName: organisations.name,
      postingTitle: postings.title,
      employerSigned: signedBy('employer'),
      organisationSigned: signedBy('organisation'),
    })
    .from(agreementVersions)
    .innerJoin(pairings, eq(pairings.id, agreementVersions.pairingId))
    .innerJoin(businesses, eq(businesses.id, pairings.businessId))
    .innerJoin(organisations, eq(organisations.id, pairings.organisationId))
    .innerJoin(postings, eq(postings.id, pairings.postingId))
    .where(and(...where))
    .orderBy(desc(pairings.id))
    .limit(input.limit + 1)
    .all()
    .map((r) => ({
      ...r,
      missing: [
        ...(r.employerSigned ? [] : (['employer'] as const)),
        ...(r.organisationSigned ? [] : (['organisation'] as const)),
      ],
    }));
  return page.page(rows, input.limit);
}
