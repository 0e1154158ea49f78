// A job seeker's file: profile, consents (give / withdraw, dated, who recorded them), the
// person's proposals, and the open postings that match them best, each with "Propose".
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearch } from 'wouter';
import {
  type ConsentPurpose,
  consentPurposes,
  giveConsentInput,
  withdrawConsentInput,
} from '../../../../shared/jobSeekers/schemas';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { TextField } from '../../components/Field';
import { NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { TransferSection } from '../jobSeekers/transfer/TransferSection';
import { FileActions } from '../privacy/FileActions';
import {
  Availability,
  ConsentBadge,
  DeclineDetails,
  ProposalStatusBadge,
  placeText,
  type RouterOutputs,
  today,
  useFocusOnToggle,
} from './common';
import { PairingStatusBadge } from './pairingParts';
import {
  MatchCard,
  MoreMatchesButton,
  OpenAnswer,
  useRefreshProposals,
  WithdrawProposal,
} from './proposalParts';

type File = RouterOutputs['jobSeekers']['get'];
type ConsentRowData = File['consents'][number];

function ConsentRow(props: {
  file: File;
  purpose: ConsentPurpose;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const refresh = useRefreshProposals();
  const formId = useId();
  const { file, purpose } = props;
  const rows = file.consents.filter((c) => c.purpose === purpose);
  const current = rows.find((c) => !c.withdrawnOn);
  const last: ConsentRowData | undefined = rows[0];
  const participating = file.consents.some((c) => c.purpose === 'participation' && !c.withdrawnOn);
  const [mode, setMode] = useState<'idle' | 'give' | 'withdraw'>('idle');
  const [date, setDate] = useState(today());
  const [error, setError] = useState<ShownError | null>(null);
  const label = t(`organisation.consentPurpose.${purpose}`);
  const onSuccess = async (message: string) => {
    setMode('idle');
    setError(null);
    props.onDone(message);
    await refresh();
  };
  const give = useMutation(
    trpc.jobSeekers.giveConsent.mutationOptions({
      onSuccess: () => onSuccess(t('organisation.consent.given', { purpose: label })),
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  const withdraw = useMutation(
    trpc.jobSeekers.withdrawConsent.mutationOptions({
      onSuccess: () => onSuccess(t('organisation.consent.withdrawn', { purpose: label })),
      onError: (err) => setError(describeError(err, t)),
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    if (mode === 'give') {
      const v = validate(giveConsentInput, { jobSeekerId: file.id, purpose, givenOn: date }, t);
      if (!v.ok) return setError(v.error);
      give.mutate(v.data);
    } else {
      const v = validate(
        withdrawConsentInput,
        { jobSeekerId: file.id, purpose, withdrawnOn: date },
        t,
      );
      if (!v.ok) return setError(v.error);
      withdraw.mutate(v.data);
    }
  }
  const rowRef = useRef<HTMLLIElement>(null);
  useFocusOnToggle(rowRef, mode);
  const closed = file.status === 'closed';
  const needsParticipation = purpose !== 'participation' && !participating;
  return (
    <li ref={rowRef} className={`org-consent-row${current ? ' org-consent-row--on' : ''}`}>
      <div className="org-consent-row__head">
        <h3 className="org-consent-row__title">{label}</h3>
        <span className={`org-badge ${current ? 'org-badge--ok' : 'org-badge--no'}`}>
          {current ? t('organisation.consent.on') : t('organisation.consent.off')}
        </span>
      </div>
      <p className="org-consent__text">{t(`organisation.consentExplain.${purpose}`)}</p>
      <p className="org-consent-row__state">
        {current
          ? t('organisation.consent.givenOn', {
              date: fmt.date(current.givenOn),
              name: current.recordedByName,
            })
          : last?.withdrawnOn
            ? t('organisation.consent.withdrawnOn', {
                date: fmt.date(last.withdrawnOn),
                given: fmt.date(last.givenOn),
              })
            : t('organisation.consent.never')}
      </p>
      {closed || mode !== 'idle' ? null : current ? (
        <button type="button" className="button button--small" onClick={() => setMode('withdraw')}>
          {t('organisation.consent.withdraw')}
          <span className="visually-hidden"> — {label}</span>
        </button>
      ) : needsParticipation ? (
        <p className="field__hint">{t('organisation.form.needsParticipation')}</p>
      ) : (
        <button type="button" className="button button--small" onClick={() => setMode('give')}>
          {t('organisation.consent.give')}
          <span className="visually-hidden"> — {label}</span>
        </button>
      )}
      {mode !== 'idle' ? (
        <form id={formId} onSubmit={submit} noValidate className="stack org-confirm">
          {mode === 'withdraw' ? (
            <p>
              <strong>{t('organisation.consent.withdrawTitle', { purpose: label })}</strong>{' '}
              {t(`organisation.consentWithdrawEffect.${purpose}`)}
            </p>
          ) : (
            <p>
              <strong>{t('organisation.consent.giveTitle', { purpose: label })}</strong>
            </p>
          )}
          <ErrorAlert>{error?.message}</ErrorAlert>
          <TextField
            label={
              mode === 'withdraw'
                ? t('organisation.fields.withdrawnOn')
                : t('organisation.fields.givenOn')
            }
            type="date"
            value={date}
            onChange={setDate}
            error={error?.fields.withdrawnOn ?? error?.fields.givenOn}
            required
          />
          <div className="org-actions">
            <button
              type="submit"
              className={
                mode === 'withdraw' ? 'button org-button-danger' : 'button button--primary'
              }
              disabled={give.isPending || withdraw.isPending}
            >
              {mode === 'withdraw'
                ? t('organisation.consent.confirmWithdraw')
                : t('organisation.consent.confirmGive')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setMode('idle');
                setError(null);
              }}
            >
              {t('organisation.common.cancel')}
            </button>
          </div>
        </form>
      ) : null}
    </li>
  );
}

function ConsentHistory({ file }: { file: File }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (file.consents.length === 0) return null;
  return (
    <details className="org-details">
      <summary>{t('organisation.consent.history')}</summary>
      <ul>
        {file.consents.map((c) => (
          <li key={c.id}>
            {t(`organisation.consentPurpose.${c.purpose}`)} —{' '}
            {t('organisation.consent.givenOn', {
              date: fmt.date(c.givenOn),
              name: c.recordedByName,
            })}
            {c.withdrawnOn
              ? ` ${t('organisation.consent.thenWithdrawn', { date: fmt.date(c.withdrawnOn) })}`
              : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

function PersonProposals(props: {
  jobSeekerId: number;
  name: string;
  onDone: (m: string) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const list = useQuery(trpc.proposals.list.queryOptions({ jobSeekerId: props.jobSeekerId }));
  const items = list.data?.side === 'organisation' ? list.data.items : [];
  return (
    <section className="card" aria-labelledby="file-proposals">
      <h2 id="file-proposals">{t('organisation.file.proposals')}</h2>
      {list.isPending ? <p>{t('app.loading')}</p> : null}
      {!list.isPending && items.length === 0 ? <p>{t('organisation.file.noProposals')}</p> : null}
      {items.length > 0 ? (
        <ul className="org-items">
          {items.map((p) => {
            const unseen =
              !p.seenByOrganisationAt &&
              (p.status === 'interview' || p.status === 'declined' || p.status === 'hired');
            return (
              <li key={p.id} className="org-item">
                <h3 className="org-item__title">
                  <Link href={`/open-postings/${p.postingId}`}>{p.postingTitle}</Link>
                </h3>
                <p className="org-item__meta">
                  {p.businessName} · <ProposalStatusBadge status={p.status} />
                  {unseen ? (
                    <span className="org-badge org-badge--new">{t('organisation.answer.new')}</span>
                  ) : null}
                </p>
                <p className="org-item__meta">
                  {t('organisation.proposals.proposedBy', {
                    date: fmt.instant(p.createdAt),
                    name: p.counsellorName,
                  })}
                </p>
                <DeclineDetails reason={p.declineReason} comment={p.declineComment} />
                <div className="org-actions">
                  {unseen ? (
                    <OpenAnswer
                      proposalId={p.id}
                      personName={`${props.name} — ${p.postingTitle}`}
                    />
                  ) : null}
                  <WithdrawProposal
                    proposalId={p.id}
                    status={p.status}
                    personName={props.name}
                    postingTitle={p.postingTitle}
                    onWithdrawn={props.onDone}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

/** Every pairing of the person, newest first: their whole path (the server's `pairings`). */
function PersonPairings(props: { pairings: File['pairings'] }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (props.pairings.length === 0) return null;
  return (
    <section className="card" aria-labelledby="file-pairings">
      <h2 id="file-pairings">{t('organisation.file.pairings')}</h2>
      <ul className="org-items">
        {props.pairings.map((p) => (
          <li key={p.id} className="org-item">
            <h3 className="org-item__title">
              <Link href={`/accompaniment/${p.id}`}>{p.postingTitle}</Link>
            </h3>
            <p className="org-item__meta">
              {p.businessName} · <PairingStatusBadge status={p.status} />
            </p>
            <p className="org-item__meta">
              {t('organisation.file.pairingDates', {
                phase: p.phaseNumber,
                start: fmt.date(p.startDate),
                end: fmt.date(p.endDate ?? p.plannedEndDate),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function MatchingPostings(props: { file: File; onDone: (m: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const { file } = props;
  const name = `${file.firstName} ${file.lastName}`;
  const [limit, setLimit] = useState(10);
  const matches = useQuery({
    ...trpc.matching.forJobSeeker.queryOptions({ jobSeekerId: file.id, limit }),
    placeholderData: keepPreviousData,
  });
  const m = matches.data;
  return (
    <section className="card" aria-labelledby="file-matches">
      <h2 id="file-matches" ref={heading} tabIndex={-1}>
        {t('organisation.file.matches')}
      </h2>
      {matches.isPending ? <p>{t('app.loading')}</p> : null}
      <ErrorAlert>{matches.error ? describeError(matches.error, t).message : null}</ErrorAlert>
      {m && !m.eligible ? (
        <p className="alert org-warning">
          {file.status === 'closed'
            ? t('organisation.file.notEligibleClosed')
            : m.reason === 'hired'
              ? t('organisation.file.notEligibleHired')
              : t('organisation.file.notEligibleConsent')}
        </p>
      ) : null}
      {m?.eligible ? (
        <>
          <p className="field__hint">{t('organisation.file.matchesIntro')}</p>
          {m.results.length === 0 ? <p>{t('organisation.file.noMatches')}</p> : null}
          <ol className="org-matches">
            {m.results.map((r) => (
              <MatchCard
                key={r.postingId}
                href={`/open-postings/${r.postingId}`}
                title={r.title}
                meta={
                  <>
                    <p className="org-item__meta">
                      {r.businessName} · {placeText(fmt, r.city, r.regionCode)}
                    </p>
                    <p className="org-item__meta">
                      {t('organisation.postings.summary', {
                        hours: r.hoursPerWeek,
                        wage: fmt.money(r.hourlyWageCents),
                        date: fmt.date(r.startDate),
                      })}
                    </p>
                  </>
                }
                score={r.score}
                reasons={r.reasons}
                skills={file.skills}
                postingId={r.postingId}
                jobSeekerId={file.id}
                personName={name}
                postingTitle={r.title}
                onProposed={(msg) => {
                  props.onDone(msg);
                  heading.current?.focus();
                }}
              />
            ))}
          </ol>
          <MoreMatchesButton shown={m.results.length} limit={limit} onMore={() => setLimit(50)} />
        </>
      ) : null}
    </section>
  );
}

export function JobSeekerPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const params = useParams<{ id: string }>();
  const search = new URLSearchParams(useSearch());
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const [message, setMessage] = useState<string | null>(null);
  const file = useQuery({
    ...trpc.jobSeekers.get.queryOptions({ jobSeekerId: valid ? id : 1 }),
    enabled: valid,
  });
  if (!valid || file.error) {
    return (
      <NotFoundPage
        title={t('organisation.file.notFound')}
        error={file.error}
        fallback={t('errors.jobSeeker.notFound')}
        backHref="/job-seekers"
        backLabel={t('organisation.file.backToList')}
      />
    );
  }
  if (!file.data) return <p role="status">{t('app.loading')}</p>;
  const s = file.data;
  const name = `${s.firstName} ${s.lastName}`;
  const done = search.get('done');
  const shown =
    message ??
    (done === 'created'
      ? t('organisation.file.created')
      : done === 'updated'
        ? t('organisation.file.updated')
        : null);
  return (
    <>
      <p className="org-breadcrumb">
        <Link href="/job-seekers">{t('organisation.file.backToList')}</Link>
      </p>
      <PageTitle>{name}</PageTitle>
      <div className="org-actions org-file-head">
        <ConsentBadge canBeProposed={s.proposable} inActivePairing={s.inActivePairing} />
        {s.status === 'closed' ? (
          <span className="org-badge org-badge--no">{t('organisation.file.closed')}</span>
        ) : (
          <Link href={`/job-seekers/${s.id}/edit`} className="button button--small">
            {t('organisation.file.edit')}
          </Link>
        )}
      </div>
      <StatusMessage>{shown}</StatusMessage>

      <div className="grid grid--wide">
        <section className="card" aria-labelledby="file-profile">
          <h2 id="file-profile">{t('organisation.file.profile')}</h2>
          <dl className="facts">
            <dt>{t('organisation.fields.email')}</dt>
            <dd>{s.email || '—'}</dd>
            <dt>{t('organisation.fields.phone')}</dt>
            <dd>{s.phone || '—'}</dd>
            <dt>{t('organisation.fields.birthDate')}</dt>
            <dd>{s.birthDate ? fmt.date(s.birthDate) : '—'}</dd>
            <dt>{t('organisation.fields.region')}</dt>
            <dd>{placeText(fmt, s.city, s.regionCode)}</dd>
            <dt>{t('organisation.jobSeekers.targets')}</dt>
            <dd>
              {s.targetNocCodes.length === 0
                ? '—'
                : s.targetNocCodes.map((c) => (
                    <span key={c} className="org-line">
                      {fmt.noc(c)}
                    </span>
                  ))}
            </dd>
            <dt>{t('organisation.fields.skills')}</dt>
            <dd>
              {s.skills.length === 0 ? (
                '—'
              ) : (
                <ul className="tags">
                  {s.skills.map((k) => (
                    <li key={k}>{k}</li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>{t('organisation.jobSeekers.availability')}</dt>
            <dd>
              <Availability hoursPerWeek={s.hoursPerWeek} availableFrom={s.availableFrom} />
            </dd>
            <dt>{t('organisation.fields.languages')}</dt>
            <dd>{s.languages.length === 0 ? '—' : s.languages.map(fmt.language).join(', ')}</dd>
          </dl>
          <h3 className="org-subtitle">{t('organisation.form.forEmployers')}</h3>
          <p className="org-prewrap">{s.presentation || t('organisation.file.noPresentation')}</p>
        </section>

        <section className="card org-internal" aria-labelledby="file-internal">
          <h2 id="file-internal">{t('organisation.form.internal')}</h2>
          <p className="org-internal__flag">{t('organisation.internalFlag')}</p>
          <h3 className="org-subtitle">{t('organisation.fields.clientGroups')}</h3>
          {s.clientGroups.length === 0 ? (
            <p>—</p>
          ) : (
            <ul className="tags">
              {s.clientGroups.map((g) => (
                <li key={g}>{t(`clientGroups.${g}`, { defaultValue: g })}</li>
              ))}
            </ul>
          )}
          <h3 className="org-subtitle">{t('organisation.fields.privateNotes')}</h3>
          <p className="org-prewrap">{s.privateNotes || '—'}</p>
        </section>
      </div>

      <section className="card" aria-labelledby="file-consents">
        <h2 id="file-consents">{t('organisation.file.consents')}</h2>
        <ul className="org-consent-list">
          {consentPurposes.map((p) => (
            <ConsentRow key={p} file={s} purpose={p} onDone={setMessage} />
          ))}
        </ul>
        <ConsentHistory file={s} />
      </section>

      <PersonPairings pairings={s.pairings} />
      <PersonProposals jobSeekerId={s.id} name={name} onDone={setMessage} />
      <MatchingPostings file={s} onDone={setMessage} />
      {s.status === 'active' ? (
        <TransferSection jobSeekerId={s.id} organisationId={s.organisationId} />
      ) : null}
      <FileActions jobSeekerId={s.id} closed={s.status === 'closed'} />
    </>
  );
}
