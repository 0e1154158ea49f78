// Recovery codes, shown once right after they are made: a list to copy, download or write
// down, and a button saying they are kept (which closes the list for good).
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/Alert';

export function RecoveryCodes(props: { codes: string[]; onDone: () => void; doneLabel?: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const box = useRef<HTMLElement>(null);
  // The codes are what matters now: the keyboard and screen reader start there.
  useEffect(() => box.current?.focus(), []);
  const text = `${props.codes.join('\n')}\n`;
  const download = `data:text/plain;charset=utf-8,${encodeURIComponent(text)}`;

  return (
    <section
      ref={box}
      tabIndex={-1}
      className="card stack recovery-codes"
      aria-labelledby="recovery-codes-title"
    >
      <h3 id="recovery-codes-title">{t('security.recovery.listLabel')}</h3>
      <p>{t('security.recovery.shownOnce')}</p>
      <ol className="recovery-codes__list" aria-label={t('security.recovery.listLabel')}>
        {props.codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <div className="coord-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(text).then(() => setCopied(true));
          }}
        >
          {t('security.recovery.copy')}
        </button>
        <a className="button" href={download} download={t('security.recovery.fileName')}>
          {t('security.recovery.download')}
        </a>
        <button type="button" className="button button--primary" onClick={props.onDone}>
          {props.doneLabel ?? t('security.recovery.saved')}
        </button>
      </div>
      <StatusMessage>{copied ? t('security.recovery.copied') : null}</StatusMessage>
    </section>
  );
}
