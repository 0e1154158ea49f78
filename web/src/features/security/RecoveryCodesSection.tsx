// « Codes de récupération »: how many are left, and ten new ones on request (the old ones then
// stop working), shown once.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../lib/errors';
import { useTRPC } from '../../lib/trpc';
import { InlineConfirm } from './InlineConfirm';
import { RecoveryCodes } from './RecoveryCodes';
import { type SecurityStatus, useRefreshSecurity } from './useSecurityStatus';

export function RecoveryCodesSection(props: { status: SecurityStatus }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefreshSecurity();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const regenerate = useMutation(
    trpc.security.regenerateRecoveryCodes.mutationOptions({
      onSuccess: () => setAsking(false),
      onError: (err) => setError(describeError(err, t).message),
    }),
  );
  const codes = regenerate.data?.recoveryCodes;

  return (
    <section className="card stack" aria-labelledby="recovery-title">
      <h2 id="recovery-title">{t('security.recovery.title')}</h2>
      <p>{t('security.recovery.intro')}</p>
      {codes ? (
        <RecoveryCodes
          codes={codes}
          onDone={async () => {
            regenerate.reset();
            await refresh();
          }}
        />
      ) : (
        <>
          <p>
            {props.status.enabled
              ? t('security.recovery.left', { count: props.status.recoveryCodesLeft })
              : t('security.recovery.noneYet')}
          </p>
          {asking ? (
            <InlineConfirm
              question={t('security.recovery.regenerateQuestion')}
              confirmLabel={t('security.recovery.regenerateConfirm')}
              cancelLabel={t('security.recovery.cancel')}
              pending={regenerate.isPending}
              error={error}
              onConfirm={() => regenerate.mutate()}
              onCancel={() => {
                setError(null);
                setAsking(false);
              }}
            />
          ) : props.status.enabled ? (
            <p className="coord-actions">
              <button type="button" className="button" onClick={() => setAsking(true)}>
                {t('security.recovery.regenerate')}
              </button>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
