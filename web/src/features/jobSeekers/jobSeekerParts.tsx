// Small pieces of a job seeker shown on several screens: whether they can be proposed, and their
// availability in words.
import { useTranslation } from 'react-i18next';
import { useLocaleFormat } from '../../lib/useLocaleFormat';

/**
 * Whether the person may be proposed to employers (the server's `proposable`: consents to
 * participate and be proposed, and no active pairing).
 */
export function ConsentBadge({
  canBeProposed,
  inActivePairing = false,
}: {
  canBeProposed: boolean;
  inActivePairing?: boolean;
}) {
  const { t } = useTranslation();
  if (inActivePairing) {
    return <span className="org-badge">{t('organisation.consent.inActivePairing')}</span>;
  }
  return canBeProposed ? (
    <span className="org-badge org-badge--ok">{t('organisation.consent.proposable')}</span>
  ) : (
    <span className="org-badge org-badge--no">{t('organisation.consent.notProposable')}</span>
  );
}

/** « 35 h/semaine, dès le 3 mars 2026 ». */
export function Availability(props: { hoursPerWeek: number; availableFrom: string }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  return (
    <>
      {t('organisation.availability', {
        hours: props.hoursPerWeek,
        date: fmt.date(props.availableFrom),
      })}
    </>
  );
}
