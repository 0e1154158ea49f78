// The agreements in force that wait for one party or both (the hire's or an amendment's): the
// coordination follows them up; a business or an organisation sees its own. Read from the
// server in pages, newest pairing first; each row says who has not accepted yet.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ListStatus } from '../../components/ListStatus';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { TableFrame } from '../../components/TableFrame';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { awaitingQuery } from './opening';

export function AwaitingPage() {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const list = useInfiniteQuery(awaitingQuery(trpc));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="stack">
      <PageTitle>{t('paperwork.agreement.awaitingTitle')}</PageTitle>
      <p>{t('paperwork.agreement.awaitingIntro')}</p>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('paperwork.agreement.awaitingCount', { count: rows.length })}
        visibleClassName="visually-hidden"
      />
      {list.isSuccess && rows.length === 0 ? <p>{t('paperwork.agreement.awaitingEmpty')}</p> : null}
      {rows.length > 0 ? (
        <TableFrame>
          <table className="paper-table">
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
                      {t('paperwork.agreement.pairingLink', { id: r.id, title: r.postingTitle })}
                    </Link>
                  </th>
                  <td data-label={t('paperwork.agreement.business')}>{r.businessName}</td>
                  <td data-label={t('paperwork.agreement.organisation')}>{r.organisationName}</td>
                  <td data-label={t('paperwork.agreement.version')}>
                    {t('paperwork.agreement.versionOf', {
                      kind: t(`paperwork.agreement.kinds.${r.kind}`),
                      version: r.version,
                    })}
                  </td>
                  <td data-label={t('paperwork.agreement.missing')}>
                    {r.missing.map((p) => t(`paperwork.agreement.partyTitles.${p}`)).join(', ')}
                  </td>
                  <td data-label={t('paperwork.agreement.since')}>{fmt.instant(r.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
      <LoadMoreButton list={list} label={t('paperwork.agreement.more')} showLoading />
    </div>
  );
}
