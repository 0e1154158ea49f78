// A job seeker's file: profile, consents (give / withdraw, dated, who recorded them), the
// person's pairings and proposals, the open postings that match them best (each with
// "Propose"), the transfer to another organisation and the file's privacy actions.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearch } from 'wouter';
import { consentPurposes } from '../../../../shared/jobSeekers/schemas';
import { StatusMessage } from '../../components/Alert';
import { NotFoundPage } from '../../components/PageStates';
import { PageTitle } from '../../components/PageTitle';
import { nocLabel } from '../../lib/nocLabel';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { MatchingPostings } from '../matching/MatchingPostings';
import { PersonPairings } from '../pairings/PersonPairings';
import { FileActions } from '../privacy/FileActions';
import { PersonProposals } from '../proposals/PersonProposals';
import { ConsentHistory, ConsentRow } from './Consents';
import { Availability, ConsentBadge } from './jobSeekerParts';
import { TransferSection } from './transfer/TransferSection';

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
      <StatusMessage takeFocus>{shown}</StatusMessage>

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
            <dd>{fmt.place(s.city, s.regionCode)}</dd>
            <dt>{t('organisation.jobSeekers.targets')}</dt>
            <dd>
              {s.targetNocCodes.length === 0
                ? '—'
                : s.targetNocCodes.map((c) => (
                    <span key={c} className="org-line">
                      {nocLabel(c, fmt.locale)}
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
                <li key={g}>{t(`clientGroups.${g}`)}</li>
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
