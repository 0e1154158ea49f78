// What a pairing's page opens with, for a first load (the link of an email: a claim to send, a
// follow-up due, an agreement to accept): the pairing and its agreement, asked at once while
// the page's code and the catalogue arrive (App.tsx), instead of the agreement after the pairing
// after the code. PairingPage and AgreementCard ask the same queries and find them there.
import type { PageOpening } from '../../lib/featureRoutes';
import { parseId } from '../../lib/ids';

export function prefetchPairing({ qc, trpc, params, locale }: PageOpening): void {
  const pairingId = parseId(params.id);
  if (pairingId === null) return;
  void qc.prefetchQuery(trpc.pairings.get.queryOptions({ pairingId }));
  void qc.prefetchQuery(trpc.agreements.get.queryOptions({ pairingId, locale }));
}
