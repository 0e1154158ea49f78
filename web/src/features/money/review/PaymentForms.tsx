// Recording payments: one approved entry, or several paid the same day with the same
// reference (one batch of transfers).

import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markPaidInput } from '../../../../../shared/money/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { TextField } from '../../../components/Field';
import { today } from '../../../lib/dates';
import { describeError, type ShownError, validate } from '../../../lib/errors';
import { useFocusInvalid, useFocusOnToggle } from '../../../lib/focus';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { useRefreshMoney } from '../useReviewQueue';
import { type Notify, payeeOf, sum, type ToPayItem } from './reviewParts';

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

/**
 * Several approved entries paid the same day with the same reference (one batch of transfers):
 * recorded one after the other; a refusal stops the batch and says which entry, the ones before
 * it staying recorded (each payment is its own transaction).
 */
export function BatchPaid(props: {
  entries: ToPayItem[];
  notify: Notify;
  section: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const titleRef = useRef<HTMLParagraphElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  useFocusInvalid(formRef, error);
  const markPaid = useMutation(trpc.money.markPaid.mutationOptions());
  const total = fmt.money(sum(props.entries));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const first = props.entries[0];
    if (!first) return;
    const v = validate(markPaidInput, { ledgerEntryId: first.id, paidOn, reference }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    let done = 0;
    for (const entry of props.entries) {
      setProgress(done);
      try {
        await markPaid.mutateAsync({ ...v.data, ledgerEntryId: entry.id });
        done += 1;
      } catch (err) {
        setProgress(null);
        setError({
          message: [
            t('coordinator.review.batchStopped', {
              payee: payeeOf(entry),
              amount: fmt.money(entry.amountCents),
              message: describeError(err, t).message ?? '',
            }),
            done > 0 ? t('coordinator.review.batchKept', { count: done }) : '',
          ]
            .join(' ')
            .trim(),
          fields: {},
        });
        await refresh();
        return;
      }
    }
    setProgress(null);
    props.notify(
      t('coordinator.review.done.batchPaid', {
        count: done,
        amount: total,
        reference: v.data.reference,
      }),
      props.section,
    );
    props.onClose();
    await refresh();
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
        <button type="submit" className="button button--primary" disabled={progress !== null}>
          {t('coordinator.review.confirmBatch', { count: props.entries.length })}
        </button>
        <button
          type="button"
          className="button"
          onClick={props.onClose}
          disabled={progress !== null}
        >
          {t('coordinator.common.cancel')}
        </button>
      </div>
      {progress !== null ? (
        <p role="status" className="coord-muted">
          {t('coordinator.review.batchProgress', { done: progress, count: props.entries.length })}
        </p>
      ) : null}
    </form>
  );
}
