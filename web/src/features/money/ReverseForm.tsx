// « Contrepasser » a ledger entry: the note is asked (reverseEntryInput, as typed), then the
// opposite entry is added; the server's refusal lands on the note.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { reverseEntryInput } from '../../../../shared/money/schemas';
import { ErrorAlert } from '../../components/Alert';
import { FormTextArea } from '../../components/form/FormFields';
import { showServerError, useSharedForm } from '../../lib/forms';
import type { RouterOutputs } from '../../lib/trpc';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { useRefreshMoney } from './useReviewQueue';

export type LedgerItem = RouterOutputs['money']['ledger']['items'][number];

export function ReverseForm(props: {
  entry: LedgerItem;
  payee: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { entry } = props;
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const { form, summary, setSummary } = useSharedForm(reverseEntryInput, {
    ledgerEntryId: entry.id,
    note: '',
  });
  const titleRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    titleRef.current?.focus();
  }, []);
  const reverse = useMutation(
    trpc.money.reverse.mutationOptions({
      onSuccess: async () => {
        props.onDone(t('coordinator.ledger.reversedDone', { id: entry.id }));
        await refresh();
      },
      onError: (err) => setSummary(showServerError(err, form, t).message),
    }),
  );
  const submit = form.handleSubmit(
    (input) => {
      setSummary(null);
      reverse.mutate(input);
    },
    () => setSummary(t('form.errorSummary')),
  );
  const amount = fmt.money(entry.amountCents);
  return (
    <form className="stack coord-inline-form" onSubmit={submit} noValidate>
      <p ref={titleRef} tabIndex={-1} className="coord-inline-form__title">
        {t('coordinator.ledger.reverseTitle', { id: entry.id, payee: props.payee, amount })}
      </p>
      <p>
        {t('coordinator.ledger.reverseExplain', { amount: fmt.money(-entry.amountCents) })}
        {entry.paidOn ? <> {t('coordinator.ledger.reversePaidExplain')}</> : null}
      </p>
      <ErrorAlert>{summary}</ErrorAlert>
      <FormTextArea
        control={form.control}
        name="note"
        label={t('coordinator.ledger.reverseNote')}
        hint={t('coordinator.ledger.reverseNoteHint')}
        maxLength={500}
        rows={3}
        required
      />
      <div className="coord-actions">
        <button type="submit" className="button coord-danger" disabled={reverse.isPending}>
          {reverse.isPending ? t('form.saving') : t('coordinator.ledger.confirmReverse')}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('coordinator.common.cancel')}
        </button>
      </div>
    </form>
  );
}
