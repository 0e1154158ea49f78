// The login's second step, after a right password: the code of the authenticator app, the
// passkey, or a recovery code, whichever the account has. Also after a password reset link.
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recoveryCodeInput, totpCodeInput } from '../../../../shared/security/schemas';
import { ErrorAlert } from '../../components/Alert';
import { FormText } from '../../components/form/FormFields';
import { PageTitle } from '../../components/PageTitle';
import { showServerError, useSharedForm } from '../../lib/forms';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { PasskeyButton } from './PasskeyButton';
import type { SecondFactorMethod } from './secondStepError';

function CodeForm(props: { method: 'totp' | 'recovery'; onSignedIn: (me: Me) => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const totp = props.method === 'totp';
  const { form, summary, setSummary } = useSharedForm(totp ? totpCodeInput : recoveryCodeInput, {
    code: '',
  });
  const verify = useMutation(
    trpc.auth.verifySecondFactor.mutationOptions({
      onSuccess: props.onSignedIn,
      onError: (err) => {
        form.setValue('code', '');
        setSummary(showServerError(err, form, t).message);
        form.setFocus('code');
      },
    }),
  );
  return (
    <form
      className="stack"
      noValidate
      onSubmit={form.handleSubmit(
        (v) => {
          setSummary(null);
          verify.mutate({ method: props.method, code: v.code });
        },
        () => setSummary(t('form.errorSummary')),
      )}
    >
      <ErrorAlert>{summary}</ErrorAlert>
      <FormText
        control={form.control}
        name="code"
        label={totp ? t('security.signIn.code') : t('security.signIn.recoveryCode')}
        hint={totp ? t('security.signIn.codeHint') : t('security.signIn.recoveryHint')}
        inputMode={totp ? 'numeric' : 'text'}
        autoComplete={totp ? 'one-time-code' : 'off'}
        autoCapitalize="characters"
        spellCheck={false}
        required
      />
      <button type="submit" className="button button--primary" disabled={verify.isPending}>
        {verify.isPending ? t('security.signIn.verifying') : t('security.signIn.verify')}
      </button>
    </form>
  );
}

export function SecondStep(props: {
  methods: SecondFactorMethod[];
  onSignedIn: (me: Me) => void;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const first: SecondFactorMethod = props.methods.includes('totp')
    ? 'totp'
    : props.methods.includes('passkey')
      ? 'passkey'
      : 'recovery';
  const [method, setMethod] = useState<SecondFactorMethod>(first);
  const others = props.methods.filter((m) => m !== method);

  return (
    <div className="auth-page stack">
      <PageTitle>{t('security.signIn.title')}</PageTitle>
      <p>{t('security.signIn.intro')}</p>
      {method === 'passkey' ? (
        <PasskeyButton
          label={t('security.signIn.usePasskey')}
          primary
          onSignedIn={props.onSignedIn}
          onExpired={props.onStartOver}
        />
      ) : (
        <CodeForm key={method} method={method} onSignedIn={props.onSignedIn} />
      )}
      <ul className="security-links">
        {others.map((m) => (
          <li key={m}>
            <button type="button" className="link-button" onClick={() => setMethod(m)}>
              {m === 'totp'
                ? t('security.signIn.useTotp')
                : m === 'passkey'
                  ? t('security.signIn.usePasskey')
                  : t('security.signIn.useRecovery')}
            </button>
          </li>
        ))}
        <li>
          <button type="button" className="link-button" onClick={props.onStartOver}>
            {t('security.signIn.startOver')}
          </button>
        </li>
      </ul>
      <p className="security-note">{t('security.signIn.lost')}</p>
    </div>
  );
}
