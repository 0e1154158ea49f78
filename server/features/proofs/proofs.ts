// Proofs of pay on wage-subsidy claims. The employer uploads a file (staged: owned by its
// business, not on a claim yet), then submits the claim with the staged proofs, or adds them to a
// claim still waiting for review. The type is recognised from the bytes (file-type), never from
// the name; at most 10 MB a file and 5 a claim. Downloads are for the business, the member
// organisation's manager and the counsellor who follows the pairing, and the coordinators; each
// download, and each refused attempt, is in the file access log.
import { and, count, eq, inArray, isNull, lt } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import { appError, fieldError } from '../../../shared/errors';
import {
  MAX_PROOF_BYTES,
  MAX_PROOFS_PER_CLAIM,
  type ProofMediaType,
  proofMediaTypes,
} from '../../../shared/money/proofs';
import type { DbOrTx } from '../../db/client';
import { claimProofs, claims, fileAccessLog, pairings } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { sweepFiles } from '../../files/fileReferences';
import { recordAudit } from '../audit/recordAudit';
import { actorBusiness } from '../guards';

/** Staged uploads a business may hold at once (uploaded, not yet on a claim). */
export const MAX_STAGED_PER_BUSINESS = 20;
/** Staged uploads never attached are removed after this long. */
export const STAGED_LIFETIME_MS = 24 * 3_600_000;

/** A name fit to show and to offer as a download name: no path, no control characters. */
export function cleanFileName(name: string, mediaType: ProofMediaType): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code >= 0x20 && code !== 0x7f && ch !== '"';
    })
    .join('')
    .trim()
    .slice(0, 120);
  if (cleaned) return cleaned;
  return mediaType === 'application/pdf'
    ? 'preuve.pdf'
    : mediaType === 'image/png'
      ? 'preuve.png'
      : 'preuve.jpg';
}

function isProofMediaType(mime: string): mime is ProofMediaType {
  return (proofMediaTypes as readonly string[]).includes(mime);
}

export async function uploadProof(
  deps: Deps,
  actor: Actor,
  file: { name: string; bytes: Uint8Array },
  req: RequestInfo,
) {
  const businessId = actorBusiness(actor);
  if (file.bytes.byteLength === 0) throw fieldError('file', 'proof.empty');
  if (file.bytes.byteLength > MAX_PROOF_BYTES) {
    throw fieldError('file', 'proof.tooLarge', {
      maxMb: MAX_PROOF_BYTES / 1_048_576,
      actualMb: Math.ceil((file.bytes.byteLength / 1_048_576) * 10) / 10,
    });
  }
  const detected = await fileTypeFromBuffer(file.bytes);
  if (!detected || !isProofMediaType(detected.mime)) {
    throw fieldError('file', 'proof.unsupportedType', { detected: detected?.mime ?? 'inconnu' });
  }
  const mediaType = detected.mime;
  const stored = deps.files.put(file.bytes);
  const now = deps.clock.now();
  return deps.db.transaction(
    (tx) => {
      const staged =
        tx
          .select({ n: count() })
          .from(claimProofs)
          .where(and(eq(claimProofs.businessId, businessId), isNull(claimProofs.claimId)))
          .get()?.n ?? 0;
      if (staged >= MAX_STAGED_PER_BUSINESS) {
        throw appError('proof.tooManyStaged', { max: MAX_STAGED_PER_BUSINESS });
      }
      const fileName = cleanFileName(file.name, mediaType);
      const row = tx
        .insert(claimProofs)
        .values({
          businessId,
          uploadedBy: actor.userId,
          sha256: stored.sha256,
          byteSize: stored.byteSize,
          mediaType,
          fileName,
          uploadedAt: now.toISOString(),
        })
        .returning()
        .get();
      recordAudit(tx, {
        at: now,
        actorUserId: actor.userId,
        action: 'proof.uploaded',
        subjectType: 'proof',
        subjectId: row.id,
        ip: req.ip,
        details: { mediaType, byteSize: stored.byteSize, sha256: stored.sha256 },
      });
      return {
        id: row.id,
        fileName: row.fileName,
        mediaType: row.mediaType,
        byteSize: row.byteSize,
        sha256: row.sha256,
      };
    },
    { behavior: 'immediate' },
  );
}

