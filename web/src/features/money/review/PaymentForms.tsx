// Recording payments: one approved entry, or several paid the same day with the same
// reference (one batch of transfers).

import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markPaidInput, payBatchInput } from '../../../../../shared/money/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { TextField } from '../../../components/Field';
import { today } from '../../../lib/dates';
import { describeError, type ShownError, validate } from '../../../lib/errors';
import { useFocusInvalid, useFocusOnToggle } from '../../../lib/focus';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { type EntryToPay, useRefreshMoney } from '../useReviewQueue';
import { type Notify, payeeOf, sum } from './reviewParts';

/** The payment date and bank reference, shared by the one-entry and the batch payment forms. */
export function PaymentFields(props: {
  paidOn: string;
  onPaidOnChange: (v: string) => void;
  reference: string;
  onReferenceChange: (v: string) => void;
  error: ShownError | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="coord-form-grid">
      <TextField
        label={t('coordinator.review.paidOn')}
        type="date"
        value={props.paidOn}
        onChange={props.onPaidOnChange}
        error={props.error?.fields.paidOn}
        max={today()}
        required
      />
      <TextField
        label={t('coordinator.review.reference')}
        hint={t('coordinator.review.referenceHint')}
        value={props.reference}
        onChange={props.onReferenceChange}
        error={props.error?.fields.reference}
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
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, open);
  useFocusInvalid(box, error);
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
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(markPaidInput, { ledgerEntryId: props.ledgerEntryId, paidOn, reference }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    markPaid.mutate(v.data);
  }
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
          <ErrorAlert>{error?.message}</ErrorAlert>
          <PaymentFields
            paidOn={paidOn}
            onPaidOnChange={setPaidOn}
            reference={reference}
            onReferenceChange={setReference}
            error={error}
          />
          <div className="coord-actions">
            <button type="submit" className="button button--primary" disabled={markPaid.isPending}>
              {markPaid.isPending ? t('form.saving') : t('coordinator.review.confirmPaid')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setError(null);
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
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const titleRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  useFocusInvalid(formRef, error);
  const payBatch = useMutation(trpc.money.payBatch.mutationOptions());
  const total = fmt.money(sum(props.entries));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      payBatchInput,
      { batchKey, ledgerEntryIds: props.entries.map((entry) => entry.id), paidOn, reference },
      t,
    );
    if (!v.ok) return setError(v.error);
    setError(null);
    try {
      const done = await payBatch.mutateAsync(v.data);
      props.notify(
        t('coordinator.review.done.batchPaid', {
          count: done.count,
          amount: fmt.money(done.totalCents),
          reference: v.data.reference,
        }),
        props.section,
      );
      props.onClose();
      await refresh();
    } catch (err) {
      const shown = describeError(err, t);
      const entryId = (err as { data?: { params?: { entryId?: unknown } } }).data?.params?.entryId;
      const entry = props.entries.find((x) => x.id === entryId);
      setError(
        entry
          ? {
              message: t('coordinator.review.batchStopped', {
                payee: payeeOf(entry),
                amount: fmt.money(entry.amountCents),
                message: shown.message ?? '',
              }),
              fields: {},
            }
          : shown,
      );
      await refresh();
    }
  }
  return (
    <form ref={formRef} className="stack coord-inline-form" onSubmit={submit} noValidate>
      <p ref={titleRef} tabIndex={-1} className="coord-inline-form__title">
        {t('coordinator.review.batchTitle', { count: props.entries.length, amount: total })}
      </p>
      <p className="field__hint">{t('coordinator.review.batchHint')}</p>
      <ErrorAlert>{error?.message}</ErrorAlert>
      <PaymentFields
        paidOn={paidOn}
        onPaidOnChange={setPaidOn}
        reference={reference}
        onReferenceChange={setReference}
        error={error}
      />
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
