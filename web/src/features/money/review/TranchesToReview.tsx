// The accompaniment tranches due to organisations, waiting for a decision.
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { nextPage } from '../../../lib/listPages';
import { useTRPC } from '../../../lib/trpc';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import type { TrancheToReview } from '../useReviewQueue';
import { ReviewActions } from './ReviewActions';
import { type Notify, PairingLine, queueList, ReviewSection } from './reviewParts';

export function Tranches(props: { notify: Notify }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const query = useInfiniteQuery(trpc.money.tranchesToReview.infiniteQueryOptions({}, nextPage));
  const list = queueList(query.data?.pages);
  return (
    <ReviewSection
      headingId="review-tranches"
      anchor="tranches"
      title={t('coordinator.review.tranchesTitle')}
      count={list.count}
      totalCents={list.totalCents}
      emptyText={t('coordinator.review.tranchesEmpty')}
      pending={query.isPending}
      error={query.error}
      more={query}
    >
      <ul className="coord-items">
        {list.items.map((tr: TrancheToReview) => {
          const amount = fmt.money(tr.amountCents);
          const milestone = t(`coordinator.milestone.${tr.milestone}`);
          return (
            <li key={tr.id} className="card coord-item">
              <h3 className="coord-item__title">
                {t('coordinator.review.trancheHeading', {
                  payee: tr.organisationName,
                  amount,
                })}
              </h3>
              <PairingLine item={tr} />
              <dl className="coord-item__facts">
                <div>
                  <dt>{t('coordinator.review.milestone')}</dt>
                  <dd>{t(`coordinator.milestoneName.${tr.milestone}`)}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.dueOn')}</dt>
                  <dd>{fmt.shortDate(tr.dueOn)}</dd>
                </div>
                <div>
                  <dt>{t('coordinator.review.computed')}</dt>
                  <dd className="coord-strong">{amount}</dd>
                </div>
              </dl>
              <ReviewActions
                kind="tranche"
                id={tr.id}
                payee={tr.organisationName}
                amount={amount}
                context={t('coordinator.review.trancheContext', {
                  payee: tr.organisationName,
                  milestone,
                  amount,
                })}
                notify={props.notify}
                section="review-tranches"
              />
            </li>
          );
        })}
      </ul>
    </ReviewSection>
  );
}
