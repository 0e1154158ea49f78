// The coordination's home panel: what waits (claims to review, tranches due, payments to
// record, with their totals) and the open phase's budget at a glance, each linking to its page.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { phaseTitle } from '../../lib/phases';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { FundFiguresView } from './FundFigures';
import { useReviewQueue } from './useReviewQueue';

export function CoordinatorWork() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const queue = useReviewQueue();
  const current = useQuery(trpc.phases.current.queryOptions());
  const currentId = current.data?.id ?? null;
  const phase = useQuery({
    ...trpc.phases.get.queryOptions({ phaseId: currentId ?? 0 }),
    enabled: currentId !== null,
  });
  const q = queue.data;
  const counts = q
    ? [
        { key: 'claims' as const, href: '/money/review#claims', ...q.claims },
        { key: 'tranches' as const, href: '/money/review#tranches', ...q.tranches },
        { key: 'toPay' as const, href: '/money/review#to-pay', ...q.toPay },
      ]
    : [];
  return (
    <div className="stack-lg coord-home">
      <section aria-labelledby="coord-work">
        <h2 id="coord-work">{t('coordinator.home.workTitle')}</h2>
        {q ? (
          <ul className="coord-counts" aria-label={t('coordinator.home.workLabel')}>
            {counts.map((c) => (
              <li key={c.key}>
                <Link
                  href={c.href}
                  className={`coord-count${c.count > 0 ? ' coord-count--waiting' : ''}`}
                >
                  <span className="coord-count__value">{fmt.number(c.count)}</span>
                  <span>{t(`coordinator.home.${c.key}`, { count: c.count })}</span>
                  {c.count > 0 ? (
                    <span className="coord-muted">
                      {t('coordinator.home.amount', { amount: fmt.money(c.totalCents) })}
                    </span>
                  ) : null}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">{t('app.loading')}</p>
        )}
      </section>

      <section aria-labelledby="coord-current">
        {current.data && phase.data?.budget ? (
          <>
            <h2 id="coord-current">
              {t('coordinator.home.currentTitle', { phase: phaseTitle(t, current.data) })}
            </h2>
            <div className="grid grid--wide">
              <FundFiguresView
                id="home-fund-wage"
                headingLevel={3}
                title={t('coordinator.budget.wage')}
                figures={phase.data.budget.wage}
              />
              <FundFiguresView
                id="home-fund-accompaniment"
                headingLevel={3}
                title={t('coordinator.budget.accompaniment')}
                figures={phase.data.budget.accompaniment}
              />
            </div>
            <p className="coord-actions">
              <Link href={`/phases/${current.data.id}`} className="button">
                {t('coordinator.home.seePhase')}
              </Link>
              <Link href="/phases">{t('coordinator.home.seePhases')}</Link>
            </p>
          </>
        ) : current.isSuccess && current.data === null ? (
          <>
            <h2 id="coord-current">{t('coordinator.nav.phases')}</h2>
            <p>{t('coordinator.home.noCurrent')}</p>
            <p>
              <Link href="/phases" className="button">
                {t('coordinator.home.seePhases')}
              </Link>
            </p>
          </>
        ) : (
          <h2 id="coord-current" className="visually-hidden">
            {t('coordinator.nav.phases')}
          </h2>
        )}
      </section>
    </div>
  );
}
