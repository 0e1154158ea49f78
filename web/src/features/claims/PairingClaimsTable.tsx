// The claims of one pairing, as the employer follows them: period, hours, amount, status and
// the coordination's reasons when refused.
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../components/TableFrame';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { formatPeriod, type PairingDetail } from '../money/moneyText';
import { ClaimStatusBadge } from './ClaimStatusBadge';
import { ProofLinks } from './proofs/ProofLinks';

export function ClaimsTable({ pairing }: { pairing: PairingDetail }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (pairing.claims.length === 0) {
    return <p className="emp-note">{t('employer.claims.empty')}</p>;
  }
  // Newest period first: the one the employer is waiting on.
  const rows = [...pairing.claims].sort(
    (a, b) => b.periodStart.localeCompare(a.periodStart) || b.id - a.id,
  );
  return (
    <TableFrame className="emp-table-wrap">
      <table className="emp-table">
        <caption className="visually-hidden">{t('employer.claims.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('employer.claims.period')}</th>
            <th scope="col" className="emp-num">
              {t('employer.claims.hours')}
            </th>
            <th scope="col" className="emp-num">
              {t('employer.claims.gross')}
            </th>
            <th scope="col" className="emp-num">
              {t('employer.claims.amount')}
            </th>
            <th scope="col">{t('employer.claims.status')}</th>
            <th scope="col">{t('paperwork.proofs.column')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <th scope="row" className="emp-row-head">
                {formatPeriod(c.periodStart, c.periodEnd, fmt.locale)}
              </th>
              <td className="emp-num" data-label={t('employer.claims.hours')}>
                {t('employer.claims.hoursValue', {
                  hours: fmt.number(c.hoursWorkedHundredths / 100),
                })}
              </td>
              <td className="emp-num" data-label={t('employer.claims.gross')}>
                {fmt.money(c.grossWagesCents)}
              </td>
              <td className="emp-num" data-label={t('employer.claims.amount')}>
                <strong>{fmt.money(c.amountCents)}</strong>
              </td>
              <td data-label={t('employer.claims.status')}>
                <ClaimStatusBadge status={c.status} />
                {c.status === 'submitted' ? (
                  <span className="emp-cell-note">
                    {t('employer.claims.submittedOn', {
                      date: fmt.instant(c.submittedAt, 'date'),
                    })}
                  </span>
                ) : null}
                {c.status === 'approved' && c.reviewedAt ? (
                  <span className="emp-cell-note">
                    {t('employer.claims.approvedOn', {
                      date: fmt.instant(c.reviewedAt, 'date'),
                    })}
                  </span>
                ) : null}
                {c.status === 'rejected' ? (
                  <span className="emp-cell-note">
                    {t('employer.claims.rejectedBecause', {
                      reason: t(`employer.rejectReason.${c.rejectReason ?? 'other'}`),
                    })}
                    {c.rejectComment ? ` — ${c.rejectComment}` : ''}
                  </span>
                ) : null}
              </td>
              <td data-label={t('paperwork.proofs.column')}>
                <ProofLinks proofs={c.proofs} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
