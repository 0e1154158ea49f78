// One hiring need: its facts, the actions its state allows (shared/postings/postingMachine.ts),
// and the candidates proposed for it.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import {
  type PostingAction,
  type PostingStatus,
  postingActionsFor,
} from '../../../../shared/postings/postingMachine';
import { StatusMessage } from '../../components/Alert';
import { LoadingStatus, NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { nocLabel } from '../../lib/nocLabel';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { ProposalsSection } from '../proposals/CandidateCards';
import { useFlash } from './flash';
import { PostingStatusBadge } from './PostingStatusBadge';

type EmployerPostingAction = Exclude<PostingAction, 'fill'>;

/** Actions that end the posting (and expire its waiting proposals) are confirmed first. */
const confirmedActions = ['close', 'markFilled'] as const;
type ConfirmedAction = (typeof confirmedActions)[number];
const needsConfirmation = (a: EmployerPostingAction): a is ConfirmedAction =>
  (confirmedActions as readonly string[]).includes(a);

function PostingActions(props: {
  postingId: number;
  status: PostingStatus;
  waitingProposals: number;
}) {
  const { postingId, status } = props;
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState<ConfirmedAction | null>(null);
  const [done, setDone] = useState<EmployerPostingAction | null>(null);
  const [error, setError] = useState<{ message: string; editLink: boolean } | null>(null);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const triggers = useRef<Partial<Record<EmployerPostingAction, HTMLButtonElement | null>>>({});
  const transition = useMutation(
    trpc.postings.transition.mutationOptions({
      onSuccess: async (_r, input) => {
        setConfirming(null);
        setDone(input.action);
        await Promise.all([
          qc.invalidateQueries({ queryKey: trpc.postings.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.proposals.pathKey() }),
          qc.invalidateQueries({ queryKey: trpc.home.employer.queryKey() }),
        ]);
      },
      onError: (err) => {
        const shown = describeError(err, t);
        if (shown.fields.startDate) {
          setError({ message: t('employer.detail.publishPastStart'), editLink: true });
        } else {
          setError({ message: shown.message ?? t('errors.generic'), editLink: false });
        }
      },
    }),
  );
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const actions = postingActionsFor(status, 'employer').filter(
    (a): a is EmployerPostingAction => a !== 'fill',
  );
  const editable = status === 'draft' || status === 'open';
  const run = (action: EmployerPostingAction) => {
    setError(null);
    setDone(null);
    if (needsConfirmation(action) && confirming !== action) {
      setConfirming(action);
      return;
    }
    transition.mutate({ postingId, action });
  };

  return (
    <div className="stack">
      <StatusMessage>{done ? t(`employer.detail.done.${done}`) : null}</StatusMessage>
      {error ? (
        <div className="alert alert--error" role="alert">
          {error.message}{' '}
          {error.editLink ? (
            <Link href={`/postings/${postingId}/edit`}>{t('employer.detail.edit')}</Link>
          ) : null}
        </div>
      ) : null}
      {editable || actions.length > 0 ? (
        <div className="emp-actions">
          {editable ? (
            <Link href={`/postings/${postingId}/edit`} className="button">
              {t('employer.detail.edit')}
            </Link>
          ) : null}
          {actions.map((a) => (
            <button
              key={a}
              ref={(el) => {
                triggers.current[a] = el;
              }}
              type="button"
              className={a === 'publish' ? 'button button--primary' : 'button'}
              aria-expanded={needsConfirmation(a) ? confirming === a : undefined}
              disabled={transition.isPending}
              onClick={() => run(a)}
            >
              {t(`employer.detail.action.${a}`)}
            </button>
          ))}
        </div>
      ) : null}
      {confirming ? (
        <div className="emp-confirm">
          <p ref={confirmRef} tabIndex={-1}>
            <strong>{t(`employer.detail.confirm.${confirming}.question`)}</strong>{' '}
            {props.waitingProposals > 0
              ? t('employer.detail.confirm.expires', { count: props.waitingProposals })
              : null}{' '}
            {t('employer.detail.confirm.final')}
          </p>
          <div className="emp-actions">
            <button
              type="button"
              className="button button--primary"
              disabled={transition.isPending}
              onClick={() => transition.mutate({ postingId, action: confirming })}
            >
              {t(`employer.detail.confirm.${confirming}.yes`)}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                const trigger = triggers.current[confirming];
                setConfirming(null);
                trigger?.focus();
              }}
            >
              {t('employer.detail.confirm.no')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

export function PostingDetailPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const flash = useFlash();
  const params = useParams<{ id: string }>();
  const postingId = Number(params.id);
  const valid = Number.isInteger(postingId) && postingId > 0;
  const posting = useQuery({ ...trpc.postings.get.queryOptions({ postingId }), enabled: valid });
  const proposals = useQuery({
    ...trpc.proposals.list.queryOptions({ postingId }),
    enabled: valid,
  });

  if (!valid || posting.isError) {
    return (
      <NotFoundPage
        title={t('employer.detail.notFoundTitle')}
        error={posting.error}
        fallback={t('errors.posting.notFound')}
        backHref="/postings"
        backLabel={t('employer.detail.backToList')}
      />
    );
  }
  if (!posting.data) {
    return <LoadingStatus />;
  }
  const p = posting.data;
  const items = proposals.data?.side === 'employer' ? proposals.data.items : [];
  const waiting = items.filter((i) => i.status === 'proposed' || i.status === 'interview').length;
  return (
    <>
      <p className="emp-breadcrumb">
        <Link href="/postings">{t('employer.detail.backToList')}</Link>
      </p>
      <PageTitle>{p.title}</PageTitle>
      <p className="emp-subtitle">
        <PostingStatusBadge status={p.status} />{' '}
        <span>{t(`employer.detail.statusNote.${p.status}`)}</span>
      </p>
      <StatusMessage>{flash ? t(`employer.detail.flash.${flash}`) : null}</StatusMessage>
      <PostingActions postingId={p.id} status={p.status} waitingProposals={waiting} />

      <div className="emp-detail">
        <ProposalsSection
          postingStatus={p.status}
          items={items}
          loading={proposals.isPending}
          error={proposals.error ? describeError(proposals.error, t).message : null}
          hireDefaults={{
            hourlyWageCents: p.hourlyWageCents,
            hoursPerWeek: p.hoursPerWeek,
            durationWeeks: p.durationWeeks,
            startDate: p.startDate,
          }}
        />

        <section className="card emp-facts" aria-labelledby="posting-facts">
          <h2 id="posting-facts">{t('employer.detail.factsTitle')}</h2>
          <dl className="facts">
            <dt>{t('employer.detail.noc')}</dt>
            <dd>{nocLabel(p.nocCode, fmt.locale)}</dd>
            <dt>{t('employer.detail.place')}</dt>
            <dd>
              {p.city === fmt.region(p.regionCode)
                ? p.city
                : t('employer.detail.placeValue', {
                    city: p.city,
                    region: fmt.region(p.regionCode),
                  })}
            </dd>
            <dt>{t('employer.detail.wage')}</dt>
            <dd>{t('employer.detail.wageValue', { amount: fmt.money(p.hourlyWageCents) })}</dd>
            <dt>{t('employer.detail.hours')}</dt>
            <dd>{t('employer.detail.hoursValue', { count: p.hoursPerWeek })}</dd>
            <dt>{t('employer.detail.positions')}</dt>
            <dd>
              {t('employer.detail.positionsValue', { count: p.positions })}
              {p.hiredCount > 0
                ? ` · ${t('employer.detail.hiredSoFar', { count: p.hiredCount })}`
                : null}
            </dd>
            <dt>{t('employer.detail.start')}</dt>
            <dd>{fmt.date(p.startDate)}</dd>
            <dt>{t('employer.detail.duration')}</dt>
            <dd>{t('employer.detail.weeks', { count: p.durationWeeks })}</dd>
            <dt>{t('employer.detail.languages')}</dt>
            <dd>
              {p.languages.length > 0
                ? p.languages.map((l) => fmt.language(l)).join(', ')
                : t('employer.detail.none')}
            </dd>
            <dt>{t('employer.detail.skills')}</dt>
            <dd>
              {p.skills.length > 0 ? (
                <ul className="tags">
                  {p.skills.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              ) : (
                t('employer.detail.none')
              )}
            </dd>
          </dl>
          {p.description ? (
            <>
              <h3>{t('employer.detail.description')}</h3>
              <p className="emp-text">{p.description}</p>
            </>
          ) : null}
          {p.requirements ? (
            <>
              <h3>{t('employer.detail.requirements')}</h3>
              <p className="emp-text">{p.requirements}</p>
            </>
          ) : null}
        </section>
      </div>
    </>
  );
}
