// One pairing: loaded once, then the sections of the reader's side: the employer's (wage
// subsidy, claims, payments, ending early), the organisation's (follow-ups, end, 12-week check,
// accompaniment subsidy) or the coordination's (terms, claims, tranches, ledger).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { LoadingStatus, NotFoundPage } from '../../components/PageStates';
import { parseId } from '../../lib/ids';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { CoordinatorPairing } from './coordinator/CoordinatorPairing';
import { EmployerPairing } from './employer/EmployerPairing';
import { OrganisationPairing } from './organisation/OrganisationPairing';
import { pairingsHref } from './pairingsHref';

export function PairingPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const params = useParams<{ id: string }>();
  const pairingId = parseId(params.id);
  const pairing = useQuery({
    ...trpc.pairings.get.queryOptions({ pairingId: pairingId ?? 0 }),
    enabled: pairingId !== null,
  });
  if (pairingId === null || pairing.isError) {
    return (
      <NotFoundPage
        title={t('coordinator.pairing.notFoundTitle')}
        error={pairing.error}
        fallback={t('errors.pairing.notFound')}
        backHref={pairingsHref(me.role)}
        backLabel={t('coordinator.pairing.backToList')}
      />
    );
  }
  if (!pairing.data) return <LoadingStatus />;
  // A fresh page (messages, open forms) for each pairing.
  switch (me.role) {
    case 'employer':
      return <EmployerPairing key={pairingId} pairing={pairing.data} />;
    case 'coordinator':
      return <CoordinatorPairing key={pairingId} pairing={pairing.data} />;
    case 'counsellor':
    case 'org_admin':
      return <OrganisationPairing key={pairingId} me={me} pairing={pairing.data} />;
  }
}
