// « À payer »: approved entries not paid yet, one by one or several at once.

import { useInfiniteQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextPage } from '../../../lib/listPages';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { BatchPaid, MarkPaid } from './PaymentForms';
import { type Notify, payeeOf, queueList, ReviewSection, sum } from './reviewParts';

export function ToPay(props: { notify: Notify }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const query = useInfiniteQuery(trpc.money.entriesToPay.infiniteQueryOptions({}, nextPage));
  const list = queueList(query.data?.pages);
  const items = list.items;
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [batchOpen, setBatchOpen] = useState(false);
  const batchButton = useRef<HTMLButtonElement>(null);
  // Entries paid meanwhile (here or elsewhere) leave the selection.
  const chosen = items.filter((e) => selected.has(e.id));
  const allChosen = items.length > 0 && chosen.length === items.length;
  const toggle = (id: number, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <ReviewSection
      headingId="review-topay"
      anchor="to-pay"
      title={t('coordinator.review.toPayTitle')}
      count={list.count}
      totalCents={list.totalCents}
      emptyText={t('coordinator.review.toPayEmpty')}
      pending={query.isPending}
      error={query.error}
      more={query}
    >
      <div className="coord-batch">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={allChosen}
            onChange={(e) =>
              setSelected(e.target.checked ? new Set(items.map((i) => i.id)) : new Set())
            }
          />
          {t('coordinator.review.selectAll')}
        </label>
        <span className="coord-muted" aria-live="polite">
          {chosen.length > 0
            ? t('coordinator.review.selected', {
                count: chosen.length,
                amount: fmt.money(sum(chosen)),
              })
            : null}
        </span>
        <button
          ref={batchButton}
          type="button"
          className="button button--small"
          disabled={chosen.length === 0}
          aria-expanded={batchOpen}
          onClick={() => setBatchOpen((o) => !o)}
        >
          {t('coordinator.review.batchPaid')}
        </button>
      </div>
      {batchOpen && chosen.length > 0 ? (
        <BatchPaid
          entries={chosen}
          notify={(text, section) => {
            setSelected(new Set());
            props.notify(text, section);
          }}
          section="review-topay"
          onClose={() => {
            setBatchOpen(false);
            batchButton.current?.focus();
          }}
        />
      ) : null}
      <ul className="coord-items coord-items--compact">
        {items.map((e) => {
          const payee = payeeOf(e);
          const amount = fmt.money(e.amountCents);
          return (
            <li key={e.id} className="card coord-item">
              <div className="coord-item__head">
                <input
                  type="checkbox"
                  className="coord-check"
                  checked={selected.has(e.id)}
                  onChange={(ev) => toggle(e.id, ev.target.checked)}
                  aria-label={t('coordinator.review.select', { payee, amount })}
                />
                <div>
                  <h3 className="coord-item__title">
                    {t('coordinator.review.claimHeading', { payee, amount })}
                  </h3>
                  <p className="coord-item__meta">
                    {t(`coordinator.ledgerKind.${e.kind}`)} ·{' '}
                    {t('coordinator.review.approvedOn', {
                      date: fmt.instant(e.createdAt, 'shortDate'),
                    })}{' '}
                    · {t('coordinator.review.entryRef', { id: e.id })}
                  </p>
                </div>
              </div>
              <MarkPaid
                ledgerEntryId={e.id}
                payee={payee}
                amount={amount}
                notify={props.notify}
                section="review-topay"
              />
            </li>
          );
        })}
      </ul>
    </ReviewSection>
  );
}
