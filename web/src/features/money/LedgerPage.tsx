// The ledger of disbursements (append-only): each entry's kind, payee, amount (reversals
// negative), payment; « Contrepasser » adds the opposite entry after a note and a confirmation.
// The phase filter lives in the URL (?phase=10) so a view can be bookmarked or shared.
import { useInfiniteQuery } from '@tanstack/react-query';
import { Fragment, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusMessage } from '../../components/Alert';
import { SelectField } from '../../components/Field';
import { ListStatus } from '../../components/ListStatus';
import { LoadMoreButton } from '../../components/LoadMoreButton';
import { PageTitle } from '../../components/PageTitle';
import { PhaseFilter } from '../../components/PhaseFilter';
import { TableFrame } from '../../components/TableFrame';
import { useTRPC } from '../../lib/trpc';
import { useUrlState } from '../../lib/urlState';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { ledgerQuery, ledgerView } from './ledgerOpening';
import { ReverseForm } from './ReverseForm';

const COLUMNS = 5;

export function LedgerPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const [v, setView] = useUrlState(ledgerView);
  const phaseId = v.phase ?? null;
  const [reversing, setReversing] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const openers = useRef(new Map<number, HTMLButtonElement | null>());
  const formId = useId();
  const list = useInfiniteQuery(ledgerQuery(trpc, v));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  // Entries come newest first, so an entry's reversal (always newer) is loaded before it.
  const reversed = new Set(items.map((i) => i.reversesEntryId).filter((id) => id !== null));

  function closeForm(id: number, done: boolean) {
    setReversing(null);
    // Once reversed, the entry has no button any more: focus stays on its row.
    if (done) document.getElementById(`entry-${id}`)?.focus();
    else openers.current.get(id)?.focus();
  }

  return (
    <>
      <PageTitle>{t('coordinator.ledger.title')}</PageTitle>
      <p className="coord-intro">{t('coordinator.ledger.intro')}</p>
      <form
        className="coord-filters"
        aria-label={t('coordinator.ledger.filtersLabel')}
        onSubmit={(e) => e.preventDefault()}
      >
        <PhaseFilter
          label={t('coordinator.ledger.phase')}
          value={phaseId}
          onChange={(id) => setView({ phase: id ?? undefined })}
        />
        <SelectField
          label={t('lists.fund')}
          value={v.fund ?? ''}
          onChange={(f) => setView({ fund: f === 'wage' || f === 'accompaniment' ? f : undefined })}
        >
          <option value="">{t('lists.allFunds')}</option>
          <option value="wage">{t('lists.funds.wage')}</option>
          <option value="accompaniment">{t('lists.funds.accompaniment')}</option>
        </SelectField>
      </form>
      <StatusMessage>{message}</StatusMessage>
      <ListStatus
        error={list.error}
        pending={list.isPending}
        count={t('coordinator.ledger.count', { count: items.length })}
      />
      {!list.isPending && items.length === 0 && !list.error ? (
        <p className="card coord-empty">
          {phaseId || v.fund
            ? t('coordinator.ledger.emptyFiltered')
            : t('coordinator.ledger.empty')}
        </p>
      ) : null}
      {items.length > 0 ? (
        <TableFrame label={t('coordinator.ledger.title')}>
          <table className="coord-table coord-ledger">
            <thead>
              <tr>
                <th scope="col">{t('coordinator.ledger.entry')}</th>
                <th scope="col">{t('coordinator.ledger.payee')}</th>
                <th scope="col" className="coord-num">
                  {t('coordinator.ledger.amount')}
                </th>
                <th scope="col">{t('coordinator.ledger.payment')}</th>
                <th scope="col">{t('coordinator.ledger.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => {
                const payee = e.payeeBusiness ?? e.payeeOrganisation ?? '—';
                const isReversal = e.kind === 'reversal';
                const wasReversed = reversed.has(e.id);
                return (
                  <Fragment key={e.id}>
                    <tr className={isReversal ? 'coord-row--reversal' : undefined}>
                      <th scope="row" id={`entry-${e.id}`} tabIndex={-1} className="coord-l-entry">
                        {e.id}
                        <span className="coord-line coord-muted coord-nowrap">
                          {fmt.instant(e.createdAt, 'shortDate')}
                        </span>
                      </th>
                      <td className="coord-l-payee">
                        {payee}
                        <span className="coord-line coord-muted">
                          {t(`coordinator.ledgerKind.${e.kind}`)} ·{' '}
                          <Link href={`/pairings/${e.pairingId}`}>
                            {t('coordinator.common.pairing', { id: e.pairingId })}
                          </Link>
                        </span>
                        {isReversal && e.reversesEntryId ? (
                          <span className="coord-line coord-muted">
                            {t('coordinator.ledger.reverses', { id: e.reversesEntryId })}
                          </span>
                        ) : null}
                        {e.note ? (
                          <span className="coord-line coord-note">
                            {t('coordinator.ledger.note', { note: e.note })}
                          </span>
                        ) : null}
                      </td>
                      <td
                        className={`coord-num coord-l-amount${e.amountCents < 0 ? ' coord-negative' : ''}`}
                      >
                        {fmt.money(e.amountCents)}
                      </td>
                      <td className="coord-l-payment">
                        {e.paidOn ? (
                          <>
                            <span className="coord-nowrap">
                              {t('coordinator.ledger.paidOn', { date: fmt.shortDate(e.paidOn) })}
                            </span>
                            {e.paymentReference ? (
                              <span className="coord-line coord-muted">
                                {t('coordinator.ledger.reference', {
                                  reference: e.paymentReference,
                                })}
                              </span>
                            ) : null}
                          </>
                        ) : isReversal ? (
                          t('coordinator.common.none')
                        ) : (
                          <span className="coord-muted">{t('coordinator.ledger.unpaid')}</span>
                        )}
                      </td>
                      <td className="coord-l-action">
                        {isReversal ? null : wasReversed ? (
                          <span className="coord-badge coord-badge--closed">
                            {t('coordinator.ledger.reversed')}
                          </span>
                        ) : (
                          <button
                            ref={(el) => {
                              openers.current.set(e.id, el);
                            }}
                            type="button"
                            className="button button--small"
                            aria-expanded={reversing === e.id}
                            aria-controls={reversing === e.id ? `${formId}-${e.id}` : undefined}
                            onClick={() => {
                              setMessage(null);
                              setReversing(reversing === e.id ? null : e.id);
                            }}
                          >
                            {t('coordinator.ledger.reverse')}
                            <span className="visually-hidden">
                              {' '}
                              {t('coordinator.ledger.reverseContext', {
                                id: e.id,
                                payee,
                                amount: fmt.money(e.amountCents),
                              })}
                            </span>
                          </button>
                        )}
                      </td>
                    </tr>
                    {reversing === e.id ? (
                      <tr className="coord-row--form" id={`${formId}-${e.id}`}>
                        <td colSpan={COLUMNS}>
                          <ReverseForm
                            entry={e}
                            payee={payee}
                            onCancel={() => closeForm(e.id, false)}
                            onDone={(text) => {
                              setMessage(text);
                              closeForm(e.id, true);
                            }}
                          />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
      <LoadMoreButton list={list} label={t('coordinator.ledger.more')} showLoading />
    </>
  );
}
