// « Clés d'accès »: the account's passkeys (name, added, last used), each removable after a
// question, and a new one added with a name.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { InlineConfirm } from './InlineConfirm';
import { PasskeyAdd } from './PasskeyAdd';
import { type SecurityStatus, useRefreshSecurity } from './useSecurityStatus';

type Passkey = SecurityStatus['passkeys'][number];

export function PasskeysSection(props: { status: SecurityStatus; notify: (m: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const refresh = useRefreshSecurity();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Passkey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation(
    trpc.security.passkeyRemove.mutationOptions({
      onSuccess: async () => {
        props.notify(t('security.passkeys.removed', { label: removing?.label ?? '' }));
        setRemoving(null);
        await refresh();
      },
      onError: (err) => setError(describeError(err, t).message),
    }),
  );
  const keys = props.status.passkeys;

  return (
    <section className="card stack" aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">{t('security.passkeys.title')}</h2>
      <p>{t('security.passkeys.intro')}</p>
      {keys.length === 0 ? <p>{t('security.passkeys.none')}</p> : null}
      {keys.length > 0 ? (
        <ul className="passkey-list" aria-label={t('security.passkeys.listLabel')}>
          {keys.map((k) => (
            <li key={k.id} className="passkey-list__item">
              <div>
                <strong>{k.label}</strong>
                <br />
                <span className="security-note">
                  {t('security.passkeys.created', { date: fmt.instant(k.createdAt, 'date') })}
                  {' · '}
                  {k.lastUsedAt
                    ? t('security.passkeys.lastUsed', { date: fmt.instant(k.lastUsedAt) })
                    : t('security.passkeys.neverUsed')}
                </span>
              </div>
              {removing?.id === k.id ? (
                <InlineConfirm
                  question={t('security.passkeys.removeQuestion', { label: k.label })}
                  confirmLabel={t('security.passkeys.removeConfirm')}
                  cancelLabel={t('security.passkeys.cancel')}
                  pending={remove.isPending}
                  error={error}
                  onConfirm={() => remove.mutate({ id: k.id })}
                  onCancel={() => {
                    setError(null);
                    setRemoving(null);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    setError(null);
                    setRemoving(k);
                  }}
                >
                  {t('security.passkeys.remove')}
                  <span className="visually-hidden"> {k.label}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {adding ? (
        <PasskeyAdd
          onCancel={() => setAdding(false)}
          onDone={async (label) => {
            setAdding(false);
            props.notify(t('security.passkeys.added', { label }));
            await refresh();
          }}
        />
      ) : (
        <p className="coord-actions">
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('security.passkeys.add')}
          </button>
        </p>
      )}
    </section>
  );
}
