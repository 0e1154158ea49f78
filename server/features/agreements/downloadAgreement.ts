// An agreement version's PDF in one language, for a party or the coordination. When that version
// was signed in that language, the exact bytes signed are served (from FILES_DIR); otherwise it
// is rendered (deterministically, so it is the same document). The download is in the person's
// file access log.
import { and, eq } from 'drizzle-orm';
import { appError } from '../../../shared/errors';
import type { Locale } from '../../../shared/locale';
import { agreementDocuments, fileAccessLog } from '../../db/schema';
import type { Actor, Deps, RequestInfo } from '../../deps';
import { visiblePairing } from '../pairings/pairingGuards';
import { toDocumentData, versionsOf } from './agreementVersions';
import { agreementFileName, renderAgreementPdf } from './renderAgreement';

export async function agreementPdf(
  deps: Deps,
  actor: Actor,
  input: { pairingId: number; version: number; locale: Locale },
  _req: RequestInfo,
) {
  const pairing = visiblePairing(deps.db, actor, input.pairingId);
  const versions = versionsOf(deps.db, pairing.id);
  const target = versions.find((v) => v.version === input.version);
  if (!target) throw appError('agreement.notFound');
  const stored = deps.db
    .select({ sha256: agreementDocuments.sha256 })
    .from(agreementDocuments)
    .where(
      and(eq(agreementDocuments.versionId, target.id), eq(agreementDocuments.locale, input.locale)),
    )
    .get();
  const signedBytes = stored ? deps.files.read(stored.sha256) : null;
  const file =
    stored && signedBytes
      ? {
          bytes: signedBytes,
          sha256: stored.sha256,
          fileName: agreementFileName(pairing.id, target.version, input.locale),
        }
      : await renderAgreementPdf(versions.map(toDocumentData), target.version, input.locale);
  deps.db
    .insert(fileAccessLog)
    .values({
      jobSeekerId: pairing.jobSeekerId,
      userId: actor.userId,
      at: deps.clock.now().toISOString(),
      action: 'agreement.download',
    })
    .run();
  return {
    bytes: file.bytes,
    sha256: file.sha256,
    contentType: 'application/pdf',
    fileName: file.fileName,
  };
}
