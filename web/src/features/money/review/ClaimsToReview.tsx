// The employers' claims waiting for a decision, each with its facts and what is unusual about it.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { nextPage } from '../../../lib/listPages';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import { ProofLinks } from '../../claims/proofs/ProofLinks';
import type { ClaimToReview } from '../useReviewQueue';
import { ReviewActions } from './ReviewActions';
import { type Notify, PairingLine, queueList, ReviewSection } from './reviewParts';

export function Claims(props: { notify: Notify }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const query = useInfiniteQuery(trpc.money.claimsToReview.infiniteQueryOptions({}, nextPage));
  const list = queueList(query.data?.pages);
  return (
    <ReviewSection
      headingId="review-claims"
      anchor="claims"
      title={t('coordinator.review.claimsTitle')}
      count={list.count}
      totalCents={list.totalCents}
      emptyText={t('coordinator.review.claimsEmpty')}
      pending={query.isPending}
      error={query.error}
      more={query}
    >
      <ul className="coord-items">
        {list.items.map((c: ClaimToReview) => {
          const amount = fmt.money(c.amountCents);
          const period = fmt.period(c.periodStart, c.periodEnd);
          const periodInline = fmt.periodInline(c.periodStart, c.periodEnd);
          return (
            <li key={c.id} className="card coord-item">
              <h3 className="coord-item__title">
                {t('coordinator.review.claimHeading', { payee: c.businessName, amount })}
              </h3>
              <PairingLine item={c} />
              <dl className="coord-item__facts">
                <div className="coord-item__wide">
                  <dt>{t('coordinator.review.period')}</dt>
                  <dd>{period}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.hours')}</dt>
                  <dd>
                    {t('coordinator.review.hoursValue', {
                      hours: fmt.number(c.hoursWorkedHundredths / 100),
                    })}
                  </dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.gross')}</dt>
                  <dd>{fmt.money(c.grossWagesCents)}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.agreedWage')}</dt>
                  <dd>
                    {t('coordinator.common.perHour', { amount: fmt.money(c.hourlyWageCents) })}
                  </dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.computed')}</dt>
                  <dd className="coord-strong">{amount}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.submittedAt')}</dt>
                  <dd>{fmt.instant(c.submittedAt, 'shortDate')}</dd>
                </div>
                <div className="coord-item__wide">
                  <dt>{t('paperwork.proofs.column')}</dt>
                  <dd>
                    <ProofLinks proofs={c.proofs} />
                  </dd>
                </div>
              </dl>
              <UnusualNotes items={c.unusual} />
              <ReviewActions
                kind="claim"
                id={c.id}
                payee={c.businessName}
                amount={amount}
                context={t('coordinator.review.claimContext', {
                  payee: c.businessName,
                  period: periodInline,
                  amount,
                })}
                notify={props.notify}
                section="review-claims"
              />
            </li>
          );
        })}
      </ul>
    </ReviewSection>
  );
}

/** What is unusual about a claim, said before the buttons (the server finds it). */
function UnusualNotes({ items }: { items: ClaimToReview['unusual'] }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (items.length === 0) return null;
  return (
    <div className="coord-unusual">
      <p className="coord-unusual__title">{t('coordinator.review.unusualTitle')}</p>
      <ul>
        {items.map((u) => (
          <li key={u.kind}>
            {u.kind === 'periodJustEnded'
              ? t('coordinator.review.unusual.periodJustEnded')
              : u.kind === 'hoursAboveHire'
                ? t('coordinator.review.unusual.hoursAboveHire', {
                    hours: fmt.number(u.hours),
                    hireHours: fmt.number(u.hireHours),
                  })
                : t('coordinator.review.unusual.amountCapped', {
                    amount: fmt.money(u.amountCents),
                    uncapped: fmt.money(u.uncappedCents),
                  })}
          </li>
        ))}
      </ul>
    </div>
  );
}
