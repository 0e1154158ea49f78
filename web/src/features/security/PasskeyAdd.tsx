// Adding a passkey: a name to recognise it, then the device creates it (fingerprint, face, PIN
// or a security key) and the server checks and keeps its public key. The first factor of an
// account brings its recovery codes, shown once.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerPasskeyInput } from '../../../../shared/security/schemas';
import { ErrorAlert } from '../../components/Alert';
import { FormText } from '../../components/form/FormFields';
import { showServerError, useSharedForm } from '../../lib/forms';
import { useTRPC } from '../../lib/trpc';
import { browserSupportsWebAuthn, createPasskey, DeviceDeclined } from './passkeyBrowser';
import { RecoveryCodes } from './RecoveryCodes';

const labelForm = registerPasskeyInput.pick({ label: true });

export function PasskeyAdd(props: {
  onDone: (label: string) => void;
  onCancel?: () => void;
  defaultLabel?: string;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { form, summary, setSummary } = useSharedForm(labelForm, {
    label: props.defaultLabel ?? '',
  });
  const [waiting, setWaiting] = useState(false);
  const [added, setAdded] = useState<{ label: string; codes: string[] } | null>(null);
  const options = useMutation(trpc.security.passkeyOptions.mutationOptions());
  const register = useMutation(trpc.security.passkeyRegister.mutationOptions());

  async function add(label: string) {
    setSummary(null);
    setWaiting(true);
    try {
      const response = await createPasskey(await options.mutateAsync());
      const r = await register.mutateAsync({ label, response });
      if (r.recoveryCodes?.length) setAdded({ label, codes: r.recoveryCodes });
      else props.onDone(label);
    } catch (err) {
      if (err instanceof DeviceDeclined) setSummary(t('security.passkeys.cancelled'));
      else setSummary(showServerError(err, form, t).message);
    } finally {
      setWaiting(false);
    }
  }

  if (added) return <RecoveryCodes codes={added.codes} onDone={() => props.onDone(added.label)} />;
  if (!browserSupportsWebAuthn())
    return <ErrorAlert>{t('security.passkeys.unsupported')}</ErrorAlert>;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={form.handleSubmit(
        (v) => void add(v.label),
        () => setSummary(t('form.errorSummary')),
      )}
    >
      <ErrorAlert>{summary}</ErrorAlert>
      <FormText
        control={form.control}
        name="label"
        label={t('security.passkeys.label')}
        hint={t('security.passkeys.labelHint')}
        maxLength={60}
        autoComplete="off"
        required
      />
      <div className="coord-actions">
        <button type="submit" className="button button--primary" disabled={waiting}>
          {waiting ? t('security.passkeys.adding') : t('security.passkeys.add')}
        </button>
        {props.onCancel ? (
          <button type="button" className="button" onClick={props.onCancel}>
            {t('security.passkeys.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
