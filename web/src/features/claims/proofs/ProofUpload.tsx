// Proofs of pay on a claim: each chosen file is sent at once (multipart, /files/proofs), its type
// recognised by the server from its content; the claim is then submitted with the ids of the
// files sent. Limits are said before sending, refusals in words under the field.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isErrorCode } from '../../../../../shared/errors';
import { MAX_PROOF_BYTES, MAX_PROOFS_PER_CLAIM } from '../../../../../shared/money/proofs';

export interface UploadedProof {
  id: number;
  fileName: string;
  byteSize: number;
}

interface UploadError {
  error?: { code: string; params: Record<string, string | number> };
}

export function ProofUpload({
  proofs,
  onChange,
}: {
  proofs: UploadedProof[];
  onChange: (proofs: UploadedProof[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function send(files: FileList | null) {
    setError(null);
    let list = proofs;
    for (const file of Array.from(files ?? [])) {
      if (list.length >= MAX_PROOFS_PER_CLAIM) {
        setError(t('errors.proof.tooMany', { max: MAX_PROOFS_PER_CLAIM }));
        break;
      }
      if (file.size > MAX_PROOF_BYTES) {
        setError(t('errors.proof.tooLarge', { maxMb: MAX_PROOF_BYTES / 1_048_576 }));
        continue;
      }
      setBusy(file.name);
      const body = new FormData();
      body.append('file', file);
      try {
        const res = await fetch('/files/proofs', {
          method: 'POST',
          body,
          credentials: 'same-origin',
        });
        const data = (await res.json()) as UploadedProof & UploadError;
        if (!res.ok || data.error) {
          const code = data.error?.code;
          setError(
            isErrorCode(code) ? t(`errors.${code}`, data.error?.params) : t('errors.generic'),
          );
          continue;
        }
        list = [...list, { id: data.id, fileName: data.fileName, byteSize: data.byteSize }];
        onChange(list);
      } catch {
        setError(t('errors.network'));
      } finally {
        setBusy(null);
      }
    }
  }

  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{t('paperwork.proofs.label')}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t('paperwork.proofs.hint')}
      </p>
      <input
        id={id}
        type="file"
        multiple
        accept="application/pdf,image/png,image/jpeg"
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        disabled={busy !== null || proofs.length >= MAX_PROOFS_PER_CLAIM}
        onChange={(e) => {
          void send(e.target.files);
          e.target.value = '';
        }}
      />
      <p role="status" className="field__hint">
        {busy ? t('paperwork.proofs.uploading', { name: busy }) : ''}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      {proofs.length > 0 ? (
        <ul aria-label={t('paperwork.proofs.attached')}>
          {proofs.map((p) => (
            <li key={p.id}>
              {t('paperwork.proofs.download', {
                name: p.fileName,
                size: Math.ceil(p.byteSize / 1024),
              })}{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(proofs.filter((x) => x.id !== p.id))}
              >
                {t('paperwork.proofs.remove', { name: p.fileName })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
