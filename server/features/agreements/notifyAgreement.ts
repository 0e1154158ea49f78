// Tells each party that an agreement (at the hire) or an amendment waits for their acceptance:
// the employer's people, and the organisation's counsellor in charge and managers. Written in
// the transaction that made the version; once per party and version. The pairing's facts are the
// notices' one prepared read (notifications/emitters.ts).
import type { AgreementParty } from '../../../shared/agreements/schemas';
import type { DbOrTx } from '../../db/client';
import { pairingFacts } from '../notifications/emitters';
import { type NotifyDeps, notify } from '../notifications/notify';
import { businessUsers, organisationSide } from '../notifications/recipients';

export function notifyAgreementToSign(
  deps: NotifyDeps,
  tx: DbOrTx,
  e: { pairingId: number; version: number; parties: readonly AgreementParty[]; now: Date },
) {
  const p = pairingFacts(deps, e.pairingId);
  if (!p) return;
  for (const party of e.parties) {
    notify(deps, tx, {
      recipients:
        party === 'employer'
          ? businessUsers(deps.db, p.businessId)
          : organisationSide(deps.db, p.counsellorId ?? p.proposedBy, p.organisationId),
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