/**
 * Attaches staged proofs of the employer's business to a claim, inside the caller's transaction.
 * Refuses (nothing written) ids that are not the business's staged uploads, and more than
 * MAX_PROOFS_PER_CLAIM on the claim.
 */
export function attachStagedProofs(
  tx: DbOrTx,
  p: { businessId: number; claimId: number; proofIds: readonly number[]; now: Date },
) {
  const ids = [...new Set(p.proofIds)];
  if (ids.length === 0) return 0;
  const rows = tx
    .select({ id: claimProofs.id, claimId: claimProofs.claimId })
    .from(claimProofs)
    .where(and(inArray(claimProofs.id, ids), eq(claimProofs.businessId, p.businessId)))
    .all();
  if (rows.length !== ids.length) throw fieldError('proofIds', 'proof.notFound');
  if (rows.some((r) => r.claimId !== null)) throw fieldError('proofIds', 'proof.alreadyAttached');
  const already =
    tx.select({ n: count() }).from(claimProofs).where(eq(claimProofs.claimId, p.claimId)).get()
      ?.n ?? 0;
  if (already + ids.length > MAX_PROOFS_PER_CLAIM) {
    throw fieldError('proofIds', 'proof.tooMany', {
      max: MAX_PROOFS_PER_CLAIM,
      actual: already + ids.length,
    });
  }
  tx.update(claimProofs)
    .set({ claimId: p.claimId, attachedAt: p.now.toISOString() })
    .where(inArray(claimProofs.id, ids))
    .run();
  return ids.length;
}

/** Adds proofs to one of the business's claims that is still waiting for review. */
export function attachProofs(
  deps: Deps,
  actor: Actor,
  input: { claimId: number; proofIds: number[] },
  req: RequestInfo,
) {
  const businessId = actorBusiness(actor);
  const now = deps.clock.now();
  return deps.db.transaction(
    (tx) => {
      const claim = tx
        .select({ id: claims.id, status: claims.status })
        .from(claims)
        .innerJoin(pairings, eq(pairings.id, claims.pairingId))
        .where(and(eq(claims.id, input.claimId), eq(pairings.businessId, businessId)))
        .get();
      if (!claim) throw appError('claim.notFound');
      if (claim.status !== 'submitted') throw appError('claim.notSubmitted');
      const attached = attachStagedProofs(tx, {
        businessId,
        claimId: claim.id,
        proofIds: input.proofIds,
        now,
      });
      recordAudit(tx, {
        at: now,
        actorUserId: actor.userId,
        action: 'proof.attached',
        subjectType: 'claim',
        subjectId: claim.id,
        ip: req.ip,
        details: { proofIds: input.proofIds },
      });
      return { attached };
    },
    { behavior: 'immediate' },
  );
}

/** The proofs of some claims, for the claim lists and the review card (no file contents). */
export function proofsOfClaims(db: DbOrTx, claimIds: readonly number[]) {
  if (claimIds.length === 0) return [];
  return db
    .select({
      id: claimProofs.id,
      claimId: claimProofs.claimId,
      fileName: claimProofs.fileName,
      mediaType: claimProofs.mediaType,
      byteSize: claimProofs.byteSize,
      sha256: claimProofs.sha256,
      uploadedAt: claimProofs.uploadedAt,
    })
    .from(claimProofs)
    .where(inArray(claimProofs.claimId, [...claimIds]))
    .orderBy(claimProofs.id)
    .all();
}

