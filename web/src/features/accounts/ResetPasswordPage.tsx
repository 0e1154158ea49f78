// Chooses a new password from a single-use link; the owner is then signed in (after their
// second factor, when the account has one: the link replaces the password only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { PASSWORD_MIN_LENGTH, resetPasswordInput } from '../../../../shared/auth/schemas';
import { ErrorAlert } from '../../components/Alert';
import { PasswordField } from '../../components/Field';
import { PageTitle } from '../../components/PageTitle';
import { describeError, type ShownError, validate } from '../../lib/errors';
import { useHashToken } from '../../lib/hashToken';
import type { Me } from '../../lib/session';
import { useTRPC } from '../../lib/trpc';
import { SecondStep } from '../security/SecondStep';
import { type SecondFactorMethod, secondStepMethods } from '../security/secondStepError';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const token = useHashToken();
  const [, navigate] = useLocation();
  const qc = useQueryClient();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const [secondStep, setSecondStep] = useState<SecondFactorMethod[] | null>(null);
  const signedIn = (user: Me) => {
    qc.setQueryData(trpc.auth.me.queryKey(), user);
    navigate('/', { replace: true });
  };
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: signedIn,
      onError: (err) => {
        const methods = secondStepMethods(err);
        if (methods) return setSecondStep(methods);
        setError(describeError(err, t));
      },
    }),
  );

  if (secondStep) {
    // The new password is set; the sign-in ends with the second factor (or starts over).
    return (
      <SecondStep
        methods={secondStep}
        onSignedIn={signedIn}
        onStartOver={() => navigate('/login', { replace: true })}
      />
    );
  }

  if (!token) {
    return (
      <div className="auth-page">
        <PageTitle>{t('reset.title')}</PageTitle>
        <ErrorAlert>{t('reset.missingToken')}</ErrorAlert>
        <Link href="/forgot-password">{t('reset.requestNew')}</Link>
      </div>
    );
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const v = validate(resetPasswordInput, { token, password }, t);
    if (!v.ok) return setError(v.error);
    setError(null);
    reset.mutate(v.data);
  }

  return (
    <div className="auth-page">
      <PageTitle>{t('reset.title')}</PageTitle>
      <ErrorAlert>{error?.message}</ErrorAlert>
      <form onSubmit={submit} noValidate className="stack">
        <PasswordField
          label={t('reset.password')}
          name="password"
          autoComplete="new-password"
          hint={t('form.passwordHint', { min: PASSWORD_MIN_LENGTH })}
          value={password}
          onChange={setPassword}
          error={error?.fields.password}
          required
        />
        <button type="submit" className="button button--primary" disabled={reset.isPending}>
          {t('reset.submit')}
        </button>
      </form>
      {error?.message && !error.fields.password ? (
        <p>
          <Link href="/forgot-password">{t('reset.requestNew')}</Link>
        </p>
      ) : null}
    </div>
  );
}
