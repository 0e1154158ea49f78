// The agreement of one version as a PDF in one language, and the SHA-256 of its bytes. The PDF's
// creation date is the version's: rendering is deterministic, so the fingerprint shown to a party
// before they sign is the fingerprint of the bytes stored when they do. Fingerprints are kept in
// a small in-memory cache keyed by the document's content (a page shows one before each
// signature).
import type { AgreementVersionData } from '../../../shared/agreements/document';
import { buildAgreementDocument } from '../../../shared/agreements/document';
import type { Locale } from '../../../shared/locale';
import { renderPdf } from '../../documents/pdf';
import { sha256Hex } from '../../files/fileStore';

export interface RenderedAgreement {
  bytes: Buffer;
  sha256: string;
  fileName: string;
}

const fingerprints = new Map<string, string>();
const MAX_CACHED = 2_000;
// The last few renderings themselves: a page shows the fingerprint, then the signature renders
// the same document again.
const recent = new Map<string, RenderedAgreement>();
const MAX_RECENT = 16;

function cacheKey(versions: readonly AgreementVersionData[], version: number, locale: Locale) {
  // Everything the document is made of (the versions up to this one, the language), so a key
  // never outlives a change such as anonymisation, nor mixes up two databases.
  const upTo = versions.filter((v) => v.version <= version).sort((a, b) => a.version - b.version);
  return sha256Hex(Buffer.from(JSON.stringify({ locale, upTo })));
}

export function agreementFileName(pairingId: number, version: number, locale: Locale): string {
  const word = locale === 'fr-CA' ? 'entente-jumelage' : 'placement-agreement';
  return `${word}-${pairingId}-v${version}.pdf`;
}

export async function renderAgreementPdf(
  versions: readonly AgreementVersionData[],
  version: number,
  locale: Locale,
): Promise<RenderedAgreement> {
  const target = versions.find((v) => v.version === version);
  if (!target) throw new Error(`agreement version ${version} is missing`);
  const key = cacheKey(versions, version, locale);
  const cached = recent.get(key);
  if (cached) return cached;
  const document = buildAgreementDocument(versions, version, locale);
  const bytes = await renderPdf(document, {
    createdAt: new Date(target.createdAt),
    subject: document.subtitle.join(' · '),
  });
  const sha256 = sha256Hex(bytes);
  remember(fingerprints, MAX_CACHED, key, sha256);
  const rendered = {
    bytes,
    sha256,
    fileName: agreementFileName(target.pairingId, version, locale),
  };
  remember(recent, MAX_RECENT, key, rendered);
  return rendered;
}

/** The fingerprint of a version's PDF in a language (rendered once, then remembered). */
export async function agreementFingerprint(
  versions: readonly AgreementVersionData[],
  version: number,
  locale: Locale,
): Promise<string> {
  const known = fingerprints.get(cacheKey(versions, version, locale));
  if (known) return known;
  return (await renderAgreementPdf(versions, version, locale)).sha256;
}

function remember<V>(cache: Map<string, V>, max: number, key: string, value: V) {
  if (cache.size >= max) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  cache.set(key, value);
}
