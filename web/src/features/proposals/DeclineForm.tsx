// Declining a candidate with a coded reason and an optional comment, confirmed in place.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { declineReasons } from '../../../../shared/proposals/proposalMachine';
import { declineProposalInput } from '../../../../shared/proposals/schemas';
import { ErrorAlert } from '../../components/Alert';
import { ReasonFields } from '../../components/ReasonFields';
import { showServerError, useSharedForm } from '../../lib/forms';
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
  const name = candidateName(props.proposal);
  const formRef = useRef<HTMLFormElement>(null);
  // The form opens in place: take keyboard and screen-reader users to its first field.
  useEffect(() => {
    formRef.current?.querySelector('select')?.focus();
  }, []);
  const { form, summary, setSummary } = useSharedForm(declineProposalInput, {
    proposalId: props.proposal.id,
    reason: undefined,
    comment: '',
  });
  const reason = useController({ control: form.control, name: 'reason' });
  const comment = useController({ control: form.control, name: 'comment' });
  const decline = useMutation(trpc.proposals.decline.mutationOptions());
  const submit = form.handleSubmit(
    async (input) => {
      setSummary(null);
      try {
        await decline.mutateAsync(input);
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.proposals.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.postings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() }),
        ]);
        props.onDone();
      } catch (err) {
        setSummary(showServerError(err, form, t).message);
      }
    },
    () => setSummary(t('form.errorSummary')),
  );
  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      className="stack emp-decline"
      aria-labelledby={titleId}
    >
      <h4 id={titleId}>{t('employer.proposal.declineTitle', { name })}</h4>
      <ErrorAlert>{summary}</ErrorAlert>
      <ReasonFields
        reasonLabel={t('employer.proposal.reason')}
        chooseLabel={t('accounts.choose')}
        reasons={declineReasons}
        reasonText={(r) => t(`employer.declineReason.${r}`)}
        reason={reason.field.value ?? ''}
        reasonRef={reason.field.ref}
        onReasonChange={(v) => reason.field.onChange(v === '' ? undefined : v)}
        commentLabel={t('employer.proposal.comment')}
        commentHint={t('employer.proposal.commentHint')}
        comment={comment.field.value ?? ''}
        onCommentChange={comment.field.onChange}
        commentRows={3}
        errors={{
          reason: reason.fieldState.error?.message ?? '',
          comment: comment.fieldState.error?.message ?? '',
        }}
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
