// A pairing's status in words, as each side says it (« Actif » for the coordination, « En cours »
// for the employer and the organisation); colour only repeats the text.
import { useTranslation } from 'react-i18next';
import type { PairingStatus } from '../../../../shared/money/machines';
import { StatusBadge } from '../../components/StatusBadge';

const coordinatorTone: Record<PairingStatus, string> = {
  active: 'open',
  completed: 'done',
  ended_early: 'closed',
};

export function PairingStatusBadge(props: {
  status: PairingStatus;
  side: 'employer' | 'organisation' | 'coordinator';
}) {
  const { t } = useTranslation();
  const { status } = props;
  switch (props.side) {
    case 'employer':
      return (
        <span className={`emp-badge emp-badge--j-${status}`}>
          {t(`employer.pairingStatus.${status}`)}
        </span>
      );
    case 'organisation':
      return (
        <span className={`org-badge org-status org-pairing--${status}`}>
          {t(`organisation.pairingStatus.${status}`)}
        </span>
      );
    case 'coordinator':
      return (
        <StatusBadge tone={coordinatorTone[status]}>
          {t(`coordinator.pairingStatus.${status}`)}
        </StatusBadge>
      );
  }
}
