// Status labels of postings, proposals, pairings and claims: text first (colour only repeats it).
import { useTranslation } from 'react-i18next';
import type { ClaimStatus, PairingStatus } from '../../../../shared/money/machines';
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

export function PairingStatusBadge({ status }: { status: PairingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`emp-badge emp-badge--j-${status}`}>
      {t(`employer.pairingStatus.${status}`)}
    </span>
  );
}

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`emp-badge emp-badge--c-${status}`}>
      {t(`employer.claimStatus.${status}`)}
    </span>
  );
}
