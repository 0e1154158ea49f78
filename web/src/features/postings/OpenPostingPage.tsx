// One hiring need as a counsellor sees it: the facts, my organisation's proposals for it, and
// my organisation's best candidates (score and reasons in words), each with "Propose".
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import { nocLabel } from '../../lib/nocLabel';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { Availability } from '../jobSeekers/jobSeekerParts';
import { MatchCard, MoreMatchesButton } from '../matching/MatchCard';
import { DeclineDetails, ProposalStatusBadge } from '../proposals/proposalStatus';
import { WithdrawProposal } from '../proposals/WithdrawProposal';

type Posting = RouterOutputs['postings']['get'];

function Candidates(props: { posting: Posting; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const { posting } = props;
  const [limit, setLimit] = useState(10);
  const matches = useQuery({
    ...trpc.matching.forPosting.queryOptions({ postingId: posting.id, limit }),
    placeholderData: keepPreviousData,
  });
  const m = matches.data;
  return (
    <section className="card" aria-labelledby="posting-candidates">
      <h2 id="posting-candidates">{t('organisation.posting.candidates')}</h2>
      {matches.isPending ? <p>{t('app.loading')}</p> : null}
      <ErrorAlert>{matches.error ? describeError(matches.error, t).message : null}</ErrorAlert>
      {m ? (
        <>
          <p className="field__hint">
            {t('organisation.posting.candidatesIntro', { count: m.eligibleCount })}
          </p>
          {m.results.length === 0 ? (
            <p>
              {t('organisation.posting.noCandidates')}{' '}
              <Link href="/job-seekers/new">{t('organisation.home.register')}</Link>
            </p>
          ) : null}
          <ol className="org-matches">
            {m.results.map((r) => {
              const name = `${r.firstName} ${r.lastName}`;
              return (
                <MatchCard
                  key={r.jobSeekerId}
                  href={`/job-seekers/${r.jobSeekerId}`}
                  title={name}
                  meta={
                    <p className="org-item__meta">
                      {fmt.region(r.regionCode)} ·{' '}
                      <Availability hoursPerWeek={r.hoursPerWeek} availableFrom={r.availableFrom} />
                    </p>
                  }
                  score={r.score}
                  reasons={r.reasons}
                  skills={posting.skills}
                  postingId={posting.id}
                  jobSeekerId={r.jobSeekerId}
                  personName={name}
                  postingTitle={posting.title}
                  onProposed={props.onDone}
                />
              );
            })}
          </ol>
          <MoreMatchesButton
            shown={m.results.length}
            limit={limit}
            onMore={() => setLimit(50)}
            of="candidates"
          />
        </>
      ) : null}
    </section>
  );
}

function OurProposals(props: { posting: Posting; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const list = useQuery(trpc.proposals.list.queryOptions({ postingId: props.posting.id }));
  const items = list.data?.side === 'organisation' ? list.data.items : [];
  if (items.length === 0) return null;
  return (
    <section className="card" aria-labelledby="posting-ours">
      <h2 id="posting-ours">{t('organisation.posting.ours')}</h2>
      <ul className="org-items">
        {items.map((p) => {
          const name = `${p.firstName} ${p.lastName}`;
          return (
            <li key={p.id} className="org-item">
              <h3 className="org-item__title">
                <Link href={`/job-seekers/${p.jobSeekerId}`}>{name}</Link>
              </h3>
              <p className="org-item__meta">
                <ProposalStatusBadge status={p.status} /> ·{' '}
                {t('organisation.proposals.proposedBy', {
                  date: fmt.instant(p.createdAt),
                  name: p.counsellorName,
                })}
              </p>
              <DeclineDetails reason={p.declineReason} comment={p.declineComment} />
              <WithdrawProposal
                proposalId={p.id}
                status={p.status}
                personName={name}
                postingTitle={props.posting.title}
                onWithdrawn={props.onDone}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function OpenPostingPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const [message, setMessage] = useState<string | null>(null);
  const posting = useQuery({
    ...trpc.postings.get.queryOptions({ postingId: valid ? id : 1 }),
    enabled: valid,
  });
  if (!valid || posting.error) {
    return (
      <NotFoundPage
        title={t('organisation.posting.notFound')}
        error={posting.error}
        fallback={t('errors.posting.notFound')}
        backHref="/open-postings"
        backLabel={t('organisation.posting.back')}
      />
    );
  }
  if (!posting.data) return <p role="status">{t('app.loading')}</p>;
  const p = posting.data;
  const open = p.status === 'open';
  return (
    <>
      <p className="org-breadcrumb">
        <Link href="/open-postings">{t('organisation.posting.back')}</Link>
      </p>
      <PageTitle>{p.title}</PageTitle>
      <p className="card__lead">
        {p.business?.legalName ?? ''}
        {p.business?.sector ? <span className="org-muted"> — {p.business.sector}</span> : null}
      </p>
      {open ? null : (
        <p className="alert org-warning">
          {t('organisation.posting.notOpen', {
            status: t(`organisation.postingStatus.${p.status}`),
          })}
        </p>
      )}
      <StatusMessage takeFocus>{message}</StatusMessage>
      <div className="grid grid--wide">
        <section className="card" aria-labelledby="posting-facts">
          <h2 id="posting-facts">{t('organisation.posting.facts')}</h2>
          <dl className="facts">
            <dt>{t('organisation.postings.occupation')}</dt>
            <dd>{nocLabel(p.nocCode, fmt.locale)}</dd>
            <dt>{t('organisation.postings.place')}</dt>
            <dd>{fmt.place(p.city, p.regionCode)}</dd>
            <dt>{t('organisation.postings.wage')}</dt>
            <dd>{t('organisation.postings.perHour', { wage: fmt.money(p.hourlyWageCents) })}</dd>
            <dt>{t('organisation.postings.hours')}</dt>
            <dd>{t('organisation.postings.hoursValue', { hours: p.hoursPerWeek })}</dd>
            <dt>{t('organisation.postings.start')}</dt>
            <dd>{fmt.date(p.startDate)}</dd>
            <dt>{t('organisation.posting.duration')}</dt>
            <dd>{t('organisation.posting.weeks', { count: p.durationWeeks })}</dd>
            <dt>{t('organisation.postings.positions')}</dt>
            <dd>
              {p.positions}
              {p.hiredCount > 0
                ? ` (${t('organisation.posting.hired', { count: p.hiredCount })})`
                : ''}
            </dd>
            <dt>{t('organisation.posting.languages')}</dt>
            <dd>{p.languages.length === 0 ? '—' : p.languages.map(fmt.language).join(', ')}</dd>
            <dt>{t('organisation.posting.skills')}</dt>
            <dd>
              {p.skills.length === 0 ? (
                '—'
              ) : (
                <ul className="tags">
                  {p.skills.map((k) => (
                    <li key={k}>{k}</li>
                  ))}
                </ul>
              )}
            </dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="posting-description">
          <h2 id="posting-description">{t('organisation.posting.description')}</h2>
          <p className="org-prewrap">{p.description || '—'}</p>
          <h3 className="org-subtitle">{t('organisation.posting.requirements')}</h3>
          <p className="org-prewrap">{p.requirements || '—'}</p>
        </section>
      </div>
      <OurProposals posting={p} onDone={setMessage} />
      {open ? <Candidates posting={p} onDone={setMessage} /> : null}
    </>
  );
}
