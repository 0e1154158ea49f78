// Setting up an authenticator app: a secret is made and shown (QR code, and the key as text for
// those who cannot scan), then the app's first code turns it on. The first factor of an account
// brings its recovery codes, shown once.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmTotpInput } from '../../../../shared/security/schemas';
import { ErrorAlert } from '../../components/Alert';
import { FormText } from '../../components/form/FormFields';
import { describeError } from '../../lib/errors';
import { showServerError, useSharedForm } from '../../lib/forms';
import { useTRPC } from '../../lib/trpc';
import { RecoveryCodes } from './RecoveryCodes';

/** The key in groups of four, easier to type into an app. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}

export function TotpSetup(props: { onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [error, setError] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const { form, summary, setSummary } = useSharedForm(confirmTotpInput, { code: '' });
  const begin = useMutation(
    trpc.security.totpBegin.mutationOptions({
      onError: (err) => setError(describeError(err, t).message),
    }),
  );
  const confirm = useMutation(
    trpc.security.totpConfirm.mutationOptions({
      onSuccess: (r) => {
        if (r.recoveryCodes?.length) setCodes(r.recoveryCodes);
        else props.onDone();
      },
      onError: (err) => {
        form.setValue('code', '');
        setSummary(showServerError(err, form, t).message);
      },
    }),
  );
  const { mutate: start } = begin;
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    start();
  }, [start]);

  if (codes) return <RecoveryCodes codes={codes} onDone={props.onDone} />;
  if (error) return <ErrorAlert>{error}</ErrorAlert>;
  const setup = begin.data;
  if (!setup) return <p role="status">{t('security.totp.starting')}</p>;

  return (
    <div className="stack totp-setup">
      <p>{t('security.totp.scan')}</p>
      <img className="totp-setup__qr" src={setup.qrCode} alt={t('security.totp.qrAlt')} />
      <p>
        {t('security.totp.manual')} <code className="totp-setup__key">{grouped(setup.secret)}</code>
      </p>
      <form
        className="stack"
        noValidate
        onSubmit={form.handleSubmit(
          (v) => {
            setSummary(null);
            confirm.mutate(v);
          },
          () => setSummary(t('form.errorSummary')),
        )}
      >
        <ErrorAlert>{summary}</ErrorAlert>
        <FormText
          control={form.control}
          name="code"
          label={t('security.totp.code')}
          hint={t('security.totp.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={9}
          required
        />
        <div className="coord-actions">
          <button type="submit" className="button button--primary" disabled={confirm.isPending}>
            {confirm.isPending ? t('security.totp.confirming') : t('security.totp.confirm')}
          </button>
          {props.onCancel ? (
            <button type="button" className="button" onClick={props.onCancel}>
              {t('security.totp.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}
