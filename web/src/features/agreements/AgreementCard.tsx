// On a pairing's page: where its agreement stands (accepted by both, or waiting for whom, with
// what that holds back: claims) and the way to it, to read, accept or amend it.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export function AgreementCard({ pairingId }: { pairingId: number }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const q = useQuery(trpc.agreements.get.queryOptions({ pairingId, locale: fmt.locale }));
  const current = q.data?.current;
  const waiting = current ? current.missing.length > 0 : false;
  return (
    <section className="card stack" aria-labelledby={`agreement-${pairingId}`}>
      <h2 id={`agreement-${pairingId}`}>{t('paperwork.agreement.cardTitle')}</h2>
      {current ? (
        <p>
          {waiting
            ? t('paperwork.agreement.waiting', {
                parties: current.missing
                  .map((p) => t(`paperwork.agreement.parties.${p}`))
                  .join(t('paperwork.agreement.and')),
              })
            : t('paperwork.agreement.signedBoth', { version: current.version })}
        </p>
      ) : q.isPending ? (
        <p role="status">{t('paperwork.agreement.loading')}</p>
      ) : null}
      {waiting ? <p>{t('paperwork.agreement.noClaimYet')}</p> : null}
      <p>
        <Link
          href={`/agreements/${pairingId}`}
          className={q.data?.canSign ? 'button button--primary' : undefined}
        >
          {t(q.data?.canSign ? 'paperwork.agreement.readAndAccept' : 'paperwork.agreement.open')}
        </Link>
      </p>
    </section>
  );
}
