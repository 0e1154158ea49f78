// Tells each party that an agreement (at the hire) or an amendment waits for their acceptance:
// the employer's people, and the organisation's counsellor in charge and managers. Written in
// the transaction that made the version; once per party and version.
import { eq, sql } from 'drizzle-orm';
import type { AgreementParty } from '../../../shared/agreements/schemas';
import type { Db, DbOrTx } from '../../db/client';
import { prepared } from '../../db/prepared';
import { businesses, pairings, postings, proposals } from '../../db/schema';
import { type NotifyDeps, notify } from '../notifications/notify';
import { businessUsers, organisationSide } from '../notifications/recipients';

// Prepared once per database (every hire and amendment): runs in the caller's transaction.
const partiesStatement = (db: Db) =>
  prepared(db, 'agreements.toSign', () =>
    db
      .select({
        businessId: pairings.businessId,
        organisationId: pairings.organisationId,
        counsellorId: sql<number>`coalesce(${pairings.counsellorId}, ${proposals.proposedBy})`,
        postingTitle: postings.title,
        businessName: businesses.legalName,
      })
      .from(pairings)
      .innerJoin(proposals, eq(proposals.id, pairings.proposalId))
      .innerJoin(postings, eq(postings.id, pairings.postingId))
      .innerJoin(businesses, eq(businesses.id, pairings.businessId))
      .where(eq(pairings.id, sql.placeholder('pairingId')))
      .prepare(),
  );

export function notifyAgreementToSign(
  deps: NotifyDeps,
  tx: DbOrTx,
  e: { pairingId: number; version: number; parties: readonly AgreementParty[]; now: Date },
) {
  const p = partiesStatement(deps.db).get({ pairingId: e.pairingId });
  if (!p) return;
  for (const party of e.parties) {
    notify(deps, tx, {
      recipients:
        party === 'employer'
          ? businessUsers(deps.db, p.businessId)
          : organisationSide(deps.db, p.counsellorId, p.organisationId),
      kind: 'agreement_to_sign',
      params: {
        variant: e.version === 1 ? 'agreement' : 'amendment',
        pairingId: e.pairingId,
        version: e.version,
        amendment: e.version - 1,
        postingTitle: p.postingTitle,
        businessName: p.businessName,
      },
      link: `/agreements/${e.pairingId}`,
      dedupeKey: `agreement:${e.pairingId}:${e.version}:${party}`,
      now: e.now,
    });
  }
}
