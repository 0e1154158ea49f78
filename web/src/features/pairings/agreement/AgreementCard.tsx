// On a pairing's page: where its agreement stands (accepted by both, or waiting for whom) and the
// way to it.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';

export function AgreementCard({ pairingId }: { pairingId: number }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const q = useQuery(trpc.agreements.get.queryOptions({ pairingId, locale: fmt.locale }));
  const current = q.data?.current;
  return (
    <section className="card stack" aria-labelledby={`agreement-${pairingId}`}>
      <h2 id={`agreement-${pairingId}`}>{t('paperwork.agreement.cardTitle')}</h2>
      {current ? (
        <p>
          {current.missing.length === 0
            ? t('paperwork.agreement.signedBoth', { version: current.version })
            : t('paperwork.agreement.waiting', {
                parties: current.missing
                  .map((p) => t(`paperwork.agreement.parties.${p}`))
                  .join(', '),
              })}
        </p>
      ) : q.isPending ? (
        <p>{t('paperwork.agreement.loading')}</p>
      ) : null}
      <p>
        <Link href={`/agreements/${pairingId}`}>{t('paperwork.agreement.open')}</Link>
      </p>
    </section>
  );
}
