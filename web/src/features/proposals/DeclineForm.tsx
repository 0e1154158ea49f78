// Declining a candidate with a coded reason and an optional comment, confirmed in place.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { declineReasons } from '../../../../shared/proposals/proposalMachine';
import { declineProposalInput } from '../../../../shared/proposals/schemas';
import { ErrorAlert } from '../../components/Alert';
import { ReasonFields } from '../../components/ReasonFields';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { candidateName, type EmployerProposal } from './candidate';

export function DeclineForm(props: {
  proposal: EmployerProposal;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const name = candidateName(props.proposal);
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens in place: take keyboard and screen-reader users to its first field.
  useEffect(() => {
    formRef.current?.querySelector('select')?.focus();
  }, []);
  const decline = useMutation(
    trpc.proposals.decline.mutationOptions({
      onSuccess: async () => {
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.proposals.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.postings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() }),
        ]);
        props.onDone();
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      declineProposalInput,
      { proposalId: props.proposal.id, reason: reason || undefined, comment },
      t,
    );
    if (!v.ok) return setError(v.error);
    setError(null);
    decline.mutate(v.data);
  }
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="stack emp-decline"
      aria-labelledby={titleId}
    >
      <h4 id={titleId}>{t('employer.proposal.declineTitle', { name })}</h4>
      <ErrorAlert>{error?.message}</ErrorAlert>
      <ReasonFields
        reasonLabel={t('employer.proposal.reason')}
        chooseLabel={t('accounts.choose')}
        reasons={declineReasons}
        reasonText={(r) => t(`employer.declineReason.${r}`)}
        reason={reason}
        onReasonChange={setReason}
        commentLabel={t('employer.proposal.comment')}
        commentHint={t('employer.proposal.commentHint')}
        comment={comment}
        onCommentChange={setComment}
        commentRows={3}
        errors={error?.fields}
      />
      <div className="emp-actions">
        <button type="submit" className="button button--primary" disabled={decline.isPending}>
          {t('employer.proposal.confirmDecline')}
          <span className="visually-hidden"> — {name}</span>
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('employer.proposal.cancel')}
        </button>
      </div>
    </form>
  );
}
