// Payment notices (« avis de paiement »): each payment of the reader's business or organisation
// (all of them for the coordination), newest first, in pages read from the server; each opens as
// a page and a PDF. A reversal of a paid item has its corrective notice here too.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ListStatus } from '../../../components/ListStatus';
import { LoadMoreButton } from '../../../components/LoadMoreButton';
import { PageTitle } from '../../../components/PageTitle';
import { TableFrame } from '../../../components/TableFrame';
import type { Me } from '../../../lib/session';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { noticePdfHref } from './noticeParts';
import { noticesQuery } from './opening';

export function NoticesPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const list = useInfiniteQuery(noticesQuery(trpc));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const showPayee = me.role === 'coordinator';
  return (
    <div className="stack">
      <PageTitle>{t('paperwork.notices.title')}</PageTitle>
      <p>{t('paperwork.notices.intro')}</p>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('paperwork.notices.count', { count: rows.length })}
        visibleClassName="visually-hidden"
      />
      {list.isSuccess && rows.length === 0 ? <p>{t('paperwork.notices.empty')}</p> : null}
      {rows.length > 0 ? (
        <TableFrame>
          <table className="paper-table">
            <caption className="visually-hidden">{t('paperwork.notices.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('paperwork.notices.number')}</th>
                <th scope="col">{t('paperwork.notices.kind')}</th>
                <th scope="col">{t('paperwork.notices.paidOn')}</th>
                <th scope="col">{t('paperwork.notices.reference')}</th>
                {showPayee ? <th scope="col">{t('paperwork.notices.payee')}</th> : null}
                <th scope="col" className="num">
                  {t('paperwork.notices.total')}
                </th>
                <th scope="col">{t('paperwork.notices.pdf')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((n) => (
                <tr key={n.id}>
                  <th scope="row">
                    <Link href={`/payment-notices/${n.id}`}>
                      {t('paperwork.notices.open', { id: n.id })}
                    </Link>
                  </th>
                  <td data-label={t('paperwork.notices.kind')}>
                    {t(`paperwork.notices.kinds.${n.kind}`)}
                  </td>
                  <td data-label={t('paperwork.notices.paidOn')}>{fmt.date(n.paidOn)}</td>
                  <td data-label={t('paperwork.notices.reference')}>{n.reference}</td>
                  {showPayee ? (
                    <td data-label={t('paperwork.notices.payee')}>
                      {n.businessName ?? n.organisationName}
                    </td>
                  ) : null}
                  <td data-label={t('paperwork.notices.total')} className="num">
                    {fmt.money(n.totalCents)}
                  </td>
                  <td data-label={t('paperwork.notices.pdf')}>
                    <a href={noticePdfHref(n.id, fmt.locale)} download>
                      {t('paperwork.notices.pdfLink', { id: n.id })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
      <LoadMoreButton list={list} label={t('paperwork.notices.more')} showLoading />
    </div>
  );
}
