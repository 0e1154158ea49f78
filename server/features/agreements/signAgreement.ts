// A party accepts the agreement in force electronically. The PDF the signer was shown is rendered
// again and its SHA-256 must equal the one the signer's page showed (the rendering is
// deterministic): a version superseded by an amendment meanwhile, or a different document, is
// refused. The exact bytes are kept in FILES_DIR, the signature (name, role, time, IP, hash) in
// the append-only agreement_signatures, and the event in the audit history, in one immediate
// transaction, so two people of one party can never both sign.
import { eq } from 'drizzle-orm';
import type { SignAgreementInput } from '../../../shared/agreements/schemas';
import { appError } from '../../../shared/errors';
import { agreementDocuments, agreementSignatures, users } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { recordAudit } from '../audit/recordAudit';
import { visiblePairing } from '../pairings/pairingGuards';
import { missingParties, signaturesOf, toDocumentData, versionsOf } from './agreementVersions';
import { partyOf } from './readAgreement';
import { renderAgreementPdf } from './renderAgreement';

export async function signAgreement(
  deps: Deps,
  actor: Actor,
  input: SignAgreementInput,
  req: RequestInfo,
) {
  const pairing = visiblePairing(deps.db, actor, input.pairingId);
  const party = partyOf(actor, pairing);
  if (!party) throw appError('agreement.notAParty');
  if (actor.role !== 'employer' && actor.role !== 'org_admin' && actor.role !== 'counsellor') {
    throw appError('agreement.notAParty');
  }
  const signerRole = actor.role;
  const versions = versionsOf(deps.db, pairing.id);
  const target = versions.find((v) => v.id === input.versionId);
  if (!target) throw appError('agreement.notFound');
  const latest = versions.at(-1);
  if (latest && latest.id !== target.id) {
    throw appError('agreement.superseded', { version: latest.version });
  }
  const rendered = await renderAgreementPdf(
    versions.map(toDocumentData),
    target.version,
    input.locale,
  );
  if (rendered.sha256 !== input.documentSha256) throw appError('agreement.documentChanged');
  // Written before the transaction: if it fails, the file has no row and the sweep removes it.
  const stored = deps.files.put(rendered.bytes);

  const now = deps.clock.now();
  return deps.db.transaction(
    (tx) => {
      // Read again under the write lock: an amendment or the other signer may have come first.
      const again = versionsOf(tx, pairing.id).at(-1);
      if (again && again.id !== target.id) {
        throw appError('agreement.superseded', { version: again.version });
      }
      const signatures = signaturesOf(tx, pairing.id);
      if (!missingParties(signatures, target.id).includes(party)) {
        throw appError('agreement.alreadySigned');
      }
      const signer = tx
        .select({ name: users.name })
        .from(users)
        .where(eq(users.id, actor.userId))
        .get();
      tx.insert(agreementSignatures)
        .values({
          versionId: target.id,
          pairingId: pairing.id,
          party,
          userId: actor.userId,
          signerName: signer?.name ?? '',
          signerRole,
          signedAt: now.toISOString(),
          ip: req.ip,
          locale: input.locale,
          documentSha256: rendered.sha256,
        })
        .run();
      tx.insert(agreementDocuments)
        .values({
          versionId: target.id,
          locale: input.locale,
          sha256: stored.sha256,
          byteSize: stored.byteSize,
          storedAt: now.toISOString(),
        })
        .onConflictDoNothing()
        .run();
      recordAudit(tx, {
        at: now,
        actorUserId: actor.userId,
        action: 'agreement.signed',
        subjectType: 'pairing',
        subjectId: pairing.id,
        ip: req.ip,
        details: {
          version: target.version,
          party,
          locale: input.locale,
          documentSha256: rendered.sha256,
        },
      });
      const stillMissing = missingParties(signaturesOf(tx, pairing.id), target.id);
      return {
        party,
        version: target.version,
        signedAt: now.toISOString(),
        documentSha256: rendered.sha256,
        fullySigned: stillMissing.length === 0,
      };
    },
    { behavior: 'immediate' },
  );
}
