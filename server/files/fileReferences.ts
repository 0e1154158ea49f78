// Which stored files are still in use: every table that names a file by its hash is listed here,
// so a file is removed only when no row refers to it any more (the same bytes may be two
// proofs, or a proof and nothing else after an anonymisation).
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { agreementDocuments, claimProofs } from '../db/schema';
import type { Deps } from '../deps';

export function fileInUse(db: DbOrTx, sha256: string): boolean {
  const proof = db
    .select({ id: claimProofs.id })
    .from(claimProofs)
    .where(eq(claimProofs.sha256, sha256))
    .limit(1)
    .get();
  if (proof) return true;
  const document = db
    .select({ id: agreementDocuments.id })
    .from(agreementDocuments)
    .where(eq(agreementDocuments.sha256, sha256))
    .limit(1)
    .get();
  return document !== undefined;
}

/**
 * Removes the given files that no row uses (after the transaction that dropped their rows has
 * committed); without a list, every stored file no row uses and older than an hour (a daily
 * sweep, which also catches a file whose row was never written).
 */
export function sweepFiles(deps: Pick<Deps, 'db' | 'files'>, candidates?: readonly string[]) {
  return deps.files.sweep((sha) => fileInUse(deps.db, sha), candidates);
}
