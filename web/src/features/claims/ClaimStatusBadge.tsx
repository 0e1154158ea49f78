// A claim's status as the employer reads it (colour only repeats the text).
import { useTranslation } from 'react-i18next';
import type { ClaimStatus } from '../../../../shared/money/machines';

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`emp-badge emp-badge--c-${status}`}>
      {t(`employer.claimStatus.${status}`)}
    </span>
  );
}
