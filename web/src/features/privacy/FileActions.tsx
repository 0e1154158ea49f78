// On a person's file: export everything held about them (JSON + CSV, logged), close the file,
// or anonymise it at the person's request — each destructive action confirmed first.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, StatusMessage } from '../../components/Alert';
import { describeError } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}

export function FileActions({ jobSeekerId, closed }: { jobSeekerId: number; closed: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState<'close' | 'anonymise' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const done = (text: string) => async () => {
    setConfirming(null);
    setMessage(text);
    await qc.invalidateQueries({ queryKey: trpc.jobSeekers.get.queryKey({ jobSeekerId }) });
  };
  const onError = (err: unknown) => setError(describeError(err, t).message);
  const exportData = useMutation(
    trpc.jobSeekers.exportData.mutationOptions({
      onSuccess: (out) => {
        download(
          `dossier-${jobSeekerId}.json`,
          'application/json',
          JSON.stringify(out.json, null, 2),
        );
        // One CSV with a section per table; the BOM makes Excel read UTF-8 accents.
        const csv = Object.entries(out.csv)
          .map(([table, body]) => `# ${table}\r\n${body}`)
          .join('\r\n\r\n');
        download(`dossier-${jobSeekerId}.csv`, 'text/csv;charset=utf-8', `\uFEFF${csv}`);
        setMessage(t('privacy.fileActions.exported'));
      },
      onError,
    }),
  );
  const close = useMutation(
    trpc.jobSeekers.close.mutationOptions({
      onSuccess: done(t('privacy.fileActions.closed')),
      onError,
    }),
  );
  const anonymise = useMutation(
    trpc.jobSeekers.anonymise.mutationOptions({
      onSuccess: done(t('privacy.fileActions.anonymised')),
      onError,
    }),
  );
  return (
    <section className="card" aria-labelledby={`file-actions-${jobSeekerId}`}>
      <h2 id={`file-actions-${jobSeekerId}`}>{t('privacy.fileActions.title')}</h2>
      <StatusMessage>{message}</StatusMessage>
      <ErrorAlert>{error}</ErrorAlert>
      <div className="stack">
        <button type="button" className="button" onClick={() => exportData.mutate({ jobSeekerId })}>
          {t('privacy.fileActions.export')}
        </button>
        {closed ? null : (
          <button type="button" className="button" onClick={() => setConfirming('close')}>
            {t('privacy.fileActions.close')}
          </button>
        )}
        <button type="button" className="button" onClick={() => setConfirming('anonymise')}>
          {t('privacy.fileActions.anonymise')}
        </button>
        {confirming ? (
          <fieldset className="fieldset">
            <legend>{t(`privacy.fileActions.${confirming}`)}</legend>
            <p>
              <strong>
                {confirming === 'close'
                  ? t('privacy.fileActions.closeConfirm')
                  : t('privacy.fileActions.anonymiseConfirm')}
              </strong>
            </p>
            <button
              type="button"
              className="button button--primary"
              onClick={() =>
                confirming === 'close'
                  ? close.mutate({ jobSeekerId })
                  : anonymise.mutate({ jobSeekerId })
              }
            >
              {t('privacy.fileActions.confirm')}
            </button>{' '}
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              {t('privacy.fileActions.cancel')}
            </button>
          </fieldset>
        ) : null}
      </div>
    </section>
  );
}
