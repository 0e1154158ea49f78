// The home's glance at the money side: pairings in progress, claims waiting for the
// coordination's decision, what was paid and what is approved but not paid yet, the latest
// payments; then the newest pairings in progress with their last claim, each with a link
// straight to its claim form. All of it from home.employer, counted and limited by the server.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorAlert } from '../../../components/Alert';
import { TableFrame } from '../../../components/TableFrame';
import { describeError } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { ClaimStatusBadge } from '../../claims/ClaimStatusBadge';
import { formatPeriod } from '../../money/moneyText';
import { PairingDates, pairingName } from './EmployerPairings';

export function PairingsGlance() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  // The same query as the home's: shared from the cache.
  const home = useQuery(trpc.home.employer.queryOptions());
  const money = home.data?.money;
  const error = home.error;
  if (home.isPending) return null;
  const total = money?.pairings.total ?? 0;
  const activeCount = money?.pairings.active ?? 0;
  const shown = money?.current ?? [];
  return (
    <section aria-labelledby="pairings-glance" className="emp-current emp-glance">
      <h2 id="pairings-glance">{t('employer.glance.title')}</h2>
      <ErrorAlert>{error ? describeError(error, t).message : null}</ErrorAlert>
      {total === 0 ? (
        <div className="card emp-empty">
          <p>{t('employer.glance.empty')}</p>
        </div>
      ) : (
        <div className="card stack">
          <dl className="emp-stats">
            <div className={activeCount > 0 ? 'emp-stat emp-stat--hot' : 'emp-stat'}>
              <dt>{t('employer.glance.active')}</dt>
              <dd>{fmt.number(activeCount)}</dd>
            </div>
            {money ? (
              <>
                <div className="emp-stat">
                  <dt>{t('employer.glance.waiting')}</dt>
                  <dd>{fmt.number(money.claims.submitted)}</dd>
                </div>
                <div className="emp-stat emp-stat--money">
                  <dt>{t('employer.glance.paid')}</dt>
                  <dd>{fmt.money(money.paidCents)}</dd>
                </div>
                <div className="emp-stat emp-stat--money">
                  <dt>{t('employer.glance.toCome')}</dt>
                  <dd>{fmt.money(money.toComeCents)}</dd>
                </div>
              </>
            ) : null}
          </dl>
          {money ? (
            <p className="emp-note">
              {t('dashboard.employer.summary', {
                completed: money.pairings.completed,
                endedEarly: money.pairings.endedEarly,
                approved: money.claims.approved,
                rejected: money.claims.rejected,
              })}
            </p>
          ) : null}
          {money && money.recentPayments.length > 0 ? (
            <TableFrame>
              <table className="emp-table">
                <caption className="emp-caption">{t('dashboard.employer.recentPayments')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.employer.paidOn')}</th>
                    <th scope="col">{t('dashboard.employer.reference')}</th>
                    <th scope="col" className="emp-num">
                      {t('dashboard.employer.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {money.recentPayments.map((p) => (
                    <tr key={p.ledgerEntryId}>
                      <th scope="row" className="emp-row-head">
                        {fmt.date(p.paidOn)}
                      </th>
                      <td>{p.reference}</td>
                      <td className="emp-num">{fmt.money(p.amountCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          ) : null}
          {shown.length > 0 ? (
            <ul className="emp-glance__list">
              {shown.map((p) => {
                const last = p.lastClaim;
                const name = pairingName(p);
                return (
                  <li key={p.id} className="emp-glance__item">
                    <div className="emp-glance__text">
                      <p className="emp-glance__name">
                        <Link href={`/pairings/${p.id}`}>
                          {t('employer.pairings.itemTitle', { name, title: p.postingTitle })}
                        </Link>
                      </p>
                      <p className="emp-note">
                        <PairingDates p={p} />
                      </p>
                      <p className="emp-note">
                        {last ? (
                          <>
                            {t('employer.glance.lastClaim', {
                              period: formatPeriod(last.periodStart, last.periodEnd, fmt.locale),
                            })}{' '}
                            <ClaimStatusBadge status={last.status} />
                          </>
                        ) : (
                          t('employer.glance.noClaim')
                        )}
                      </p>
                    </div>
                    <p>
                      <Link href={`/pairings/${p.id}#claim`} className="button button--small">
                        {t('employer.glance.claim')}
                        <span className="visually-hidden"> — {name}</span>
                      </Link>
                    </p>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <p className="emp-glance__more">
            <Link href="/pairings">{t('employer.glance.all', { count: total })}</Link>
          </p>
        </div>
      )}
    </section>
  );
}
