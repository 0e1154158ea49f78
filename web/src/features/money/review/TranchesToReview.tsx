// The accompaniment tranches due to organisations, waiting for a decision.
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../../lib/useLocaleFormat';
import type { ReviewQueue } from '../useReviewQueue';
import { ReviewActions } from './ReviewActions';
import { type Notify, PairingLine, type PairingSummary, ReviewSection } from './reviewParts';

export function Tranches(props: {
  items: ReviewQueue['tranches'];
  pairings: Map<number, PairingSummary>;
  notify: Notify;
}) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <ReviewSection
      headingId="review-tranches"
      anchor="tranches"
      title={t('coordinator.review.tranchesTitle')}
      items={props.items}
      emptyText={t('coordinator.review.tranchesEmpty')}
    >
      <ul className="coord-items">
        {props.items.map((tr) => {
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
              <PairingLine pairingId={tr.pairingId} summary={props.pairings.get(tr.pairingId)} />
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
