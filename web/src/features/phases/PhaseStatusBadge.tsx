// A phase's status in words (draft, open, closed).
import { useTranslation } from 'react-i18next';
import type { RouterOutputs } from '../../lib/trpc';

export type PhaseStatus = RouterOutputs['phases']['get']['status'];

export function PhaseStatusBadge({ status }: { status: PhaseStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`coord-badge coord-badge--${status}`}>
      {t(`coordinator.phaseStatus.${status}`)}
    </span>
  );
}
