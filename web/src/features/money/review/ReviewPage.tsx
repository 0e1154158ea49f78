// « À traiter »: employers' wage-subsidy claims and the accompaniment tranches due to
// organisations, approved in one click or rejected with a coded reason and a comment, right in
// the list; then « À payer »: approved entries not paid yet, marked paid with a date and a
// reference.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/Alert';
import { LoadingStatus } from '../../../components/PageStates';
import { PageTitle } from '../../../components/PageTitle';
import { describeError } from '../../../lib/errors';
import { useTRPC } from '../../../lib/trpc';
import { useReviewQueue } from '../useReviewQueue';
import { Claims } from './ClaimsToReview';
import { MessageContext, type Notify } from './reviewParts';
import { ToPay } from './ToPay';
import { Tranches } from './TranchesToReview';

export function ReviewPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { queue, toPay } = useReviewQueue();
  const pairings = useQuery(trpc.pairings.list.queryOptions({ limit: 500 }));
  const [message, setMessage] = useState<{ text: string; section: string } | null>(null);
  const byId = new Map((pairings.data?.items ?? []).map((p) => [p.id, p]));
  // After an item leaves its list, keyboard focus goes back to that list's heading.
  useEffect(() => {
    if (message) document.getElementById(message.section)?.focus();
  }, [message]);
  // Links from the home page (#to-pay) land on their section once it is there.
  const loaded = queue.data !== undefined;
  useEffect(() => {
    if (loaded && window.location.hash) {
      document.getElementById(window.location.hash.slice(1))?.scrollIntoView();
    }
  }, [loaded]);
  const notify: Notify = (text, section) => setMessage({ text, section });
  return (
    <>
      <PageTitle>{t('coordinator.review.title')}</PageTitle>
      <p className="coord-intro">{t('coordinator.review.intro')}</p>
      <ErrorAlert>{queue.error ? describeError(queue.error, t).message : null}</ErrorAlert>
      {queue.data ? (
        <MessageContext.Provider value={message}>
          <Claims items={queue.data.claims} pairings={byId} notify={notify} />
          <Tranches items={queue.data.tranches} pairings={byId} notify={notify} />
          <ToPay
            items={toPay}
            reversedCount={queue.data.toPay.length - toPay.length}
            notify={notify}
          />
        </MessageContext.Provider>
      ) : queue.isPending ? (
        <LoadingStatus />
      ) : null}
    </>
  );
}
