// One candidate card: what the person agreed to share, and the actions the proposal's state allows.

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { proposalActionsFor } from '../../../../shared/proposals/proposalMachine';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { describeError } from '../../lib/errors';
import { nocLabel } from '../../lib/nocLabel';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import type { CurrentPhase } from '../money/moneyText';
import { ContactDetails, History } from './CandidateDetails';
import { candidateName, type EmployerProposal, offeredActions } from './candidate';
import { DeclineForm } from './DeclineForm';
import { HireForm } from './HireForm';
import type { HireDefaults } from './hireTerms';
import { ProposalStatusBadge } from './proposalStatus';
import { QuickHire } from './QuickHire';

export function ProposalCard({
  proposal,
  hireDefaults,
  phase,
}: {
  proposal: EmployerProposal;
  hireDefaults: HireDefaults;
  /** The open phase; null when none is open; undefined while unknown (loading, error). */
  phase: CurrentPhase | null | undefined;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const fmt = useLocaleFormat();
  const panelId = useId();
  const [expanded, setExpanded] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [hiring, setHiring] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const openedOnce = useRef(false);
  const declineButton = useRef<HTMLButtonElement>(null);
  const hireButton = useRef<HTMLButtonElement>(null);
  const toggleButton = useRef<HTMLButtonElement>(null);
  // After an answer the action buttons go away: keep the focus on this card.
  const refocus = () => requestAnimationFrame(() => toggleButton.current?.focus());
  const p = proposal;
  const c = p.candidate;
  const name = candidateName(p);

  const open = useMutation(
    trpc.proposals.open.mutationOptions({
      onSuccess: () => {
        // The "new" counts on the home and the badge here follow.
        void qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() });
        if (!p.seenByEmployerAt) void qc.invalidateQueries({ queryKey: trpc.proposals.pathKey() });
      },
    }),
  );
  const invite = useMutation(
    trpc.proposals.inviteToInterview.mutationOptions({
      onSuccess: async () => {
        refocus();
        setMessage(
          t('employer.proposal.invited', {
            name,
            counsellor: p.counsellorName,
            organisation: p.organisationName,
          }),
        );
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.proposals.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.postings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() }),
        ]);
      },
      onError: (err) => setError(describeError(err, t).message),
    }),
  );
  const toggle = () => {
    const next = !expanded;
    setExpanded(next);
    // Opening the card the first time marks it seen (and brings its history).
    if (next && !openedOnce.current) {
      openedOnce.current = true;
      open.mutate({ proposalId: p.id });
    }
  };
  // Arriving from a notification (?proposal=<id>): this card opens, with the focus on it.
  const wanted = new URLSearchParams(useSearch()).get('proposal') === String(p.id);
  const toggleOnArrival = useRef(toggle);
  toggleOnArrival.current = toggle;
  useEffect(() => {
    if (!wanted || openedOnce.current) return;
    toggleOnArrival.current();
    toggleButton.current?.scrollIntoView({ block: 'center' });
    toggleButton.current?.focus();
  }, [wanted]);

  const phaseOpen = Boolean(phase?.rules);
  const actions = offeredActions(p.status, phaseOpen);
  // The machine would allow the hire, but no phase is open to subsidise it: say so plainly.
  const hireBlocked = phase === null && proposalActionsFor(p.status, 'employer').includes('hire');
  const isNew = !p.seenByEmployerAt && p.status === 'proposed';
  const history = open.data?.side === 'employer' ? open.data.history : [];

  const inviteButton = actions.includes('inviteToInterview') ? (
    <button
      type="button"
      className={actions.includes('hire') ? 'button' : 'button button--primary'}
      disabled={invite.isPending}
      onClick={() => {
        setError(null);
        invite.mutate({ proposalId: p.id });
      }}
    >
      {t('employer.proposal.invite')}
      <span className="visually-hidden"> — {name}</span>
    </button>
  ) : null;
  const declineButtonEl = actions.includes('decline') ? (
    <button
      ref={declineButton}
      type="button"
      className="button"
      onClick={() => {
        setMessage(null);
        setDeclining(true);
      }}
    >
      {t('employer.proposal.decline')}
      <span className="visually-hidden"> — {name}</span>
    </button>
  ) : null;

  return (
    <li
      id={`proposal-${p.id}`}
      className={`card emp-candidate${isNew ? ' emp-candidate--new' : ''}`}
    >
      <h3 className="emp-candidate__name">
        <button
          ref={toggleButton}
          type="button"
          className="emp-disclosure"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={toggle}
        >
          <span aria-hidden="true" className="emp-disclosure__icon">
            {expanded ? '▾' : '▸'}
          </span>
          {name}
          {isNew ? (
            <span className="emp-badge emp-badge--new">{t('employer.proposal.new')}</span>
          ) : null}
        </button>
      </h3>
      <p className="emp-candidate__meta">
        <ProposalStatusBadge status={p.status} side="employer" />{' '}
        {t('employer.proposal.proposedBy', {
          date: fmt.instant(p.createdAt, 'date'),
          counsellor: p.counsellorName,
          organisation: p.organisationName,
        })}
      </p>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert>{error}</ErrorAlert>
      <div id={panelId} hidden={!expanded} className="stack emp-candidate__panel">
        {c.presentation ? <p className="emp-text">{c.presentation}</p> : null}
        <dl className="facts">
          <dt>{t('employer.proposal.availability')}</dt>
          <dd>
            {t('employer.proposal.availabilityValue', {
              count: c.hoursPerWeek,
              date: fmt.date(c.availableFrom),
            })}
          </dd>
          <dt>{t('employer.proposal.languages')}</dt>
          <dd>
            {c.languages.length > 0
              ? c.languages.map((l) => fmt.language(l)).join(', ')
              : t('employer.detail.none')}
          </dd>
          <dt>{t('employer.proposal.skills')}</dt>
          <dd>
            {c.skills.length > 0 ? (
              <ul className="tags">
                {c.skills.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            ) : (
              t('employer.detail.none')
            )}
          </dd>
          {c.targetNocCodes.length > 0 ? (
            <>
              <dt>{t('employer.proposal.targets')}</dt>
              <dd>{c.targetNocCodes.map((code) => nocLabel(code, fmt.locale)).join(' · ')}</dd>
            </>
          ) : null}
          <dt>{t('employer.proposal.region')}</dt>
          <dd>{fmt.region(c.regionCode)}</dd>
        </dl>
        {p.message ? (
          <figure className="emp-quote">
            <blockquote className="emp-text">{p.message}</blockquote>
            <figcaption>
              {t('employer.proposal.messageFrom', {
                counsellor: p.counsellorName,
                organisation: p.organisationName,
              })}
            </figcaption>
          </figure>
        ) : null}
        {p.status === 'interview' || p.status === 'hired' ? (
          <div className="emp-subsection">
            <h4>{t('employer.proposal.contactTitle', { name })}</h4>
            <ContactDetails proposal={p} />
          </div>
        ) : null}
        {p.status === 'hired' ? (
          <p>
            <Link href="/pairings">{t('employer.hire.seePairings')}</Link>
          </p>
        ) : null}
        {p.status === 'declined' && p.declineReason ? (
          <p>
            {t('employer.proposal.declinedBecause', {
              reason: t(`employer.declineReason.${p.declineReason}`),
            })}
            {p.declineComment ? ` — ${p.declineComment}` : ''}
          </p>
        ) : null}
        {p.status === 'withdrawn' || p.status === 'expired' ? (
          <p className="emp-note">{t(`employer.proposal.statusNote.${p.status}`)}</p>
        ) : null}
        {actions.length > 0 && !declining && !hiring ? (
          actions.includes('hire') && phase ? (
            <QuickHire
              proposalId={p.id}
              name={name}
              defaults={hireDefaults}
              phase={phase}
              editRef={hireButton}
              onEdit={() => {
                setMessage(null);
                setHiring(true);
              }}
            >
              {inviteButton}
              {declineButtonEl}
            </QuickHire>
          ) : (
            <div className="emp-actions">
              {inviteButton}
              {declineButtonEl}
            </div>
          )
        ) : null}
        {hireBlocked ? <p className="emp-note">{t('employer.hire.noPhase')}</p> : null}
        {hiring && phase ? (
          <HireForm
            proposalId={p.id}
            name={name}
            defaults={hireDefaults}
            phase={phase}
            onCancel={() => {
              setHiring(false);
              requestAnimationFrame(() => hireButton.current?.focus());
            }}
          />
        ) : null}
        {declining ? (
          <DeclineForm
            proposal={p}
            onCancel={() => {
              setDeclining(false);
              requestAnimationFrame(() => declineButton.current?.focus());
            }}
            onDone={() => {
              setDeclining(false);
              refocus();
              setMessage(t('employer.proposal.declined', { name }));
            }}
          />
        ) : null}
        <History history={history} />
      </div>
    </li>
  );
}
