// Recording payments: one approved entry, or several paid the same day with the same
// reference (one batch of transfers).

import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { Control, FieldPath, FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { markPaidInput, payBatchInput } from '../../../../../shared/money/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { FormDate, FormText } from '../../../components/form/FormFields';
import { today } from '../../../lib/dates';
import { describeError } from '../../../lib/errors';
import { useFocusOnToggle } from '../../../lib/focus';
import { showServerError, useSharedForm } from '../../../lib/forms';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { type EntryToPay, useRefreshMoney } from '../useReviewQueue';
import { type Notify, payeeOf, sum } from './reviewParts';

/** The payment date and bank reference, shared by the one-entry and the batch payment forms. */
function PaymentFields<V extends { paidOn: string; reference: string }>(props: {
  control: Control<V, unknown, FieldValues>;
}) {
  const { t } = useTranslation();
  return (
    <div className="coord-form-grid">
      <FormDate
        control={props.control}
        name={'paidOn' as FieldPath<V>}
        label={t('coordinator.review.paidOn')}
        max={today()}
        required
      />
      <FormText
        control={props.control}
        name={'reference' as FieldPath<V>}
        label={t('coordinator.review.reference')}
        hint={t('coordinator.review.referenceHint')}
        maxLength={80}
        autoComplete="off"
        required
      />
    </div>
  );
}

export function MarkPaid(props: {
  ledgerEntryId: number;
  payee: string;
  amount: string;
  notify: Notify;
  section: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const { form, summary, setSummary } = useSharedForm(markPaidInput, {
    ledgerEntryId: props.ledgerEntryId,
    paidOn: today(),
    reference: '',
  });
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, open);
  const markPaid = useMutation(
    trpc.money.markPaid.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        props.notify(
          t('coordinator.review.done.paid', { payee: props.payee, amount: props.amount }),
          props.section,
        );
        await refresh();
      },
      onError: (err) => setSummary(showServerError(err, form, t).message),
    }),
  );
  const submit = form.handleSubmit(
    (input) => {
      setSummary(null);
      markPaid.mutate(input);
    },
    () => setSummary(t('form.errorSummary')),
  );
  const context = t('coordinator.review.payContext', { payee: props.payee, amount: props.amount });
  return (
    <div ref={box} className="coord-item__actions">
      {open ? null : (
        <button
          type="button"
          className="button button--primary button--small"
          data-opener
          aria-expanded={false}
          aria-controls={formId}
          onClick={() => setOpen(true)}
        >
          {t('coordinator.review.markPaid')}
          <span className="visually-hidden"> — {context}</span>
        </button>
      )}
      {open ? (
        <form id={formId} className="stack coord-inline-form" onSubmit={submit} noValidate>
          <p className="coord-inline-form__title">
            {t('coordinator.review.payTitle', { payee: props.payee, amount: props.amount })}
          </p>
          <ErrorAlert>{summary}</ErrorAlert>
          <PaymentFields control={form.control} />
          <div className="coord-actions">
            <button type="submit" className="button button--primary" disabled={markPaid.isPending}>
              {markPaid.isPending ? t('form.saving') : t('coordinator.review.confirmPaid')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setSummary(null);
                form.clearErrors();
              }}
            >
              {t('coordinator.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

/** A random (version 4) UUID; crypto.randomUUID exists only on HTTPS pages and localhost. */
function newBatchKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Several approved entries paid the same day with the same reference (one batch of transfers):
 * ONE call, one server transaction: all are recorded, or none (the refusal says which entry
 * stopped it). The batch key is made when the form opens and kept for its life, so sending the
 * same batch again (a double click, a retry after a lost answer) records it once.
 */
export function BatchPaid(props: {
  entries: EntryToPay[];
  notify: Notify;
  section: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const [batchKey] = useState(newBatchKey);
  const { form, summary, setSummary } = useSharedForm(payBatchInput, {
    batchKey,
    ledgerEntryIds: props.entries.map((entry) => entry.id),
    paidOn: today(),
    reference: '',
  });
  const titleRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  const payBatch = useMutation(trpc.money.payBatch.mutationOptions());
  const total = fmt.money(sum(props.entries));
  const submit = form.handleSubmit(
    async (input) => {
      setSummary(null);
      try {
        const done = await payBatch.mutateAsync(input);
        props.notify(
          t('coordinator.review.done.batchPaid', {
            count: done.count,
            amount: fmt.money(done.totalCents),
            reference: input.reference,
          }),
          props.section,
        );
        props.onClose();
        await refresh();
      } catch (err) {
        const entryId = (err as { data?: { params?: { entryId?: unknown } } }).data?.params
          ?.entryId;
        const entry = props.entries.find((x) => x.id === entryId);
        setSummary(
          entry
            ? t('coordinator.review.batchStopped', {
                payee: payeeOf(entry),
                amount: fmt.money(entry.amountCents),
                message: describeError(err, t).message ?? '',
              })
            : showServerError(err, form, t).message,
        );
        await refresh();
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
  return (
    <form className="stack coord-inline-form" onSubmit={submit} noValidate>
      <p ref={titleRef} tabIndex={-1} className="coord-inline-form__title">
        {t('coordinator.review.batchTitle', { count: props.entries.length, amount: total })}
      </p>
      <p className="field__hint">{t('coordinator.review.batchHint')}</p>
      <ErrorAlert>{summary}</ErrorAlert>
      <PaymentFields control={form.control} />
      <div className="coord-actions">
        <button type="submit" className="button button--primary" disabled={payBatch.isPending}>
          {payBatch.isPending
            ? t('form.saving')
            : t('coordinator.review.confirmBatch', { count: props.entries.length })}
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onClose}
          disabled={payBatch.isPending}
        >
          {t('coordinator.common.cancel')}
        </button>
      </div>
    </form>
  );
}
