// The work panel of a member organisation's home: follow-ups and 12-week checks due (the
// accompaniment agenda), files, proposals waiting for employers, and employers' answers not
// opened yet.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { RECENT_ANSWER_DAYS } from '../../../../shared/proposals/proposalMachine';
import { StatusMessage } from '../../components/Alert';
import { useMe } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { MarkAnswersSeen } from '../proposals/MarkAnswersSeen';
import { OpenAnswer } from '../proposals/OpenAnswer';
import { ProposalStatusBadge } from '../proposals/proposalStatus';

export function OrganisationHome() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const me = useMe();
  const home = useQuery(trpc.home.organisation.queryOptions());
  const [seenMessage, setSeenMessage] = useState<string | null>(null);
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
        {me.data?.role === 'org_admin' ? (
          <Link href="/organisation-budget" className="button">
            {t('organisation.home.budget')}
          </Link>
        ) : null}
      </div>

      <AccompanimentAgenda />

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
            <h2 id="org-answers" tabIndex={-1}>
              {t('organisation.home.answers')} <span className="org-pill">{d.answers.length}</span>
            </h2>
            <p className="org-muted">
              {t('organisation.home.answersWindow', { count: RECENT_ANSWER_DAYS })}
            </p>
            <StatusMessage>{seenMessage}</StatusMessage>
            {d.answers.length === 0 ? (
              <p>{t('organisation.home.noAnswers')}</p>
            ) : (
              <>
                <MarkAnswersSeen
                  onDone={(m) => {
                    setSeenMessage(m);
                    document.getElementById('org-answers')?.focus();
                  }}
                />
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
              </>
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

/** Follow-ups due in the next 7 days or overdue, and 12-week checks due, each to its pairing. */
function AccompanimentAgenda() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const agenda = useQuery(trpc.pairings.agenda.queryOptions());
  const a = agenda.data;
  if (!a) return null;
  return (
    <div className="grid grid--wide">
      <section className="card" aria-labelledby="org-agenda-followups">
        <h2 id="org-agenda-followups">
          {t('organisation.home.followUps')}{' '}
          <span className="org-pill">{a.followUpsDue.length}</span>
        </h2>
        {a.followUpsDue.length === 0 ? (
          <p>{t('organisation.home.noFollowUps')}</p>
        ) : (
          <ul className="org-items">
            {a.followUpsDue.map((f) => (
              <li key={f.id} className="org-item">
                <p className="org-item__title">
                  <Link href={`/accompaniment/${f.id}`}>
                    {f.firstName} {f.lastName}
                  </Link>
                </p>
                <p className="org-item__meta">
                  {f.overdue ? (
                    <>
                      <span className="org-badge org-badge--late">
                        {t('organisation.home.overdue')}
                      </span>{' '}
                    </>
                  ) : null}
                  {t('organisation.home.followUpDue', { date: fmt.date(f.dueOn) })}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/accompaniment?status=active">{t('organisation.home.allPairings')}</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="org-agenda-retention">
        <h2 id="org-agenda-retention">
          {t('organisation.home.retention')}{' '}
          <span className="org-pill">{a.retentionDue.length}</span>
        </h2>
        {a.retentionDue.length === 0 ? (
          <p>{t('organisation.home.noRetention')}</p>
        ) : (
          <ul className="org-items">
            {a.retentionDue.map((r) => (
              <li key={r.id} className="org-item">
                <p className="org-item__title">
                  <Link href={`/accompaniment/${r.id}`}>
                    {r.firstName} {r.lastName}
                  </Link>
                </p>
                <p className="org-item__meta">
                  {r.retentionDueOn
                    ? t('organisation.home.retentionDue', { date: fmt.date(r.retentionDueOn) })
                    : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
