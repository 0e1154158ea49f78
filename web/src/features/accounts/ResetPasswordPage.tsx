// Chooses a new password from a single-use link; the owner is then signed in.
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
import { useTRPC } from '../../lib/trpc';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const token = useHashToken();
  const [, navigate] = useLocation();
  const qc = useQueryClient();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ShownError | null>(null);
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: (user) => {
        qc.setQueryData(trpc.auth.me.queryKey(), user);
        navigate('/', { replace: true });
      },
      onError: (err) => setError(describeError(err, t)),
    }),
  );

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
