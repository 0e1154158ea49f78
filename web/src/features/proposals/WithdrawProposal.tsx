// Withdrawing a proposal, confirmed in place.

import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ProposalStatus,
  proposalActionsFor,
} from '../../../../shared/proposals/proposalMachine';
import { ErrorAlert } from '../../components/Alert';
import { describeError } from '../../lib/errors';
import { useFocusOnToggle } from '../../lib/focus';
import { useTRPC } from '../../lib/trpc';
import { useRefreshProposals } from './proposalParts';

/** Withdraw a proposal, where the machine lets the counsellor; asks to confirm first. */
export function WithdrawProposal(props: {
  proposalId: number;
  status: ProposalStatus;
  personName: string;
  postingTitle: string;
  onWithdrawn: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshProposals();
  const [confirming, setConfirming] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, confirming);
  const [error, setError] = useState<string | null>(null);
  const withdraw = useMutation(
    trpc.proposals.withdraw.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        props.onWithdrawn(
          t('organisation.withdrawProposal.done', {
            name: props.personName,
            posting: props.postingTitle,
          }),
        );
        await refresh();
      },
      onError: (err) => setError(describeError(err, t).message),
    }),
  );
  if (!proposalActionsFor(props.status, 'counsellor').includes('withdraw')) return null;
  const context = t('organisation.propose.context', {
    name: props.personName,
    posting: props.postingTitle,
  });
  return (
    <div ref={box} className="org-withdraw">
      {confirming ? (
        <div className="org-confirm">
          <p tabIndex={-1} data-autofocus>
            {t('organisation.withdrawProposal.confirm', {
              name: props.personName,
              posting: props.postingTitle,
            })}
          </p>
          <ErrorAlert>{error}</ErrorAlert>
          <div className="org-actions">
            <button
              type="button"
              className="button org-button-danger button--small"
              disabled={withdraw.isPending}
              onClick={() => withdraw.mutate({ proposalId: props.proposalId })}
            >
              {t('organisation.withdrawProposal.yes')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setConfirming(false);
                setError(null);
              }}
            >
              {t('organisation.common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
          {t('organisation.withdrawProposal.button')}
          <span className="visually-hidden"> {context}</span>
        </button>
      )}
    </div>
  );
}
