// The employer's home: the candidates waiting for an answer, the pairings and their wage
// subsidy (claims, payments), and the needs in progress, with the one button they come for most
// ("Publier un besoin").
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorAlert } from '../../components/Alert';
import { PageTitle } from '../../components/PageTitle';
import { describeError } from '../../lib/errors';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { PairingsGlance } from '../pairings/employer/PairingsGlance';
import { PostingStatusBadge } from '../postings/PostingStatusBadge';

export function EmployerHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const home = useQuery(trpc.home.employer.queryOptions());
  // Filled needs have nothing left to do; they stay in "My postings". Needs with candidates
  // waiting come first, newest first otherwise (the API's order).
  const current = (home.data?.postings ?? [])
    .filter((p) => p.status === 'draft' || p.status === 'open')
    .sort((a, b) => Number(b.toReview > 0) - Number(a.toReview > 0));
  const toReview = home.data?.toReview ?? 0;
  return (
    <>
      <PageTitle>{me.business?.legalName ?? t('employer.home.fallbackTitle')}</PageTitle>
      <div className="emp-home-top">
        <Link href="/postings/new" className="button button--primary">
          {t('employer.home.newPosting')}
        </Link>
        <Link href="/postings" className="button">
          {t('employer.home.allPostings')}
        </Link>
      </div>
      <ErrorAlert>{home.error ? describeError(home.error, t).message : null}</ErrorAlert>
      {home.isPending ? (
        <p role="status">{t('app.loading')}</p>
      ) : home.data ? (
        <>
          <section className="card emp-review" aria-labelledby="to-review">
            <h2 id="to-review">{t('employer.home.toReviewTitle')}</h2>
            <p className="emp-review__count">
              <span className="emp-review__number">{fmt.number(toReview)}</span>{' '}
              {t('employer.home.toReview', { count: toReview })}
            </p>
            <p className="emp-note">
              {toReview > 0 ? t('employer.home.toReviewHint') : t('employer.home.nothingToReview')}
            </p>
          </section>

          <PairingsGlance />

          <section aria-labelledby="current-postings" className="emp-current">
            <h2 id="current-postings">{t('employer.home.currentTitle')}</h2>
            {current.length === 0 ? (
              <div className="card emp-empty">
                <p>{t('employer.home.empty')}</p>
              </div>
            ) : (
              <ul className="emp-postings">
                {current.map((p) => (
                  <li key={p.id} className="card emp-posting">
                    <h3 className="emp-posting__title">
                      <Link href={`/postings/${p.id}`}>{p.title}</Link>
                    </h3>
                    <p className="emp-posting__meta">
                      <PostingStatusBadge status={p.status} />{' '}
                      {t('employer.home.startsOn', {
                        date: fmt.date(p.startDate),
                        count: p.positions,
                      })}
                    </p>
                    {p.status === 'draft' ? (
                      <p className="emp-note">{t('employer.home.draftHint')}</p>
                    ) : (
                      <dl className="emp-stats">
                        <div className={p.newProposals > 0 ? 'emp-stat emp-stat--hot' : 'emp-stat'}>
                          <dt>{t('employer.home.stats.new')}</dt>
                          <dd>{fmt.number(p.newProposals)}</dd>
                        </div>
                        <div className="emp-stat">
                          <dt>{t('employer.home.stats.toReview')}</dt>
                          <dd>{fmt.number(p.toReview)}</dd>
                        </div>
                        <div className="emp-stat">
                          <dt>{t('employer.home.stats.interviews')}</dt>
                          <dd>{fmt.number(p.interviews)}</dd>
                        </div>
                        <div className="emp-stat">
                          <dt>{t('employer.home.stats.hired')}</dt>
                          <dd>
                            {t('employer.home.stats.hiredOf', {
                              hired: fmt.number(p.hired),
                              positions: fmt.number(p.positions),
                            })}
                          </dd>
                        </div>
                      </dl>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </>
  );
}
