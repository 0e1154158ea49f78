// The agreements in force that wait for one party or both: the coordination follows them up.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';

export function AwaitingSignatures() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const q = useQuery(trpc.agreements.awaiting.queryOptions({ limit: 50 }));
  const rows = q.data?.items ?? [];
  return (
    <section className="card stack" aria-labelledby="awaiting-signatures">
      <h2 id="awaiting-signatures">{t('paperwork.agreement.awaitingTitle')}</h2>
      {q.isSuccess && rows.length === 0 ? <p>{t('paperwork.agreement.awaitingEmpty')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">
              {t('paperwork.agreement.awaitingCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('paperwork.agreement.pairing')}</th>
                <th scope="col">{t('paperwork.agreement.business')}</th>
                <th scope="col">{t('paperwork.agreement.organisation')}</th>
                <th scope="col">{t('paperwork.agreement.version')}</th>
                <th scope="col">{t('paperwork.agreement.missing')}</th>
                <th scope="col">{t('paperwork.agreement.since')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link href={`/agreements/${r.id}`}>
                      {r.id} — {r.postingTitle}
                    </Link>
                  </th>
                  <td data-label={t('paperwork.agreement.business')}>{r.businessName}</td>
                  <td data-label={t('paperwork.agreement.organisation')}>{r.organisationName}</td>
                  <td data-label={t('paperwork.agreement.version')}>
                    {t(`paperwork.agreement.kinds.${r.kind}`)} (v{r.version})
                  </td>
                  <td data-label={t('paperwork.agreement.missing')}>
                    {r.missing.map((p) => t(`paperwork.agreement.partyTitles.${p}`)).join(', ')}
                  </td>
                  <td data-label={t('paperwork.agreement.since')}>{fmt.instant(r.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
