// The phase's ledger entries for the organisation's pairings, filtered by fund (by the server).
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorAlert } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { TableFrame } from '../../components/TableFrame';
import { describeError } from '../../lib/errors';
import { nextPage } from '../../lib/listPages';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

export const ledgerFunds = ['accompaniment', 'wage', 'all'] as const;

export type LedgerFund = (typeof ledgerFunds)[number];

export function Ledger({
  phaseId,
  fund,
  onFund,
}: {
  phaseId: number;
  fund: LedgerFund;
  onFund: (fund: LedgerFund) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  // The organisation's own money first; the employers' wage subsidies on request. Filtered by
  // the server, in pages, each entry with its pairing's person.
  const ledger = useInfiniteQuery(
    trpc.money.ledger.infiniteQueryOptions(
      { phaseId, fund: fund === 'all' ? undefined : fund, limit: 100 },
      nextPage,
    ),
  );
  const rows = ledger.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card" aria-labelledby="org-ledger-title">
      <h2 id="org-ledger-title">{t('organisation.budget.ledger')}</h2>
      <p className="org-muted">{t('organisation.budget.ledgerIntro')}</p>
      <div className="org-ledger-filter">
        <SelectField
          label={t('organisation.budget.show')}
          value={fund}
          onChange={(v) => onFund(v as LedgerFund)}
        >
          {ledgerFunds.map((f) => (
            <option key={f} value={f}>
              {t(`organisation.budget.fundFilter.${f}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorAlert>{ledger.error ? describeError(ledger.error, t).message : null}</ErrorAlert>
      {ledger.isPending ? (
        <p role="status" className="org-muted">
          {t('app.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p>{t('organisation.budget.noLedger')}</p>
      ) : (
        <TableFrame>
          <table className="org-stack-table">
            <caption className="visually-hidden">{t('organisation.budget.ledger')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('organisation.budget.date')}</th>
                <th scope="col">{t('organisation.budget.pairing')}</th>
                <th scope="col">{t('organisation.budget.kind')}</th>
                {fund === 'accompaniment' ? null : (
                  <th scope="col">{t('organisation.budget.payee')}</th>
                )}
                <th scope="col" className="org-num">
                  {t('organisation.budget.amount')}
                </th>
                <th scope="col">{t('organisation.budget.payment')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="org-row-head org-nowrap">
                    {fmt.instant(e.createdAt, 'date')}
                  </th>
                  <td data-label={t('organisation.budget.pairing')}>
                    <Link href={`/accompaniment/${e.pairingId}`}>
                      {e.firstName} {e.lastName}
                    </Link>
                  </td>
                  <td data-label={t('organisation.budget.kind')}>
                    {t(`organisation.money.entryKind.${e.kind}`)}
                  </td>
                  {fund === 'accompaniment' ? null : (
                    <td data-label={t('organisation.budget.payee')}>
                      {e.payeeOrganisation ?? e.payeeBusiness ?? '—'}
                    </td>
                  )}
                  <td data-label={t('organisation.budget.amount')} className="org-num">
                    {fmt.money(e.amountCents)}
                  </td>
                  <td data-label={t('organisation.budget.payment')}>
                    {e.paidOn ? (
                      <>
                        {t('organisation.money.paidOn', { date: fmt.date(e.paidOn) })}
                        {e.paymentReference ? (
                          <span className="org-line org-muted org-small">
                            {t('organisation.money.reference', {
                              reference: e.paymentReference,
                            })}
                          </span>
                        ) : null}
                      </>
                    ) : e.kind === 'reversal' ? (
                      <span className="org-muted">—</span>
                    ) : (
                      <span className="org-muted">{t('organisation.budget.toBePaid')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      <LoadMoreButton list={ledger} label={t('organisation.budget.more')} />
    </section>
  );
}