/** The employer's staged uploads (not on a claim yet). */
export function stagedProofs(deps: Deps, actor: Actor) {
  const businessId = actorBusiness(actor);
  return deps.db
    .select({
      id: claimProofs.id,
      fileName: claimProofs.fileName,
      mediaType: claimProofs.mediaType,
      byteSize: claimProofs.byteSize,
      uploadedAt: claimProofs.uploadedAt,
    })
    .from(claimProofs)
    .where(and(eq(claimProofs.businessId, businessId), isNull(claimProofs.claimId)))
    .orderBy(claimProofs.id)
    .all();
}

function mayDownload(
  actor: Actor,
  row: {
    businessId: number;
    pairing: { businessId: number; organisationId: number; counsellorId: number | null } | null;
  },
): boolean {
  if (actor.role === 'coordinator') return row.pairing !== null;
  if (actor.role === 'employer') return actor.businessId === row.businessId;
  if (!row.pairing || actor.organisationId !== row.pairing.organisationId) return false;
  // The organisation's manager, or the counsellor who follows the pairing.
  return actor.role === 'org_admin' || row.pairing.counsellorId === actor.userId;
}

/**
 * A proof's bytes for someone allowed to have them, logged in the file access log of the person
 * concerned; anyone else gets "not found" (its existence is not revealed), and the attempt is
 * logged too.
 */
export function downloadProof(deps: Deps, actor: Actor, proofId: number, req: RequestInfo) {
  const now = deps.clock.now();
  const row = deps.db
    .select({
      id: claimProofs.id,
      businessId: claimProofs.businessId,
      sha256: claimProofs.sha256,
      mediaType: claimProofs.mediaType,
      fileName: claimProofs.fileName,
      pairingBusinessId: pairings.businessId,
      organisationId: pairings.organisationId,
      counsellorId: pairings.counsellorId,
      jobSeekerId: pairings.jobSeekerId,
    })
    .from(claimProofs)
    .leftJoin(claims, eq(claims.id, claimProofs.claimId))
    .leftJoin(pairings, eq(pairings.id, claims.pairingId))
    .where(eq(claimProofs.id, proofId))
    .get();
  if (!row) throw appError('proof.notFound');
  const pairing =
    row.organisationId !== null && row.pairingBusinessId !== null
      ? {
          businessId: row.pairingBusinessId,
          organisationId: row.organisationId,
          counsellorId: row.counsellorId,
        }
      : null;
  const allowed = mayDownload(actor, { businessId: row.businessId, pairing });
  deps.db.transaction((tx) => {
    if (row.jobSeekerId !== null) {
      tx.insert(fileAccessLog)
        .values({
          jobSeekerId: row.jobSeekerId,
          userId: actor.userId,
          at: now.toISOString(),
          action: allowed ? 'proof.download' : 'proof.download_refused',
        })
        .run();
    }
    if (!allowed) {
      recordAudit(tx, {
        at: now,
        actorUserId: actor.userId,
        action: 'proof.download_refused',
        subjectType: 'proof',
        subjectId: row.id,
        ip: req.ip,
      });
    }
  });
  if (!allowed) throw appError('proof.notFound');
  const bytes = deps.files.read(row.sha256);
  if (!bytes) throw appError('proof.notFound');
  return { bytes, contentType: row.mediaType, fileName: row.fileName };
}

/** Staged uploads never attached within STAGED_LIFETIME_MS: rows deleted, then files swept. */
export function purgeStaleStagedProofs(deps: Pick<Deps, 'db' | 'clock' | 'files'>): number {
  const before = new Date(deps.clock.now().getTime() - STAGED_LIFETIME_MS).toISOString();
  const stale = deps.db
    .delete(claimProofs)
    .where(and(isNull(claimProofs.claimId), lt(claimProofs.uploadedAt, before)))
    .returning({ sha256: claimProofs.sha256 })
    .all();
  sweepFiles(
    deps,
    stale.map((r) => r.sha256),
  );
  return stale.length;
}
