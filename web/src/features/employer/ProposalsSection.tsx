// The candidates proposed for one posting, as cards showing only what each person agreed to
// share (the server decides: server/features/proposals/candidateCard.ts). Opening a card marks
// it seen; the employer invites to an interview, declines with a coded reason, or confirms the
// hire (HireForm) when a phase of the program is open.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferRouterOutputs } from '@trpc/server';
import { type FormEvent, type RefObject, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import type { AppRouter } from '../../../../server/trpc/router';
import type { PostingStatus } from '../../../../shared/postings/postingMachine';
import {
  declineReasons,
  type ProposalAction,
  type ProposalStatus,
  proposalActionsFor,
} from '../../../../shared/proposals/proposalMachine';
import { declineProposalInput } from '../../../../shared/proposals/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { ReasonFields } from '../../components/ReasonFields';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { ProposalStatusBadge } from './Badges';
import { type HireDefaults, HireForm } from './HireForm';
import type { CurrentPhase } from './money';

type ProposalList = inferRouterOutputs<AppRouter>['proposals']['list'];
export type EmployerProposal = Extract<ProposalList, { side: 'employer' }>['items'][number];
type ProposalHistory = Extract<
  inferRouterOutputs<AppRouter>['proposals']['open'],
  { side: 'employer' }
>['history'];

/** Order on the page: what waits for the employer first, finished ones last. */
const statusOrder: Record<ProposalStatus, number> = {
  proposed: 0,
  interview: 1,
  hired: 2,
  declined: 3,
  withdrawn: 4,
  expired: 5,
};

/**
 * The employer actions this screen offers, as the proposal machine gives them. Hiring needs an
 * open phase (its rules and budget): without one, the card says so instead of offering it.
 */
type OfferedAction = Extract<ProposalAction, 'inviteToInterview' | 'hire' | 'decline'>;
export function offeredActions(status: ProposalStatus, phaseOpen: boolean): OfferedAction[] {
  return proposalActionsFor(status, 'employer').filter(
    (a): a is OfferedAction =>
      a === 'inviteToInterview' || a === 'decline' || (a === 'hire' && phaseOpen),
  );
}

function candidateName(p: EmployerProposal) {
  return `${p.candidate.firstName} ${p.candidate.lastInitial}`;
}

function DeclineForm(props: {
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

function ContactDetails({ proposal }: { proposal: EmployerProposal }) {
  const { t } = useTranslation();
  const c = proposal.candidate.contact;
  const via = { counsellor: proposal.counsellorName, organisation: proposal.organisationName };
  if (!c) return <p className="emp-note">{t('employer.proposal.noContactConsent', via)}</p>;
  if (!c.email && !c.phone)
    return <p className="emp-note">{t('employer.proposal.noContact', via)}</p>;
  return (
    <dl className="facts emp-contact">
      {c.email ? (
        <>
          <dt>{t('employer.proposal.email')}</dt>
          <dd>
            <a href={`mailto:${c.email}`}>{c.email}</a>
          </dd>
        </>
      ) : null}
      {c.phone ? (
        <>
          <dt>{t('employer.proposal.phone')}</dt>
          <dd>
            <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

function History({ history }: { history: ProposalHistory }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (history.length === 0) return null;
  return (
    <details className="emp-history">
      <summary>{t('employer.proposal.history')}</summary>
      <ol>
        {history.map((h) => (
          <li key={`${h.at}-${h.toStatus}`}>
            {fmt.instant(h.at)} — {t(`employer.proposalStatus.${h.toStatus}`)}
            {h.actorName ? ` (${h.actorName})` : ''}
            {h.reason
              ? ` — ${t(`employer.declineReason.${h.reason}`, { defaultValue: h.reason })}`
              : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}

function ProposalCard({
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
        <ProposalStatusBadge status={p.status} />{' '}
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
              <dd>{c.targetNocCodes.map((code) => fmt.noc(code)).join(' · ')}</dd>
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
              reason: t(`employer.declineReason.${p.declineReason}`, {
                defaultValue: p.declineReason,
              }),
            })}
            {p.declineComment ? ` — ${p.declineComment}` : ''}
          </p>
        ) : null}
        {p.status === 'withdrawn' || p.status === 'expired' ? (
          <p className="emp-note">{t(`employer.proposal.statusNote.${p.status}`)}</p>
        ) : null}
        {actions.length > 0 && !declining && !hiring ? (
          <div className="emp-actions">
            {actions.includes('hire') && p.status === 'interview' ? (
              <HireButton
                refObject={hireButton}
                name={name}
                primary
                onClick={() => {
                  setMessage(null);
                  setHiring(true);
                }}
              />
            ) : null}
            {actions.includes('inviteToInterview') ? (
              <button
                type="button"
                className="button button--primary"
                disabled={invite.isPending}
                onClick={() => {
                  setError(null);
                  invite.mutate({ proposalId: p.id });
                }}
              >
                {t('employer.proposal.invite')}
                <span className="visually-hidden"> — {name}</span>
              </button>
            ) : null}
            {actions.includes('hire') && p.status !== 'interview' ? (
              <HireButton
                refObject={hireButton}
                name={name}
                primary={false}
                onClick={() => {
                  setMessage(null);
                  setHiring(true);
                }}
              />
            ) : null}
            {actions.includes('decline') ? (
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
            ) : null}
          </div>
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

function HireButton(props: {
  refObject: RefObject<HTMLButtonElement | null>;
  name: string;
  primary: boolean;
  onClick: () => void;
}) {
  const { t } = useTranslation();
  return (
    <button
      ref={props.refObject}
      type="button"
      className={props.primary ? 'button button--primary' : 'button'}
      onClick={props.onClick}
    >
      {t('employer.hire.open')}
      <span className="visually-hidden"> — {props.name}</span>
    </button>
  );
}

export function ProposalsSection(props: {
  postingStatus: PostingStatus;
  items: EmployerProposal[];
  loading: boolean;
  error: string | null;
  /** The posting's terms: the defaults of a hire. */
  hireDefaults: HireDefaults;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  // Only asked when some card could be hired; shared by all the cards.
  const hireable = props.items.some((i) => i.status === 'proposed' || i.status === 'interview');
  const phase = useQuery({ ...trpc.phases.current.queryOptions(), enabled: hireable });
  const sorted = [...props.items].sort(
    (a, b) =>
      statusOrder[a.status] - statusOrder[b.status] ||
      Number(Boolean(a.seenByEmployerAt)) - Number(Boolean(b.seenByEmployerAt)) ||
      b.id - a.id,
  );
  const toReview = props.items.filter((i) => i.status === 'proposed').length;
  return (
    <section aria-labelledby="proposals-title" className="emp-proposals">
      <h2 id="proposals-title">{t('employer.proposals.title', { count: props.items.length })}</h2>
      <ErrorAlert>{props.error}</ErrorAlert>
      {props.loading ? <p role="status">{t('app.loading')}</p> : null}
      {!props.loading && props.items.length === 0 ? (
        <p className="emp-empty">
          {t(
            props.postingStatus === 'draft'
              ? 'employer.proposals.emptyDraft'
              : props.postingStatus === 'open'
                ? 'employer.proposals.emptyOpen'
                : 'employer.proposals.emptyClosed',
          )}
        </p>
      ) : null}
      {props.items.length > 0 ? (
        <>
          <p>
            {toReview > 0
              ? t('employer.proposals.toReview', { count: toReview })
              : t('employer.proposals.noneToReview')}{' '}
            {t('employer.proposals.openHint')}
          </p>
          <ul className="emp-candidates">
            {sorted.map((p) => (
              <ProposalCard
                key={p.id}
                proposal={p}
                hireDefaults={props.hireDefaults}
                phase={phase.isSuccess ? phase.data : undefined}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
