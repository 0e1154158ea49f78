// « À traiter »: employers' wage-subsidy claims and the accompaniment tranches due to
// organisations, approved after a confirmation or rejected with a coded reason and a comment,
// right in the list; then « À payer »: approved entries not paid yet, marked paid with a date and
// a reference, one by one or as a batch (one server transaction). Each list comes in pages from
// the server, with its count and total computed there, and carries what it shows about each
// item's pairing: nothing is joined in the browser, so the page is right at any size.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle';
import { useReviewQueue } from '../useReviewQueue';
import { Claims } from './ClaimsToReview';
import { MessageContext, type Notify } from './reviewParts';
import { ToPay } from './ToPay';
import { Tranches } from './TranchesToReview';

export function ReviewPage() {
  const { t } = useTranslation();
  const queue = useReviewQueue();
  const [message, setMessage] = useState<{ text: string; section: string } | null>(null);
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
      <MessageContext.Provider value={message}>
        <Claims notify={notify} />
        <Tranches notify={notify} />
        <ToPay notify={notify} />
      </MessageContext.Provider>
    </>
  );
}
