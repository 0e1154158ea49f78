// A single-use link (invitation, password reset) shown to the person who made it when this
// installation sends no email: shown once, never stored in the browser, for them to pass on.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function OneTimeLink(props: { link: string; intro: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert alert--success stack" role="status">
      <p>{props.intro}</p>
      <label htmlFor={id} className="visually-hidden">
        {t('oneTimeLink.label')}
      </label>
      <input
        id={id}
        className="input"
        readOnly
        value={props.link}
        onFocus={(e) => e.currentTarget.select()}
        data-testid="one-time-link"
      />
      <p>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            void navigator.clipboard
              ?.writeText(props.link)
              .then(() => setCopied(true))
              .catch(() => setCopied(false));
          }}
        >
          {copied ? t('oneTimeLink.copied') : t('oneTimeLink.copy')}
        </button>
      </p>
      <p className="field__hint">{t('oneTimeLink.once')}</p>
    </div>
  );
}
