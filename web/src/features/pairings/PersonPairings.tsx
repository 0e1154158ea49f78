// A person's whole path on their file: every pairing, newest first (the file's `pairings`, read
// by the server with the file).
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { RouterOutputs } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { PairingStatusBadge } from './PairingStatusBadge';

type PersonPairing = RouterOutputs['jobSeekers']['get']['pairings'][number];

export function PersonPairings(props: { pairings: readonly PersonPairing[] }) {
  const { t } = useTranslation();
  const fmt = useLocaleFormat();
  if (props.pairings.length === 0) return null;
  return (
    <section className="card" aria-labelledby="file-pairings">
      <h2 id="file-pairings">{t('organisation.file.pairings')}</h2>
      <ul className="org-items">
        {props.pairings.map((p) => (
          <li key={p.id} className="org-item">
            <h3 className="org-item__title">
              <Link href={`/accompaniment/${p.id}`}>{p.postingTitle}</Link>
            </h3>
            <p className="org-item__meta">
              {p.businessName} · <PairingStatusBadge status={p.status} side="organisation" />
            </p>
            <p className="org-item__meta">
              {t('organisation.file.pairingDates', {
                phase: p.phaseNumber,
                start: fmt.date(p.startDate),
                end: fmt.date(p.endDate ?? p.plannedEndDate),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
