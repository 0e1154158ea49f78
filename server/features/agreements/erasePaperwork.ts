// What anonymising a person's file does to the paperwork of their pairings: the agreements keep
// their terms, amounts and signatures' facts (party, role, time, fingerprint) so reports and the
// ledger still add up, but the person's name in every snapshot, the versions' free-text reasons,
// the signers' names and IP addresses are erased; the signed PDFs and the proofs of pay are
// deleted (rows here, files by the caller once the transaction has committed).
import { and, inArray, isNull, sql } from 'drizzle-orm';
import { anonymisedDisplayName } from '../../../shared/agreements/snapshot';
import type { DbOrTx } from '../../db/client';
import {
  agreementDocuments,
  agreementSignatures,
  agreementVersions,
  claimProofs,
  claims,
} from '../../db/schema';

/** Returns the hashes of the files whose rows were deleted (to sweep after commit). */
export function erasePaperwork(
  tx: DbOrTx,
  p: { jobSeekerId: number; pairingIds: readonly number[]; now: Date },
): string[] {
  const pairingIds = [...p.pairingIds];
  if (pairingIds.length === 0) return [];
  const at = p.now.toISOString();
  tx.update(agreementVersions)
    .set({
      snapshot: sql`json_set(${agreementVersions.snapshot}, '$.person.displayName', ${anonymisedDisplayName(p.jobSeekerId)})`,
      comment: '',
      anonymisedAt: at,
    })
    .where(
      and(inArray(agreementVersions.pairingId, pairingIds), isNull(agreementVersions.anonymisedAt)),
    )
    .run();
  tx.update(agreementSignatures)
    .set({ signerName: '', ip: null, anonymisedAt: at })
    .where(
      and(
        inArray(agreementSignatures.pairingId, pairingIds),
        isNull(agreementSignatures.anonymisedAt),
      ),
    )
    .run();
  const versionIds = tx
    .select({ id: agreementVersions.id })
    .from(agreementVersions)
    .where(inArray(agreementVersions.pairingId, pairingIds))
    .all()
    .map((r) => r.id);
  const documents =
    versionIds.length === 0
      ? []
      : tx
          .delete(agreementDocuments)
          .where(inArray(agreementDocuments.versionId, versionIds))
          .returning({ sha256: agreementDocuments.sha256 })
          .all();
  const claimIds = tx
    .select({ id: claims.id })
    .from(claims)
    .where(inArray(claims.pairingId, pairingIds))
    .all()
    .map((r) => r.id);
  const proofs =
    claimIds.length === 0
      ? []
      : tx
          .delete(claimProofs)
          .where(inArray(claimProofs.claimId, claimIds))
          .returning({ sha256: claimProofs.sha256 })
          .all();
  return [...documents, ...proofs].map((r) => r.sha256);
}
