// The home's glance at the money side: pairings in progress, claims waiting for the
// coordination's decision, what was paid and what is approved but not paid yet; then the current
// pairings, each with a link straight to its claim form.
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorAlert } from '../../components/Alert';
import { describeError } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { ClaimStatusBadge } from './Badges';
import { formatPeriod } from './money';
import { PairingDates, pairingName } from './PairingsPage';

/** How many current pairings the home lists. */
const SHOWN = 5;
/** Claims are read per pairing (batched): beyond this many, the waiting count is not shown. */
const READ_AT_MOST = 50;

export function PairingsGlance() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const pairings = useQuery(trpc.pairings.list.queryOptions({ limit: 500 }));
  const ledger = useQuery(trpc.money.ledger.queryOptions({}));
  const all = pairings.data?.items ?? [];
  const active = all.filter((p) => p.status === 'active');
  const shown = active.slice(0, SHOWN);
  // The claims of the current pairings: the last claim of each and what waits for a decision.
  const countable = active.length <= READ_AT_MOST;
  const details = useQueries({
    queries: (countable ? active : shown).map((p) =>
      trpc.pairings.get.queryOptions({ pairingId: p.id }),
    ),
  });
  const entries = ledger.data?.items ?? [];
  const paid = entries.filter((e) => e.paidOn !== null).reduce((s, e) => s + e.amountCents, 0);
  const toCome = entries
    .filter((e) => e.paidOn === null && e.kind !== 'reversal')
    .reduce((s, e) => s + e.amountCents, 0);
  const waiting = details.reduce(
    (n, d) => n + (d.data?.claims.filter((c) => c.status === 'submitted').length ?? 0),
    0,
  );
  const error = pairings.error ?? ledger.error;
  if (pairings.isPending) return null;
  return (
    <section aria-labelledby="pairings-glance" className="emp-current emp-glance">
      <h2 id="pairings-glance">{t('employer.glance.title')}</h2>
      <ErrorAlert>{error ? describeError(error, t).message : null}</ErrorAlert>
      {all.length === 0 ? (
        <div className="card emp-empty">
          <p>{t('employer.glance.empty')}</p>
        </div>
      ) : (
        <div className="card stack">
          <dl className="emp-stats">
            <div className={active.length > 0 ? 'emp-stat emp-stat--hot' : 'emp-stat'}>
              <dt>{t('employer.glance.active')}</dt>
              <dd>{fmt.number(active.length)}</dd>
            </div>
            {countable ? (
              <div className="emp-stat">
                <dt>{t('employer.glance.waiting')}</dt>
                <dd>{fmt.number(waiting)}</dd>
              </div>
            ) : null}
            <div className="emp-stat emp-stat--money">
              <dt>{t('employer.glance.paid')}</dt>
              <dd>{fmt.money(paid)}</dd>
            </div>
            <div className="emp-stat emp-stat--money">
              <dt>{t('employer.glance.toCome')}</dt>
              <dd>{fmt.money(toCome)}</dd>
            </div>
          </dl>
          {shown.length > 0 ? (
            <ul className="emp-glance__list">
              {shown.map((p, i) => {
                const claims = details[i]?.data?.claims ?? [];
                const last = [...claims].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd))[0];
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
                        ) : details[i]?.data ? (
                          t('employer.glance.noClaim')
                        ) : null}
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
            <Link href="/pairings">{t('employer.glance.all', { count: all.length })}</Link>
          </p>
        </div>
      )}
    </section>
  );
}
