// Accepting a pairing's agreement in force as a party would from its page: read it (the
// document and its fingerprint in the reader's language), then sign with that fingerprint.
import type { Locale } from '../../shared/locale';
import type { as } from './callers';

type Caller = ReturnType<typeof as>;

export async function accept(caller: Caller, pairingId: number, locale: Locale = 'fr-CA') {
  const agreement = await caller.agreements.get({ pairingId, locale });
  if (!agreement.current) throw new Error(`pairing ${pairingId} has no agreement`);
  return caller.agreements.sign({
    pairingId,
    versionId: agreement.current.versionId,
    locale,
    documentSha256: agreement.current.documentSha256,
  });
}

/** Both parties accept: the employer, then the organisation. */
export async function acceptBoth(employer: Caller, organisation: Caller, pairingId: number) {
  await accept(employer, pairingId);
  return accept(organisation, pairingId);
}
