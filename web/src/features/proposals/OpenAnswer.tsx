// Opening an employer's answer to a proposal (which marks it seen).

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alert';
import { describeError } from '../../lib/errors';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { DeclineDetails, ProposalStatusBadge } from './proposalStatus';

export type Opened = RouterOutputs['proposals']['open'];

/**
 * "See the answer": opens the proposal (marking the employer's answer seen) and shows it with
 * its history. The home list is only marked stale, so the answer stays on screen until the
 * next visit.
 */
export function OpenAnswer(props: { proposalId: number; personName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const fmt = useLocaleFormat();
  const panelId = useId();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [shown, setShown] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const open = useMutation(
    trpc.proposals.open.mutationOptions({
      onSuccess: async (data) => {
        setOpened(data);
        setShown(true);
        await qc.invalidateQueries({ queryKey: trpc.home.pathKey(), refetchType: 'none' });
        await qc.invalidateQueries({
          queryKey: trpc.proposals.list.queryKey(),
          refetchType: 'none',
        });
      },
      onError: (err) => setError(describeError(err, t).message),
    }),
  );
  const proposal = opened?.side === 'organisation' ? opened.proposal : null;
  return (
    <div className="org-open-answer">
      <button
        type="button"
        className="button button--small"
        aria-expanded={shown}
        aria-controls={panelId}
        disabled={open.isPending}
        onClick={() => {
          if (opened) setShown((s) => !s);
          else open.mutate({ proposalId: props.proposalId });
        }}
      >
        {shown ? t('organisation.answer.hide') : t('organisation.answer.show')}
        <span className="visually-hidden"> — {props.personName}</span>
      </button>
      <ErrorAlert>{error}</ErrorAlert>
      <div id={panelId} hidden={!shown}>
        {proposal && opened ? (
          <div className="org-answer-panel">
            <p>
              <ProposalStatusBadge status={proposal.status} />{' '}
              {t(`organisation.answer.status_${proposal.status}`, {
                business: proposal.businessName,
              })}
            </p>
            <DeclineDetails reason={proposal.declineReason} comment={proposal.declineComment} />
            <h3 className="org-subtitle">{t('organisation.answer.history')}</h3>
            <ol className="org-history">
              {opened.history.map((h) => (
                <li key={`${h.at}-${h.toStatus}`}>
                  <span className="org-muted">{fmt.instant(h.at)}</span> —{' '}
                  {t(`organisation.proposalStatus.${h.toStatus}`)}
                  {h.actorName ? ` (${h.actorName})` : ''}
                  {h.reason
                    ? ` — ${t(`organisation.declineReason.${h.reason}`, { defaultValue: h.reason })}`
                    : ''}
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </div>
    </div>
  );
}
