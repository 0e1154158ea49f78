// A claim's proofs of pay as download links (each download is in the person's access log).
import { useTranslation } from 'react-i18next';

export interface ProofLink {
  id: number;
  fileName: string;
  byteSize: number;
}

export function ProofLinks({ proofs }: { proofs: readonly ProofLink[] }) {
  const { t } = useTranslation();
  if (proofs.length === 0)
    return <span className="emp-cell-note">{t('paperwork.proofs.none')}</span>;
  return (
    <ul className="proof-links" aria-label={t('paperwork.proofs.attached')}>
      {proofs.map((p) => (
        <li key={p.id}>
          <a href={`/files/proofs/${p.id}`} download>
            {t('paperwork.proofs.download', {
              name: p.fileName,
              size: Math.ceil(p.byteSize / 1024),
            })}
          </a>
        </li>
      ))}
    </ul>
  );
}
