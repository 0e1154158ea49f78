// Proposal pieces used on several screens: the inline "Propose" form, withdrawing, opening an
// employer's answer (which marks it seen), and one match of a matching list with its button.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MatchReason } from '../../../../shared/matching/score';
import {
  type ProposalStatus,
  proposalActionsFor,
} from '../../../../shared/proposals/proposalMachine';
import { createProposalInput } from '../../../../shared/proposals/schemas';
import { ErrorAlert } from '../../components/Alert';
import { TextAreaField } from '../../components/Field';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useFocusOnToggle } from '../../lib/focus';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { MatchReasons, Score } from '../matching/MatchReasons';
import { DeclineDetails, ProposalStatusBadge } from './proposalStatus';

/** Everything that shows proposals or matches, refreshed after a proposal changes. */
export function useRefreshProposals() {
  const trpc = useTRPC();
  const qc = useQueryClient();
  return async () => {
    await Promise.all([
      qc.invalidateQueries({ queryKey: trpc.matching.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.proposals.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.home.pathKey() }),
      qc.invalidateQueries({ queryKey: trpc.jobSeekers.pathKey() }),
    ]);
  };
}

/** "Proposer" opens a short form with the message to the employer, right where the match is. */
export function ProposeButton(props: {
  postingId: number;
  jobSeekerId: number;
  personName: string;
  postingTitle: string;
  onProposed: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshProposals();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  useFocusOnToggle(box, open);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const propose = useMutation(
    trpc.proposals.create.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        setMessage('');
        props.onProposed(
          t('organisation.propose.done', { name: props.personName, posting: props.postingTitle }),
        );
        await refresh();
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(
      createProposalInput,
      { postingId: props.postingId, jobSeekerId: props.jobSeekerId, message },
      t,
    );
    if (!v.ok) return setError(v.error);
    setError(null);
    propose.mutate(v.data);
  }
  return (
    <div className="org-propose" ref={box}>
      {open ? null : (
        <button
          type="button"
          className="button button--primary button--small"
          aria-expanded={false}
          aria-controls={formId}
          onClick={() => setOpen(true)}
        >
          {t('organisation.propose.button')}
          <span className="visually-hidden">
            {' '}
            {t('organisation.propose.context', {
              name: props.personName,
              posting: props.postingTitle,
            })}
          </span>
        </button>
      )}
      {open ? (
        <form id={formId} className="stack org-propose__form" onSubmit={submit} noValidate>
          <p className="org-propose__title">
            {t('organisation.propose.title', {
              name: props.personName,
              posting: props.postingTitle,
            })}
          </p>
          <ErrorAlert>{error?.message}</ErrorAlert>
          <TextAreaField
            label={t('organisation.propose.message')}
            hint={t('organisation.propose.messageHint')}
            value={message}
            onChange={setMessage}
            error={error?.fields.message}
            maxLength={2000}
            rows={4}
          />
          <p className="field__hint">{t('organisation.propose.shared')}</p>
          <div className="org-actions">
            <button type="submit" className="button button--primary" disabled={propose.isPending}>
              {propose.isPending ? t('form.saving') : t('organisation.propose.submit')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setOpen(false);
                setError(null);
              }}
            >
              {t('organisation.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}

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

type Opened = RouterOutputs['proposals']['open'];

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

/**
 * One result of a matching list (postings for a person, or people for a posting): a link to
 * the other side, what the caller says about it, the score and its reasons, and "Propose".
 */
export function MatchCard(props: {
  href: string;
  title: string;
  meta: ReactNode;
  score: number;
  reasons: readonly MatchReason[];
  skills: readonly string[];
  postingId: number;
  jobSeekerId: number;
  personName: string;
  postingTitle: string;
  onProposed: (message: string) => void;
}) {
  return (
    <li className="org-match">
      <div className="org-match__head">
        <div>
          <h3 className="org-match__title">
            <Link href={props.href}>{props.title}</Link>
          </h3>
          {props.meta}
        </div>
        <Score score={props.score} />
      </div>
      <MatchReasons reasons={props.reasons} skills={props.skills} />
      <ProposeButton
        postingId={props.postingId}
        jobSeekerId={props.jobSeekerId}
        personName={props.personName}
        postingTitle={props.postingTitle}
        onProposed={props.onProposed}
      />
    </li>
  );
}

/** Below a matching list that shows the first 10: a button to show up to 50. */
export function MoreMatchesButton(props: { shown: number; limit: number; onMore: () => void }) {
  const { t } = useTranslation();
  if (props.shown !== props.limit || props.limit >= 50) return null;
  return (
    <p>
      <button type="button" className="button" onClick={props.onMore}>
        {t('organisation.common.moreMatches')}
      </button>
    </p>
  );
}
