// A posting's status in words (colour only repeats the text).
import { useTranslation } from 'react-i18next';
import type { PostingStatus } from '../../../../shared/postings/postingMachine';

export function PostingStatusBadge({ status }: { status: PostingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`emp-badge emp-badge--${status}`}>
      {t(`employer.postingStatus.${status}`)}
    </span>
  );
}
