// The payments of one pairing's wage subsidy (ledger entries with their paid date and reference).
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../components/TableFrame';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import type { PairingDetail } from './moneyText';

export function PaymentsTable({ pairing }: { pairing: PairingDetail }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (pairing.ledger.length === 0) {
    return <p className="emp-note">{t('employer.payments.empty')}</p>;
  }
  const rows = [...pairing.ledger].reverse();
  return (
    <TableFrame className="emp-table-wrap">
      <table className="emp-table">
        <caption className="visually-hidden">{t('employer.payments.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employer.payments.approvedOn')}</th>
            <th scope="col">{t('employer.payments.kind')}</th>
            <th scope="col" className="emp-num">
              {t('employer.payments.amount')}
            </th>
            <th scope="col">{t('employer.payments.payment')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <th scope="row" className="emp-row-head">
                {fmt.instant(e.createdAt, 'date')}
              </th>
              <td data-label={t('employer.payments.kind')}>{t(`employer.ledgerKind.${e.kind}`)}</td>
              <td className="emp-num" data-label={t('employer.payments.amount')}>
                <strong>{fmt.money(e.amountCents)}</strong>
              </td>
              <td data-label={t('employer.payments.payment')}>
                {e.paidOn ? (
                  t('employer.payments.paid', {
                    date: fmt.date(e.paidOn),
                    reference: e.reference ?? '',
                  })
                ) : e.kind === 'reversal' ? (
                  t('employer.payments.reversal')
                ) : (
                  <span className="emp-cell-note">{t('employer.payments.toCome')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
