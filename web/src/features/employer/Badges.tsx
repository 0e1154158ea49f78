// Status labels of postings and proposals: text first (colour only repeats it).
import { useTranslation } from 'react-i18next';
import type { PostingStatus } from '../../../../shared/postings/postingMachine';
import type { ProposalStatus } from '../../../../shared/proposals/proposalMachine';

export function PostingStatusBadge({ status }: { status: PostingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`emp-badge emp-badge--${status}`}>
      {t(`employer.postingStatus.${status}`)}
    </span>
  );
}

export function ProposalStatusBadge({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`emp-badge emp-badge--p-${status}`}>
      {t(`employer.proposalStatus.${status}`)}
    </span>
  );
}
