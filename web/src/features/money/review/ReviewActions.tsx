// Approving (after a confirmation) or rejecting (with a coded reason and a comment) one claim
// or accompaniment tranche, right in the list.

import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rejectReasons } from '../../../../../shared/money/machines';
import { reviewInput } from '../../../../../shared/money/schemas';
import { ErrorAlert } from '../../../components/Alert';
import { ReasonFields } from '../../../components/ReasonFields';
import { describeError, type ShownError, validate } from '../../../lib/errors';
import { useFocusInvalid, useFocusOnToggle } from '../../../lib/focus';
import { useTRPC } from '../../../lib/trpc';
import { useRefreshMoney } from '../useReviewQueue';
import type { Notify } from './reviewParts';

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
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, open);
  useFocusInvalid(box, error);
  const options = {
    onSuccess: async (r: { status: string }) => {
      const approved = r.status === 'approved';
      const key = `${props.kind}${approved ? 'Approved' : 'Rejected'}` as const;
      setOpen(false);
      props.notify(
        t(`coordinator.review.done.${key}`, { payee: props.payee, amount: props.amount }),
        props.section,
      );
      await refresh();
    },
    onError: (err: unknown) => setError(describeError(err, t)),
  };
  const claim = useMutation(trpc.money.reviewClaim.mutationOptions(options));
  const tranche = useMutation(trpc.money.reviewTranche.mutationOptions(options));
  const mutation = props.kind === 'claim' ? claim : tranche;

  function send(values: unknown) {
    const v = validate(reviewInput, values, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    mutation.mutate(v.data);
  }
  function submitReject(e: FormEvent) {
    e.preventDefault();
    send({ id: props.id, action: 'reject', reason: reason || undefined, comment });
  }

  return (
    <div ref={box} className="coord-item__actions">
      {open ? null : (
        <>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <div className="coord-actions">
            <button
              type="button"
              className="button button--primary button--small"
              disabled={mutation.isPending}
              onClick={() => send({ id: props.id, action: 'approve', comment: '' })}
            >
              {t('coordinator.review.approve')}
              <span className="visually-hidden"> {props.context}</span>
            </button>
            <button
              type="button"
              className="button button--small"
              data-opener
              aria-expanded={false}
              aria-controls={formId}
              onClick={() => {
                setError(null);
                setOpen(true);
              }}
            >
              {t('coordinator.review.reject')}
              <span className="visually-hidden"> {props.context}</span>
            </button>
          </div>
        </>
      )}
      {open ? (
        <form id={formId} className="stack coord-inline-form" onSubmit={submitReject} noValidate>
          <p className="coord-inline-form__title">
            {t('coordinator.review.rejectTitle', { context: props.context })}
          </p>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <ReasonFields
            reasonLabel={t('coordinator.review.reason')}
            chooseLabel={t('coordinator.review.choose')}
            reasons={rejectReasons}
            reasonText={(r) => t(`coordinator.rejectReason.${r}`)}
            reason={reason}
            onReasonChange={setReason}
            commentLabel={t('coordinator.review.comment')}
            commentHint={t('coordinator.review.commentHint')}
            comment={comment}
            onCommentChange={setComment}
            commentRows={3}
            errors={error?.fields}
          />
          <div className="coord-actions">
            <button type="submit" className="button coord-danger" disabled={mutation.isPending}>
              {mutation.isPending ? t('form.saving') : t('coordinator.review.confirmReject')}
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
