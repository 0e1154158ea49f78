// The accompaniment subsidy of a pairing as its organisation reads it: each tranche by milestone
// (upcoming, due, approved, refused) and the payments received.
import { useTranslation } from 'react-i18next';
import { TableFrame } from '../../../components/TableFrame';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { type PairingFile, trancheLines } from './accompaniment';

export function PairingMoney({ pairing: p }: { pairing: PairingFile }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const lines = trancheLines(p.phase.rules, p.status, p.tranches);
  // The organisation's side of the ledger: what is paid to it (not the employer's subsidy).
  const entries = p.ledger.filter((e) => e.payeeBusinessId === null);
  const received = entries
    .filter((e) => e.paidOn !== null)
    .reduce((sum, e) => sum + e.amountCents, 0);
  const planned = lines
    .filter((l) => l.state !== 'notApplicable' && l.state !== 'rejected')
    .reduce((sum, l) => sum + l.amountCents, 0);
  return (
    <section className="card" aria-labelledby="org-money-title">
      <h2 id="org-money-title">{t('organisation.money.title')}</h2>
      <p className="org-muted">{t('organisation.money.intro')}</p>
      <p className="org-money-total">
        {t('organisation.money.total', { amount: fmt.money(planned), paid: fmt.money(received) })}
      </p>
      <TableFrame>
        <table className="org-stack-table">
          <caption className="visually-hidden">{t('organisation.money.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('organisation.money.milestone')}</th>
              <th scope="col">{t('organisation.money.amount')}</th>
              <th scope="col">{t('organisation.money.state')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.milestone}>
                <th scope="row" className="org-row-head">
                  {t(`organisation.milestone.${l.milestone}`)}
                  {l.state === 'upcoming' ? (
                    <span className="org-row-hint">
                      {t(`organisation.trancheWhen.${l.milestone}`)}
                    </span>
                  ) : null}
                </th>
                <td data-label={t('organisation.money.amount')} className="org-num">
                  {l.state === 'notApplicable' ? (
                    <span className="org-muted">—</span>
                  ) : (
                    fmt.money(l.amountCents)
                  )}
                </td>
                <td data-label={t('organisation.money.state')}>
                  <span className={`org-badge org-status org-tranche--${l.state}`}>
                    {t(`organisation.trancheState.${l.state}`)}
                  </span>
                  {l.dueOn ? (
                    <span className="org-line org-muted org-small">
                      {t('organisation.money.dueOn', { date: fmt.date(l.dueOn) })}
                    </span>
                  ) : null}
                  {l.rejectReason ? (
                    <span className="org-line org-small">
                      {t(`organisation.rejectReason.${l.rejectReason}`)}
                      {l.rejectComment
                        ? ` — ${t('organisation.common.quoted', { text: l.rejectComment })}`
                        : ''}
                    </span>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableFrame>
      <h3 className="org-subtitle">{t('organisation.money.payments')}</h3>
      {entries.length === 0 ? (
        <p>{t('organisation.money.noPayments')}</p>
      ) : (
        <ul className="org-items org-payments">
          {entries.map((e) => (
            <li key={e.id} className="org-item org-payment">
              <span className="org-payment__what">
                {t(`organisation.money.entryKind.${e.kind}`)}
                <span className="org-line org-muted org-small">
                  {e.paidOn
                    ? t('organisation.money.paidOn', { date: fmt.date(e.paidOn) })
                    : e.kind === 'reversal'
                      ? fmt.instant(e.createdAt, 'date')
                      : t('organisation.money.awaitingPayment', {
                          date: fmt.instant(e.createdAt, 'date'),
                        })}
                  {e.reference
                    ? ` · ${t('organisation.money.reference', { reference: e.reference })}`
                    : ''}
                </span>
              </span>
              <span className="org-num org-payment__amount">{fmt.money(e.amountCents)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
