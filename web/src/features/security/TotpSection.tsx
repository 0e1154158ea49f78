// « Application d'authentification »: on since when, set up, or removed (after a question).
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { useLocaleFormat } from '../../lib/useLocaleFormat';
import { InlineConfirm } from './InlineConfirm';
import { TotpSetup } from './TotpSetup';
import { type SecurityStatus, useRefreshSecurity } from './useSecurityStatus';

export function TotpSection(props: { status: SecurityStatus; notify: (m: string) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const fmt = useLocaleFormat();
  const refresh = useRefreshSecurity();
  const [step, setStep] = useState<'view' | 'setup' | 'remove'>('view');
  const [error, setError] = useState<string | null>(null);
  const disable = useMutation(
    trpc.security.totpDisable.mutationOptions({
      onSuccess: async () => {
        setStep('view');
        props.notify(t('security.totp.removed'));
        await refresh();
      },
      onError: (err) => setError(describeError(err, t).message),
    }),
  );
  const totp = props.status.totp;

  return (
    <section className="card stack" aria-labelledby="totp-title">
      <h2 id="totp-title">{t('security.totp.title')}</h2>
      <p>{t('security.totp.intro')}</p>
      <p>
        {totp?.since
          ? t('security.totp.since', { date: fmt.instant(totp.since, 'date') })
          : t('security.totp.none')}
      </p>
      {step === 'setup' ? (
        <TotpSetup
          onCancel={() => setStep('view')}
          onDone={async () => {
            setStep('view');
            props.notify(t('security.totp.enabled'));
            await refresh();
          }}
        />
      ) : null}
      {step === 'remove' ? (
        <InlineConfirm
          question={t('security.totp.removeQuestion')}
          confirmLabel={t('security.totp.removeConfirm')}
          cancelLabel={t('security.totp.cancel')}
          pending={disable.isPending}
          error={error}
          onConfirm={() => disable.mutate()}
          onCancel={() => {
            setError(null);
            setStep('view');
          }}
        />
      ) : null}
      {step === 'view' ? (
        <p className="coord-actions">
          {totp ? (
            <button type="button" className="button" onClick={() => setStep('remove')}>
              {t('security.totp.remove')}
            </button>
          ) : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => setStep('setup')}
            >
              {t('security.totp.start')}
            </button>
          )}
        </p>
      ) : null}
    </section>
  );
}
