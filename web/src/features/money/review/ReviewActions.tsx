// Approving or rejecting one claim or accompaniment tranche, right in the list. Approving
// commits money: it takes a confirmation step that repeats who is paid and how much (and what is
// unusual, shown on the card above). Rejecting asks a coded reason and a comment, validated by
// the procedure's own schema (reviewInput); the server's refusals land on the fields.
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { rejectReasons } from '../../../../../shared/money/machines';
import { reviewInput } from '../../../../../shared/money/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { ReasonFields } from '../../../components/ReasonFields';
import { describeError } from '../../../lib/errors';
import { useFocusOnToggle } from '../../../lib/focus';
import { showServerError, useSharedForm } from '../../../lib/forms';
import { useTRPC } from '../../../lib/trpc';
import { useRefreshMoney } from '../useReviewQueue';
import type { Notify } from './reviewParts';

type Step = 'choose' | 'confirmApprove' | 'reject';

export function ReviewActions(props: {
  kind: 'claim' | 'tranche';
  id: number;
  payee: string;
  amount: string;
  /** « la réclamation de X, du … au … (740,00 $) », read after the button's verb. */
  context: string;
  notify: Notify;
  section: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshMoney();
  const formId = useId();
  const [step, setStep] = useState<Step>('choose');
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, step);
  const { form, summary, setSummary } = useSharedForm(reviewInput, {
    id: props.id,
    action: 'reject',
    reason: undefined,
    comment: '',
  });
  const reason = useController({ control: form.control, name: 'reason' });
  const comment = useController({ control: form.control, name: 'comment' });
  const options = {
    onSuccess: async (r: { status: string }) => {
      const approved = r.status === 'approved';
      const key = `${props.kind}${approved ? 'Approved' : 'Rejected'}` as const;
      setStep('choose');
      props.notify(
        t(`coordinator.review.done.${key}`, { payee: props.payee, amount: props.amount }),
        props.section,
      );
      await refresh();
    },
    onError: (err: unknown) => {
      if (step === 'reject') setSummary(showServerError(err, form, t).message);
      else setError(describeError(err, t).message);
    },
  };
  const claim = useMutation(trpc.money.reviewClaim.mutationOptions(options));
  const tranche = useMutation(trpc.money.reviewTranche.mutationOptions(options));
  const mutation = props.kind === 'claim' ? claim : tranche;
  const close = () => {
    setStep('choose');
    setError(null);
    setSummary(null);
  };

  return (
    <div ref={box} className="coord-item__actions">
      {step === 'choose' ? (
        <>
          <ErrorAlert>{error}</ErrorAlert>
          <div className="coord-actions">
            <button
              type="button"
              className="button button--primary button--small"
              data-opener
              onClick={() => {
                setError(null);
                setStep('confirmApprove');
              }}
            >
              {t('coordinator.review.approve')}
              <span className="visually-hidden"> {props.context}</span>
            </button>
            <button
              type="button"
              className="button button--small"
              aria-expanded={false}
              aria-controls={formId}
              onClick={() => {
                setError(null);
                setStep('reject');
              }}
            >
              {t('coordinator.review.reject')}
              <span className="visually-hidden"> {props.context}</span>
            </button>
          </div>
        </>
      ) : null}
      {step === 'confirmApprove' ? (
        <fieldset className="group stack coord-inline-form" aria-labelledby={`${formId}-q`}>
          <p id={`${formId}-q`} className="coord-inline-form__title">
            {t('coordinator.review.approveQuestion', { item: props.context })}
          </p>
          <ErrorAlert>{error}</ErrorAlert>
          <div className="coord-actions">
            <button
              type="button"
              className="button button--primary"
              data-autofocus
              disabled={mutation.isPending}
              onClick={() => mutation.mutate({ id: props.id, action: 'approve', comment: '' })}
            >
              {mutation.isPending ? t('form.saving') : t('coordinator.review.confirmApprove')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('coordinator.common.cancel')}
            </button>
          </div>
        </fieldset>
      ) : null}
      {step === 'reject' ? (
        <form
          id={formId}
          className="stack coord-inline-form"
          onSubmit={form.handleSubmit(
            (v) => {
              setSummary(null);
              mutation.mutate(v);
            },
            () => setSummary(t('form.errorSummary')),
          )}
          noValidate
        >
          <p className="coord-inline-form__title">
            {t('coordinator.review.rejectTitle', { item: props.context })}
          </p>
          <ErrorAlert>{summary}</ErrorAlert>
          <ReasonFields
            reasonLabel={t('coordinator.review.reason')}
            chooseLabel={t('coordinator.review.choose')}
            reasons={rejectReasons}
            reasonText={(r) => t(`coordinator.rejectReason.${r}`)}
            reason={reason.field.value ?? ''}
            reasonRef={reason.field.ref}
            onReasonChange={(v) => reason.field.onChange(v === '' ? undefined : v)}
            commentLabel={t('coordinator.review.comment')}
            commentHint={t('coordinator.review.commentHint')}
            comment={comment.field.value ?? ''}
            onCommentChange={comment.field.onChange}
            commentRows={3}
            errors={{
              reason: reason.fieldState.error?.message ?? '',
              comment: comment.fieldState.error?.message ?? '',
            }}
          />
          <div className="coord-actions">
            <button type="submit" className="button coord-danger" disabled={mutation.isPending}>
              {mutation.isPending ? t('form.saving') : t('coordinator.review.confirmReject')}
            </button>
            <button type="button" className="button" onClick={close}>
              {t('coordinator.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
