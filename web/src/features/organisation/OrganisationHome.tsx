// The work panel of a member organisation's home: files, proposals waiting for employers,
// and employers' answers not opened yet.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { ProposalStatusBadge } from './common';
import { OpenAnswer } from './proposalParts';

export function OrganisationHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const home = useQuery(trpc.home.organisation.queryOptions());
  const d = home.data;
  return (
    <div className="stack-lg">
      <div className="org-actions">
        <Link href="/job-seekers/new" className="button button--primary">
          {t('organisation.home.register')}
        </Link>
        <Link href="/open-postings" className="button">
          {t('organisation.home.openPostings')}
        </Link>
      </div>

      {d ? (
        <ul className="org-counts" aria-label={t('organisation.home.countsLabel')}>
          <li>
            <Link href="/job-seekers" className="org-count">
              <span className="org-count__value">{d.seekers.active}</span>
              <span>{t('organisation.home.active', { count: d.seekers.active })}</span>
            </Link>
          </li>
          <li>
            <Link href="/job-seekers" className="org-count">
              <span className="org-count__value">{d.seekers.proposable}</span>
              <span>{t('organisation.home.proposable', { count: d.seekers.proposable })}</span>
            </Link>
          </li>
          <li>
            <Link href="/proposals?status=proposed" className="org-count">
              <span className="org-count__value">{d.waiting.count}</span>
              <span>{t('organisation.home.waitingCount', { count: d.waiting.count })}</span>
            </Link>
          </li>
        </ul>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}

      {d ? (
        <div className="grid grid--wide">
          <section className="card" aria-labelledby="org-answers">
            <h2 id="org-answers">
              {t('organisation.home.answers')} <span className="org-pill">{d.answers.length}</span>
            </h2>
            {d.answers.length === 0 ? (
              <p>{t('organisation.home.noAnswers')}</p>
            ) : (
              <ul className="org-items">
                {d.answers.map((a) => {
                  const name = `${a.firstName} ${a.lastName}`;
                  return (
                    <li key={a.id} className="org-item">
                      <p className="org-item__title">
                        <Link href={`/job-seekers/${a.jobSeekerId}`}>{name}</Link> —{' '}
                        <Link href={`/open-postings/${a.postingId}`}>{a.postingTitle}</Link>
                      </p>
                      <p className="org-item__meta">
                        {a.businessName} · <ProposalStatusBadge status={a.status} /> ·{' '}
                        {fmt.instant(a.updatedAt)}
                      </p>
                      <OpenAnswer proposalId={a.id} personName={`${name} — ${a.postingTitle}`} />
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          <section className="card" aria-labelledby="org-waiting">
            <h2 id="org-waiting">
              {t('organisation.home.waiting')} <span className="org-pill">{d.waiting.count}</span>
            </h2>
            {d.waiting.items.length === 0 ? (
              <p>{t('organisation.home.noWaiting')}</p>
            ) : (
              <ul className="org-items">
                {d.waiting.items.map((w) => (
                  <li key={w.id} className="org-item">
                    <p className="org-item__title">
                      <Link href={`/job-seekers/${w.jobSeekerId}`}>
                        {w.firstName} {w.lastName}
                      </Link>{' '}
                      — <Link href={`/open-postings/${w.postingId}`}>{w.postingTitle}</Link>
                    </p>
                    <p className="org-item__meta">
                      {w.businessName} ·{' '}
                      {t('organisation.home.proposedOn', { date: fmt.instant(w.updatedAt) })}
                    </p>
                  </li>
                ))}
              </ul>
            )}
            {d.waiting.count > d.waiting.items.length ? (
              <p>
                <Link href="/proposals?status=proposed">{t('organisation.home.allWaiting')}</Link>
              </p>
            ) : null}
          </section>
        </div>
      ) : null}
    </div>
  );
}
